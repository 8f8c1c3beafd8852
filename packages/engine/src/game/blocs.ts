/**
 * Defence blocs: connected components of the defence-pact graph (states joined by defence
 * treaties in force, directly or through a common ally: Snyder 1997's "alliance" proper, as
 * opposed to ententes). They are the building block of the bloc every layer shows,
 * predict/alignment-blocs.ts (`gameBlocs`: defence ties and ententes naming a common
 * adversary, split where adversaries meet), and the threat model's own alliance label
 * (threat/world.ts). Blocs are numbered by their oldest pact in treaty order (scenario
 * treaties first, then the game's in the order they entered into force), so a new pact never
 * renumbers the blocs already on screen unless it merges them.
 */
import type { StateId, Treaty } from "./types";

/** The treaty fields a bloc needs; engine `Treaty` and scenario treaties both fit. */
export type BlocTreaty = Pick<Treaty, "id" | "kind" | "members">;

export type Bloc = {
  /** 1-based, stable while the bloc's oldest pact stays in it. */
  number: number;
  /** Members in `order` (scenario order), unknown ids last in code order. */
  members: StateId[];
  /** The defence treaties that hold the bloc together, in treaty order. */
  treatyIds: string[];
};

/**
 * Defence blocs among `treaties` (those in force, in the order they entered into force).
 * Shape: `Bloc[]` sorted by number; only blocs of two or more states. O(n α(n)).
 */
export function defenceBlocs(
  treaties: readonly BlocTreaty[],
  order: readonly StateId[] = [],
): Bloc[] {
  const parent = new Map<StateId, StateId>();
  const find = (x: StateId): StateId => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    // Path compression keeps this linear on large classes.
    for (let c = x; c !== root;) {
      const next = parent.get(c)!;
      parent.set(c, root);
      c = next;
    }
    return root;
  };
  const defence = treaties.filter((t) => t.kind === "defence" && new Set(t.members).size >= 2);
  for (const t of defence) for (const m of t.members) if (!parent.has(m)) parent.set(m, m);
  for (const t of defence) {
    const [first, ...rest] = t.members;
    for (const m of rest) {
      const a = find(first!);
      const b = find(m);
      if (a !== b) parent.set(b, a);
    }
  }
  const rank = new Map(order.map((id, i) => [id, i]));
  const byOrder = (a: StateId, b: StateId) =>
    (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0);
  const groups = new Map<StateId, StateId[]>();
  for (const id of parent.keys()) {
    const root = find(id);
    groups.set(root, [...(groups.get(root) ?? []), id]);
  }
  return [...groups.values()]
    .map((members) => {
      const set = new Set(members.sort(byOrder));
      const pacts = defence.filter((t) => t.members.some((m) => set.has(m)));
      return { members, treatyIds: pacts.map((t) => t.id), oldest: defence.indexOf(pacts[0]!) };
    })
    .sort((x, y) => x.oldest - y.oldest)
    .map(({ members, treatyIds }, i) => ({ number: i + 1, members, treatyIds }));
}

/** Bloc number of each state in a bloc (states outside every bloc are absent). */
export function blocNumbers(blocs: readonly Bloc[]): Map<StateId, number> {
  const numbers = new Map<StateId, number>();
  for (const bloc of blocs) for (const id of bloc.members) numbers.set(id, bloc.number);
  return numbers;
}
