/** Balance-of-threat prediction for every playable state, THREAT-MODEL.md s.4 steps 1-7. */
import type { ModelParameters } from "../parameters";
import type { Prediction, StateId } from "../game/types";
import type { World } from "../threat/world";
import { relCap } from "../threat/world";

export type BotDetail = Prediction & {
  primary: StateId | null;
  tstar: number;
  candidates: StateId[];
  weak: boolean;
  feasible: boolean;
  survival: boolean;
};

/** Index of j's primary threat (argmax_i T*_ij; ties go to the lower index) or -1. */
export function primaryThreat(w: World, j: number): number {
  let best = -1,
    bestT = -1;
  for (let i = 0; i < w.n; i++) {
    if (i === j) continue;
    const t = w.Tstar[i * w.n + j]!;
    if (t > bestT) {
      bestT = t;
      best = i;
    }
  }
  return best;
}

/** K of i* plus its defence allies, each weighted by its proximity to `to`. */
function threatCoalition(w: World, iStar: number, to: number): number {
  let s = w.K[iStar]!;
  for (const a of w.allies[iStar]!) if (a !== to) s += w.K[a]! * w.prox[a * w.n + to]!;
  return s;
}

export function balanceOfThreatFor(
  w: World,
  p: ModelParameters,
  j: number,
  opts: {
    defenceDominant: boolean;
    losingWarWith?: Set<number>;
    greatPower?: boolean;
    /** States that a defence pact in force binding j names as its adversary. */
    committedAgainst?: ReadonlySet<StateId>;
  },
): BotDetail {
  const n = w.n;
  const iStar = primaryThreat(w, j);
  const neutral = (extra: Partial<BotDetail> = {}): BotDetail => ({
    category: "NEUTRAL",
    target: null,
    partner: null,
    primary: iStar >= 0 ? w.ids[iStar]! : null,
    tstar: iStar >= 0 ? w.Tstar[iStar * n + j]! : 0,
    candidates: [],
    weak: false,
    feasible: true,
    survival: false,
    ...extra,
  });
  if (iStar < 0) return neutral();
  const tStar = w.Tstar[iStar * n + j]!;
  // step 1
  if (tStar < p.tau1) return neutral();
  // step 2: partners that fear i* and do not themselves threaten j much
  const Q: number[] = [];
  for (let k = 0; k < n; k++) {
    if (k === j || k === iStar) continue;
    // DEPARTURE (README): a defence ally in good standing (ally floor applies) is a candidate even when
    // its T* is above half of i*'s (the floor exists because allies are not read as threats) and even
    // when it does not itself fear i* (a defence pact commits it: without this, Japan, allied to the
    // United States with US forces on its soil, is predicted to bandwagon with China in 2017)
    const allyInGoodStanding = w.iota[k * n + j]! < p.iotaNonAlly;
    if (!allyInGoodStanding && w.Tstar[iStar * n + k]! < p.tau2) continue;
    if (allyInGoodStanding || w.Tstar[k * n + j]! <= p.candidateThreatRatio * tStar) Q.push(k);
  }
  // step 3
  let S = 0;
  for (const k of Q) S += w.K[k]! * w.prox[k * n + j]!;
  // DEPARTURE (README): a great power the scenario flags (COW major powers) is never "weak":
  // in Walt, bandwagoning is the strategy of weak states, and K alone (no nuclear arsenal in
  // the model) would make Russia bandwagon with the US in 2017.
  const weak = !opts.greatPower && w.K[j]! / w.K[iStar]! < p.weakRatio;
  const feasible = w.K[j]! + S >= p.feasibilityFactor * threatCoalition(w, iStar, j);
  const proximate = w.prox[iStar * n + j]! >= p.proximateThreshold;
  const survival =
    w.I[iStar * n + j]! >= p.survivalIntentions &&
    w.prox[iStar * n + j]! >= p.survivalProximity &&
    relCap(w, iStar, j) >= p.survivalRelativeCapability;
  const ranked = [...Q].sort(
    (a, b) => w.K[b]! * w.prox[b * n + j]! - w.K[a]! * w.prox[a * n + j]! || a - b,
  );
  const best = ranked[0];
  const base = {
    target: w.ids[iStar]!,
    primary: w.ids[iStar]!,
    tstar: tStar,
    candidates: ranked.map((k) => w.ids[k]!),
    weak,
    feasible,
    survival,
  };
  const losing = opts.losingWarWith?.has(iStar) ?? false;
  // step 4
  if (weak && !feasible && (proximate || losing))
    return { ...base, category: "BANDWAGON", partner: w.ids[iStar]! };
  // step 5
  if (weak && !feasible) return { ...base, category: "HIDE", partner: null };
  // step 6
  if (tStar >= p.tau3 || survival)
    return { ...base, category: "HARD_BALANCE", partner: best === undefined ? null : w.ids[best]! };
  // DEPARTURE (README): a state bound by a defence pact in force that names i* ("directed
  // against") is already hard balancing i*; the moderate-threat steps would call it soft
  if (tStar >= p.tau2 && opts.committedAgainst?.has(w.ids[iStar]!))
    return { ...base, category: "HARD_BALANCE", partner: best === undefined ? null : w.ids[best]! };
  // step 7
  if (tStar >= p.tau2) {
    const ratio = opts.defenceDominant ? p.buckPassRatioDefenceDominant : p.buckPassRatio;
    for (const k of ranked) {
      if (w.Tstar[iStar * n + k]! < ratio * tStar) continue;
      // can the frontline state k balance i* without j?
      let Sk = 0;
      for (const m of Q) if (m !== k) Sk += w.K[m]! * w.prox[m * n + k]!;
      if (w.K[k]! + Sk >= p.feasibilityFactor * threatCoalition(w, iStar, k))
        return { ...base, category: "BUCK_PASS", partner: w.ids[k]! };
    }
    return { ...base, category: "SOFT_BALANCE", partner: best === undefined ? null : w.ids[best]! };
  }
  // tau1 <= T* < tau2: noticed, but below the soft-balancing threshold
  return neutral({
    primary: w.ids[iStar]!,
    tstar: tStar,
    candidates: base.candidates,
    weak,
    feasible,
  });
}

export function predictBalanceOfThreat(
  w: World,
  p: ModelParameters,
  opts: {
    defenceDominant: boolean;
    losingWarWith?: Map<number, Set<number>>;
    greatPowers?: ReadonlySet<StateId>;
    /** For each state, the adversaries named by the defence pacts in force that bind it. */
    committedAgainst?: ReadonlyMap<StateId, ReadonlySet<StateId>>;
  },
): Record<StateId, BotDetail> {
  const out: Record<StateId, BotDetail> = {};
  for (let j = 0; j < w.n; j++)
    if (w.playable[j])
      out[w.ids[j]!] = balanceOfThreatFor(w, p, j, {
        defenceDominant: opts.defenceDominant,
        losingWarWith: opts.losingWarWith?.get(j),
        greatPower: opts.greatPowers?.has(w.ids[j]!) ?? false,
        committedAgainst: opts.committedAgainst?.get(w.ids[j]!),
      });
  return out;
}
