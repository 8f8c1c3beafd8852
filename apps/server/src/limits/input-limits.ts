// Limits on what any client sends, checked before any schema or handler sees it: nesting
// depth (a 10,000-deep array must not overflow a recursive parser's stack) and a node
// budget. Both walks are iterative, so a hostile shape cannot crash them either.

/** Nesting deeper than this is refused at every boundary (sockets, tRPC, scenarios). */
export const MAX_JSON_DEPTH = 32;
/** Largest socket event payload accepted by the live layer (JSON characters). */
export const MAX_EVENT_BYTES = 64 * 1024;
/** Largest HTTP request body (tRPC, every route). A scenario file fits in far less. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * What is wrong with the shape of `value`, or null: deeper than `maxDepth`, or more than
 * `maxNodes` values in all.
 */
export function shapeProblem(
  value: unknown,
  maxDepth = MAX_JSON_DEPTH,
  maxNodes = 200_000,
): string | null {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (++nodes > maxNodes) return `more than ${maxNodes} values`;
    if (current === null || typeof current !== "object") continue;
    if (depth >= maxDepth) return `nested deeper than ${maxDepth} levels`;
    const children = Array.isArray(current) ? current : Object.values(current);
    for (const child of children) stack.push({ value: child, depth: depth + 1 });
  }
  return null;
}

/**
 * Paths of fields in `input` that `parsed` dropped (zod strips unknown keys): used to
 * refuse extra fields instead of storing or silently ignoring them.
 */
export function droppedFields(input: unknown, parsed: unknown, path = ""): string[] {
  if (input === null || typeof input !== "object" || parsed === null || typeof parsed !== "object")
    return [];
  if (Array.isArray(input))
    return Array.isArray(parsed)
      ? input.flatMap((item, i) => droppedFields(item, parsed[i], `${path}${path ? "." : ""}${i}`))
      : [];
  const out = parsed as Record<string, unknown>;
  return Object.entries(input).flatMap(([key, value]) => {
    const at = path ? `${path}.${key}` : key;
    return key in out ? droppedFields(value, out[key], at) : [at];
  });
}
