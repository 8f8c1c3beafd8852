/**
 * Balance-of-power comparator, as Waltz (1979) states it (docs/model.md s.5). Power is one
 * number per state, the same for every observer: CINC share by default (GDP, milex or army as
 * sensitivity options). The system is the scenario's playable states (an offshore power the
 * class cannot play is no pole: no balancing against the United States in 1914). Great powers
 * are the playable states the scenario flags, else those holding greatPowerMinShare of the
 * system's power; shares below are of the great powers' total P.
 *
 *   bipolar (the two largest hold >= bipolarShare of P): the poles balance each other, their
 *     blocs hold (members balance the other pole), the unaligned join the weaker pole;
 *   a would-be hegemon (>= hegemonShare of P, Levy and Thompson 2005's one third): everyone
 *     balances it except its own bloc, whose members hold and balance the strongest power
 *     outside it;
 *   otherwise (multipolar): each state balances the leader of the strongest bloc it is not in.
 * BoP never predicts bandwagoning. v1 let a one-third hegemon's own allies defect (the USSR's
 * in 1985, China's in 2017) and balanced the non-playable United States in 1914.
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

const logistic = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * BoP predictions for every playable state. `blocOf[i]` labels state index i's bloc (-1 or a
 * unique label when in none); by default the defence-pact components of the World. Each
 * prediction's `score` grades the power gap to the balanced side (0.5 = even).
 */
export function predictBalanceOfPower(
  w: World,
  p: ModelParameters,
  scenario: Scenario,
  measure = p.powerMeasure,
  blocOf: ArrayLike<number> = w.bloc,
): Record<StateId, Prediction> {
  const n = w.n;
  const P = powerOf(w, measure);
  const system: number[] = [];
  for (let i = 0; i < n; i++) if (w.playable[i]) system.push(i);
  let total = 0;
  for (const i of system) total += P[i]!;
  const flagged = system.some((i) => scenario.states[i]!.greatPower === true);
  const great = system.filter((i) =>
    flagged
      ? scenario.states[i]!.greatPower === true
      : total > 0 && P[i]! / total >= p.greatPowerMinShare,
  );
  let gp = 0;
  for (const i of great) gp += P[i]!;
  if (gp <= 0) gp = total || 1;
  great.sort((a, b) => P[b]! - P[a]! || a - b);

  // blocs among the system's states, with their power and leader
  const label = (i: number) => (blocOf[i]! >= 0 ? blocOf[i]! : -1 - i);
  const members = new Map<number, number[]>();
  for (const i of system) members.set(label(i), [...(members.get(label(i)) ?? []), i]);
  const blocs = [...members.values()].map((ms) => {
    let pw = 0,
      leader = ms[0]!;
    for (const m of ms) {
      pw += P[m]!;
      if (P[m]! > P[leader]!) leader = m;
    }
    return { ms, share: pw / gp, leader };
  });
  blocs.sort((a, b) => b.share - a.share || a.leader - b.leader);
  const blocOfState = (i: number) => blocs.find((b) => b.ms.includes(i))!;

  const out: Record<StateId, Prediction> = {};
  const put = (j: number, target: number | null, partner: number | null = null) => {
    if (target === null) {
      out[w.ids[j]!] = { category: "NEUTRAL", target: null, partner: null, score: 0.5 };
      return;
    }
    const own = blocOfState(j).share,
      other = blocOfState(target).share;
    out[w.ids[j]!] = {
      category: "HARD_BALANCE",
      target: w.ids[target]!,
      partner: partner === null || partner === j ? null : w.ids[partner]!,
      // the larger the balanced side's lead, the surer the prediction
      score: Math.round(logistic(4 * (other - own) + 1) * 1e4) / 1e4,
    };
  };

  const [a, b] = great;
  // 1. bipolar: the poles balance each other, blocs hold, the unaligned join the weaker pole
  if (a !== undefined && b !== undefined && (P[a]! + P[b]!) / gp >= p.bipolarShare) {
    const ba = blocOfState(a),
      bb = blocOfState(b);
    const [strong, weak] = P[a]! >= P[b]! ? [a, b] : [b, a];
    for (const j of system) {
      const own = blocOfState(j);
      if (own === ba && own !== bb) put(j, b, a);
      else if (own === bb && own !== ba) put(j, a, b);
      else put(j, strong, weak);
    }
    return out;
  }
  // 2. a would-be hegemon: everyone but its bloc balances it; its bloc holds
  if (a !== undefined && P[a]! / gp >= p.hegemonShare) {
    const hb = blocOfState(a);
    const rival = great.find((g) => !hb.ms.includes(g));
    for (const j of system)
      if (hb.ms.includes(j)) put(j, rival ?? null, hb.leader);
      else put(j, a, null);
    return out;
  }
  // 3. multipolar: balance the leader of the strongest bloc one is not in
  for (const j of system) {
    const own = blocOfState(j);
    const strongest = blocs.find((x) => x !== own);
    put(j, strongest ? strongest.leader : null, own.ms.length > 1 ? own.leader : null);
  }
  return out;
}
