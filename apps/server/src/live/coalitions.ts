/** Blocs: connected components of the defence pacts in force, largest first. */
export function computeCoalitions(treaties: { kind: string; members: string[] }[]): string[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const treaty of treaties) {
    if (treaty.kind !== "defence") continue;
    for (const member of treaty.members) if (!parent.has(member)) parent.set(member, member);
    const [first, ...rest] = treaty.members;
    if (!first) continue;
    for (const member of rest) parent.set(find(member), find(first));
  }
  const blocs = new Map<string, string[]>();
  for (const member of parent.keys()) {
    const root = find(member);
    blocs.set(root, [...(blocs.get(root) ?? []), member]);
  }
  return [...blocs.values()]
    .filter((bloc) => bloc.length > 1)
    .map((bloc) => bloc.sort())
    .sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
}
