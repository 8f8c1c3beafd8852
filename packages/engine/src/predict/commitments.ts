/**
 * Commitments read off the treaties in force, for the BoT prediction: whom each state's
 * defence pacts name, and which co-signatories of any pact share a named adversary.
 */
import type { StateId, Treaty } from "../game/types";

export type Commitments = {
  /** For each state, the adversaries named by the defence pacts in force that bind it. */
  committedAgainst: Map<StateId, Set<StateId>>;
  /** Are j and k co-signatories of a pact in force (any kind) that names x? */
  boundWith: (j: StateId, k: StateId, x: StateId) => boolean;
};

/** Shape: treaties in force (engine `Treaty` or scenario treaties); O(sum of members x named). */
export function commitmentsOf(
  treaties: readonly Pick<Treaty, "kind" | "members" | "directedAgainst">[],
): Commitments {
  const committedAgainst = new Map<StateId, Set<StateId>>();
  const bound = new Set<string>();
  // states in some pact that names an adversary: the only ones boundWith can be true for (a
  // fast path, since the BoT rule asks it for every pair of states)
  const naming = new Set<StateId>();
  for (const t of treaties) {
    for (const m of t.members) {
      if (t.kind === "defence") {
        const named = committedAgainst.get(m) ?? new Set<StateId>();
        for (const x of t.directedAgainst) named.add(x);
        committedAgainst.set(m, named);
      }
      if (t.directedAgainst.length > 0) naming.add(m);
      for (const k of t.members)
        if (k !== m) for (const x of t.directedAgainst) bound.add(`${m}|${k}|${x}`);
    }
  }
  return {
    committedAgainst,
    boundWith: (j, k, x) => naming.has(j) && naming.has(k) && bound.has(`${j}|${k}|${x}`),
  };
}
