/**
 * Alignment blocs (the issue's definition): states tied by defence pacts, or by ententes that
 * name a common adversary (Snyder 1997: alignment is the expectation of support), *and*
 * sharing adversaries, built on game/blocs.ts's `defenceBlocs`. A component that holds two
 * adversaries (named against each other by a pact in force, or, when a threat table is given,
 * one the other's primary threat at T* >= tau2 while no pact ties the two directly) is split:
 * its pacts' ties are re-joined, those
 * of partners sharing most adversaries first (then in treaty order), skipping any tie that
 * would put adversaries in one bloc. China's and the USSR's pacts with North Korea in 1985 no
 * longer make one bloc of the two rivals; the 1939 web of French, Soviet and Polish pacts no
 * longer puts Poland with the USSR it names as an adversary. Same `Bloc` shape as
 * `defenceBlocs`, numbered by oldest pact.
 *
 * This is the one definition of a bloc that every layer shows: `gameBlocs` below is what
 * `RoundRecord.blocs` records at each resolution, what the debrief's final blocs, the
 * exports, the instructor's dashboard and the projector show, and what the validation
 * scores. A student's live map computes the same function over the pacts it can see.
 */
import { defenceBlocs } from "../game/blocs";
import type { Bloc, BlocTreaty } from "../game/blocs";
import type { GameState, StateId, Treaty } from "../game/types";
import { primaryFromTable } from "../threat/threat-matrix";
import type { ThreatTable } from "../threat/threat-matrix";

export type AlignmentTreaty = BlocTreaty & Pick<Treaty, "directedAgainst">;

/** Hostility from a threat table: a and b are adversaries when one is the other's primary threat at T* >= tau2. */
export function hostileFromThreat(
  table: ThreatTable,
  tau2: number,
): (a: StateId, b: StateId) => boolean {
  const primary = new Map<StateId, StateId>();
  for (const id of table.ids) {
    const [x, t] = primaryFromTable(table, id);
    if (x !== null && t >= tau2) primary.set(id, x);
  }
  return (a, b) => primary.get(a) === b || primary.get(b) === a;
}

/**
 * Alignment blocs among `treaties` in force (shape: `Bloc[]`, blocs of two or more, numbered
 * 1.. by oldest pact). `order` sorts members (scenario order); `hostile` adds adversaries
 * beyond those the pacts name. O(p m^2) for p pacts of at most m members.
 */
export function alignmentBlocs(
  treaties: readonly AlignmentTreaty[],
  order: readonly StateId[] = [],
  hostile?: (a: StateId, b: StateId) => boolean,
): Bloc[] {
  const named = new Map<StateId, Set<StateId>>();
  const name = (a: StateId, b: StateId) => (named.get(a) ?? named.set(a, new Set()).get(a)!).add(b);
  for (const t of treaties)
    for (const m of t.members)
      for (const x of t.directedAgainst) {
        name(m, x);
        name(x, m);
      }
  // ties: defence pacts, and ententes (consultation pacts) that name a common adversary
  const defence = treaties
    .filter(
      (t) => t.kind === "defence" || (t.kind === "consultation" && t.directedAgainst.length > 0),
    )
    .map((t) => ({ ...t, kind: "defence" as const }));
  const direct = new Set<string>();
  for (const t of defence)
    for (const a of t.members) for (const b of t.members) direct.add(`${a}|${b}`);
  // rivals tied only through a third state are split; a direct pact is an explicit alignment
  const adversaries = (a: StateId, b: StateId) =>
    (named.get(a)?.has(b) ?? false) || (!direct.has(`${a}|${b}`) && (hostile?.(a, b) ?? false));
  const rank = new Map(order.map((id, i) => [id, i]));
  const byOrder = (a: StateId, b: StateId) =>
    (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0);

  const parts: { members: StateId[]; oldest: number }[] = [];
  for (const bloc of defenceBlocs(defence, order)) {
    const ms = bloc.members;
    const clash = ms.some((a) => ms.some((b) => a < b && adversaries(a, b)));
    const pacts = defence.filter((t) => t.members.some((m) => ms.includes(m)));
    if (!clash) {
      parts.push({ members: ms, oldest: defence.indexOf(pacts[0]!) });
      continue;
    }
    // re-join the ties, most shared adversaries first, never joining adversaries
    const edges: { a: StateId; b: StateId; shared: number; pact: number }[] = [];
    for (const t of pacts)
      for (const a of t.members)
        for (const b of t.members)
          if (a < b) {
            let shared = 0;
            for (const x of named.get(a) ?? []) if (named.get(b)?.has(x)) shared++;
            edges.push({ a, b, shared, pact: defence.indexOf(t) });
          }
    edges.sort((x, y) => y.shared - x.shared || x.pact - y.pact);
    const group = new Map<StateId, StateId[]>(ms.map((m) => [m, [m]]));
    const oldest = new Map<StateId, number>(ms.map((m) => [m, Infinity]));
    const root = new Map<StateId, StateId>(ms.map((m) => [m, m]));
    for (const e of edges) {
      const ra = root.get(e.a)!,
        rb = root.get(e.b)!;
      if (ra === rb) {
        oldest.set(ra, Math.min(oldest.get(ra)!, e.pact));
        continue;
      }
      const ga = group.get(ra)!,
        gb = group.get(rb)!;
      if (ga.some((x) => gb.some((y) => adversaries(x, y)))) continue;
      for (const y of gb) root.set(y, ra);
      group.set(ra, [...ga, ...gb]);
      group.delete(rb);
      oldest.set(ra, Math.min(oldest.get(ra)!, oldest.get(rb)!, e.pact));
    }
    for (const [r, members] of group)
      if (members.length > 1)
        parts.push({ members: members.sort(byOrder), oldest: oldest.get(r)! });
  }
  return parts
    .sort((x, y) => x.oldest - y.oldest || byOrder(x.members[0]!, y.members[0]!))
    .map((part, i) => {
      const set = new Set(part.members);
      return {
        number: i + 1,
        members: part.members,
        treatyIds: defence
          .filter((t) => t.members.filter((m) => set.has(m)).length >= 2)
          .map((t) => t.id),
      };
    });
}

/**
 * The game's blocs now: alignment blocs of the treaties in force (secret ones included), in
 * scenario order, split by the primary rivalries (T* >= tau2) of the latest round's threat
 * table. Shape: `Bloc[]`, blocs of two or more states.
 */
export function gameBlocs(
  state: Pick<GameState, "treaties" | "rounds" | "scenario" | "params">,
): Bloc[] {
  const last = state.rounds[state.rounds.length - 1];
  return alignmentBlocs(
    Object.values(state.treaties),
    state.scenario.states.map((s) => s.id),
    last ? hostileFromThreat(last.threat, state.params.tau2) : undefined,
  );
}
