/**
 * Balance-of-power comparator (THREAT-MODEL.md s.4). Power is one number per state, the
 * same for every observer: CINC share by default (GDP, milex or army as sensitivity options).
 * Great powers are the states the scenario flags, or else those holding at least
 * greatPowerMinShare of the system's power; every share below is a share of the great
 * powers' total P.
 */
import type { ModelParameters } from "../parameters";
import type { Prediction, StateId } from "../game/types";
import type { Scenario } from "../scenario/schema";
import type { World } from "../threat/world";

export function powerOf(w: World, measure: ModelParameters["powerMeasure"]): Float64Array {
  switch (measure) {
    case "gdp":
      return w.gdp;
    case "milex":
      return w.milex;
    case "milper":
      return w.milper;
    default:
      return w.cinc;
  }
}

export function predictBalanceOfPower(
  w: World,
  p: ModelParameters,
  scenario: Scenario,
  measure = p.powerMeasure,
): Record<StateId, Prediction> {
  const n = w.n;
  const P = powerOf(w, measure);
  let total = 0;
  for (let i = 0; i < n; i++) total += P[i]!;
  const flagged = scenario.states.some((s) => s.greatPower === true);
  const great: number[] = [];
  for (let i = 0; i < n; i++) {
    const isGreat = flagged
      ? scenario.states[i]!.greatPower === true
      : total > 0 && P[i]! / total >= p.greatPowerMinShare;
    if (isGreat) great.push(i);
  }
  let gp = 0;
  for (const i of great) gp += P[i]!;
  if (gp <= 0) gp = total || 1;

  // blocs: connected components of defence pacts, with their power and leader
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const b = w.bloc[i]!;
    const list = members.get(b);
    if (list) list.push(i);
    else members.set(b, [i]);
  }
  const blocs = [...members.entries()].map(([id, ms]) => {
    let pw = 0,
      leader = ms[0]!;
    for (const m of ms) {
      pw += P[m]!;
      if (P[m]! > P[leader]!) leader = m;
    }
    return { id, ms, share: pw / gp, leader };
  });
  blocs.sort((a, b) => b.share - a.share || a.id - b.id);
  const blocOf = (i: number) => blocs.find((b) => b.id === w.bloc[i])!;

  const out: Record<StateId, Prediction> = {};
  const hard = (target: number, partner: number | null): Prediction => ({
    category: "HARD_BALANCE",
    target: w.ids[target]!,
    partner: partner === null ? null : w.ids[partner]!,
  });
  const neutral: Prediction = { category: "NEUTRAL", target: null, partner: null };

  // 1. a would-be hegemon: everyone balances it, its own bloc members defect
  let h = -1;
  for (const i of great) if (P[i]! / gp >= p.hegemonShare && (h < 0 || P[i]! > P[h]!)) h = i;
  if (h >= 0) {
    for (let j = 0; j < n; j++)
      if (w.playable[j]) out[w.ids[j]!] = j === h ? neutral : hard(h, null);
    return out;
  }
  const [b1, b2] = blocs;
  // 2. bipolar: the unaligned join the weaker bloc; members hold their side
  if (b1 && b2 && b1.share + b2.share >= p.bipolarShare) {
    for (let j = 0; j < n; j++) {
      if (!w.playable[j]) continue;
      const b = blocOf(j);
      if (b === b1)
        out[w.ids[j]!] =
          j === b2.leader ? neutral : hard(b2.leader, b1.leader === j ? null : b1.leader);
      else
        out[w.ids[j]!] =
          j === b1.leader ? neutral : hard(b1.leader, b2.leader === j ? null : b2.leader);
    }
    return out;
  }
  // 3. multipolar: join whatever keeps every bloc under the cap, against the strongest other bloc
  for (let j = 0; j < n; j++) {
    if (!w.playable[j]) continue;
    const own = blocOf(j);
    if (own.share >= p.blocCap && own.ms.length > 1) {
      out[w.ids[j]!] = own.leader === j ? neutral : hard(own.leader, null);
      continue;
    }
    const strongest = blocs.find((b) => b !== own);
    if (!strongest) {
      out[w.ids[j]!] = neutral;
      continue;
    }
    const pj = P[j]! / gp;
    const joinable = blocs.filter(
      (b) => b !== strongest && (b === own ? b.share : b.share + pj) < p.blocCap,
    );
    const partnerBloc =
      joinable.find((b) => b !== own) ?? (joinable.includes(own) ? own : undefined);
    if (!partnerBloc) {
      out[w.ids[j]!] = neutral;
      continue;
    }
    out[w.ids[j]!] = hard(
      strongest.leader,
      partnerBloc === own || partnerBloc.leader === j ? null : partnerBloc.leader,
    );
  }
  return out;
}
