/**
 * What each state actually did this round (THREAT-MODEL.md s.5), with the target read
 * from the treaties' "directed against" field or from the act itself, never guessed
 * when recorded. Precedence: BANDWAGON > HARD_BALANCE (new acts) > FREE_RIDE >
 * HARD_BALANCE (alliance in force) > SOFT_BALANCE > inaction (BUCK_PASS, HIDE, NEUTRAL).
 * Inaction is split as an extension of s.5 so that BoT's HIDE and BUCK_PASS can be scored:
 * BUCK_PASS when T* >= tau2 and another state hard-balanced the same threat this round,
 * HIDE when T* >= tau2 and nobody did, NEUTRAL otherwise.
 */
import type { Category } from "./categories";
import type { Classification, CodedAct, GameState, RoundRecord, StateId } from "../game/types";
import type { World } from "../threat/world";
import { defenceBlocs } from "../game/blocs";
import { defenceAllies } from "../threat/world";
import { primaryFromTable, threatTotal } from "../threat/threat-matrix";

const HARD_ACTS = new Set(["mobilise", "attack", "blockade", "occupy"]);
const SOFT_ACTS = new Set([
  "embargo",
  "tariff",
  "criticise",
  "seize-assets",
  "threaten-sanctions",
  "break-off-talks",
]);

export function dependenceOf(w: World): Record<StateId, Record<StateId, number>> {
  const out: Record<StateId, Record<StateId, number>> = {};
  const n = w.n;
  for (let j = 0; j < n; j++) {
    const row: Record<StateId, number> = {};
    for (let k = 0; k < n; k++) {
      if (k === j) continue;
      const v = (w.trade[j * n + k]! + w.trade[k * n + j]!) / w.gdp[j]!;
      if (v > 0) row[w.ids[k]!] = v;
    }
    out[w.ids[j]!] = row;
  }
  return out;
}

export function classifyRound(
  state: GameState,
  record: RoundRecord,
  acts: readonly CodedAct[],
  end: World,
): Record<StateId, Classification> {
  const p = state.params;
  const round = record.round;
  const table = record.threat;
  const threatTo = (j: StateId, x: StateId) => threatTotal(table, j, x);
  const primaryOf = (j: StateId): StateId | null => primaryFromTable(table, j)[0];
  const outside = (j: StateId, members: readonly StateId[]): StateId | null => {
    let best: StateId | null = null,
      bt = p.tau1;
    for (const x of table.ids) {
      if (x === j || members.includes(x)) continue;
      const t = threatTo(j, x);
      if (t >= bt) {
        bt = t;
        best = x;
      }
    }
    return best;
  };
  const allies = defenceAllies(state);
  // the defence blocs of game/blocs.ts (the one definition), for the free-riding coalition
  const blocs = defenceBlocs(
    Object.values(state.treaties),
    state.scenario.states.map((s) => s.id),
  );
  const newTreaties = Object.values(state.treaties).filter((t) => t.startedRound === round);
  const defencePacts = Object.values(state.treaties).filter((t) => t.kind === "defence");
  const nowDep = dependenceOf(end);
  const ids = state.scenario.states.filter((s) => s.playable).map((s) => s.id);

  const first: Record<StateId, Classification | null> = {};
  for (const j of ids) {
    const reasons: string[] = [];
    const primary = primaryOf(j);
    const mine = acts.filter((a) => a.actor === j && a.round === round && a.origin === "order");
    const put = (category: Category, target: StateId | null, why: string): Classification => ({
      category,
      target,
      reasons: [...reasons, why],
    });
    let result: Classification | null = null;

    // BANDWAGON: accepting X's demands, tribute or basing; or a pact with X (or X's bloc) while T*(X) >= tau2
    const accepted = Object.values(state.demands).find(
      (d) => d.to === j && d.status === "accepted" && d.round === round,
    );
    if (accepted)
      result = put(
        "BANDWAGON",
        accepted.from,
        `accepted ${accepted.kind} demand from ${accepted.from}`,
      );
    if (!result)
      for (const t of newTreaties) {
        if (!t.members.includes(j)) continue;
        for (const k of t.members) {
          if (k === j) continue;
          // DEPARTURE (README): only a defence pact joins the partner's bloc; a non-aggression,
          // consultation or trade pact with a member of X's bloc is not bandwagoning with X (China's
          // non-aggression pact with Taiwan drives a wedge; it does not join the US)
          const side = t.kind === "defence" ? [k, ...(allies.get(k) ?? [])] : [k];
          // a pact aimed at someone else with a threatening partner is balancing, unless that partner is j's primary threat
          const x = side.find(
            (s) =>
              s !== j &&
              threatTo(j, s) >= p.tau2 &&
              !t.directedAgainst.includes(s) &&
              (s === primary || t.directedAgainst.length === 0),
          );
          if (x !== undefined) {
            result = put(
              "BANDWAGON",
              x,
              `${t.kind} pact "${t.name}" with ${x}'s side while T* >= tau2`,
            );
            break;
          }
        }
        if (result) break;
      }
    // HARD_BALANCE by a new act
    if (!result) {
      const pact = newTreaties.find((t) => t.kind === "defence" && t.members.includes(j));
      if (pact)
        result = put(
          "HARD_BALANCE",
          pact.directedAgainst[0] ?? outside(j, pact.members),
          `new defence pact "${pact.name}"`,
        );
    }
    if (!result) {
      const rise = state.states[j]!.burden - (record.start.burden[j] ?? state.states[j]!.burden);
      if (rise >= p.hardBurdenRise - 1e-9) {
        const order = (state.orders[j] ?? []).find((o) => o.type === "set-burden");
        const against = order?.type === "set-burden" ? order.against : undefined;
        result = put(
          "HARD_BALANCE",
          against ?? primary,
          `burden raised by ${rise.toFixed(2)} points`,
        );
      }
    }
    if (!result) {
      const act = mine.find((a) => HARD_ACTS.has(a.action) && a.target !== null);
      if (act) result = put("HARD_BALANCE", act.target, `${act.action} against ${act.target}`);
    }
    // FREE_RIDE: in a balancing coalition with burden < 0.75 x the coalition average
    const partners = allies.get(j);
    if (!result && partners && partners.size > 0) {
      const bloc = new Set<StateId>(blocs.find((b) => b.members.includes(j))?.members ?? [j]);
      let sum = 0;
      for (const m of bloc) sum += state.states[m]!.burden;
      const avg = sum / bloc.size;
      const pact = defencePacts.find((t) => t.members.includes(j));
      const target = pact?.directedAgainst[0] ?? outside(j, [...bloc]);
      if (state.states[j]!.burden < p.freeRideRatio * avg)
        result = put("FREE_RIDE", target, `burden below ${p.freeRideRatio} x coalition average`);
      // DEPARTURE (README): a standing alliance counts as hard balancing only against a state
      // the member actually fears (T* >= tau2); otherwise it says nothing about this round
      else if (pact && target !== null && threatTo(j, target) >= p.tau2)
        result = put("HARD_BALANCE", target, `member of defence pact "${pact.name}"`);
    }
    // SOFT_BALANCE
    if (!result) {
      const pact = newTreaties.find((t) => t.kind !== "defence" && t.members.includes(j));
      if (pact)
        result = put(
          "SOFT_BALANCE",
          pact.directedAgainst[0] ?? outside(j, pact.members),
          `new ${pact.kind} pact "${pact.name}"`,
        );
    }
    if (!result) {
      const act = mine.find(
        (a) =>
          (SOFT_ACTS.has(a.action) ||
            a.action.startsWith("threaten") ||
            a.action === "ultimatum") &&
          a.target !== null,
      );
      if (act) result = put("SOFT_BALANCE", act.target, `${act.action} against ${act.target}`);
    }
    if (!result) {
      const before = record.start.dependence[j] ?? {};
      let cut: StateId | null = null,
        bestCut = 0;
      for (const [x, d0] of Object.entries(before)) {
        const d1 = nowDep[j]?.[x] ?? 0;
        const share = (d0 - d1) / d0;
        if (d0 > 0 && share >= p.tradeCutShare && share > bestCut) {
          bestCut = share;
          cut = x;
        }
      }
      if (cut !== null)
        result = put(
          "SOFT_BALANCE",
          cut,
          `trade dependence on ${cut} cut by ${(bestCut * 100).toFixed(0)} %`,
        );
    }
    if (!result) {
      const pact = Object.values(state.treaties).find(
        (t) =>
          (t.kind === "consultation" || t.kind === "non-aggression") &&
          t.members.includes(j) &&
          t.directedAgainst.length > 0,
      );
      if (pact)
        result = put(
          "SOFT_BALANCE",
          pact.directedAgainst[0]!,
          `member of ${pact.kind} pact "${pact.name}"`,
        );
    }
    first[j] = result;
  }
  // inaction, split by what the others did
  const out: Record<StateId, Classification> = {};
  for (const j of ids) {
    const c = first[j];
    if (c) {
      out[j] = c;
      continue;
    }
    const primary = primaryOf(j);
    const t = primary === null ? 0 : threatTo(j, primary);
    if (primary !== null && t >= p.tau2) {
      const someoneBalanced = ids.some(
        (k) => k !== j && first[k]?.category === "HARD_BALANCE" && first[k]?.target === primary,
      );
      out[j] = someoneBalanced
        ? {
            category: "BUCK_PASS",
            target: primary,
            reasons: [`no action while others hard-balance ${primary}`],
          }
        : {
            category: "HIDE",
            target: primary,
            reasons: [`no action under threat ${t.toFixed(1)} from ${primary}`],
          };
    } else
      out[j] = { category: "NEUTRAL", target: null, reasons: ["no balancing or bandwagoning act"] };
  }
  return out;
}
