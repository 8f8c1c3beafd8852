/**
 * Balance-of-threat prediction (Walt 1987), model v2 (docs/model.md s.4). The one decision
 * rule of the engine: the logged predictions call it on the round's World, the `walt` bot on
 * the World its state can estimate from its own view (bots/estimate.ts).
 *
 *   1. i* = argmax_i T*_ij; T* < tau1: NEUTRAL.
 *   2. Partners Q: playable k outside i*'s coalition (i* and its defence allies) that are j's
 *      defence allies in good standing, or that have a stake against that coalition
 *      (max over its members x of T*_xk >= tau2, or a defence pact in force naming one of them:
 *      Walt's superpower-client logic, ch. 3-5; Snyder 1997) and are no threat j would balance
 *      (T*_kj < tau2 and < T*_i*j, or T*_kj <= ratio T*_i*j).
 *   3. Survival at stake (I, Prox, r over their thresholds): HARD_BALANCE, before anything else.
 *   4. Allies available: some k in Q is a defence ally of j, a great power (Walt ch. 5), or
 *      can bring to j at least weakRatio K_i* (K_k Prox_kj), or K_j + sum K_k Prox_kj >=
 *      feasibility K_i*, or (v8) j has a patron (predict/patrons.ts) outside i*'s coalition
 *      that it would not balance. A weak state (not a great power, no deterrent, K_j / K_i* <
 *      weakRatio) facing T* >= tau2 bandwagons
 *      with a proximate i* only when allies are unavailable (Walt 1987, ch. 2 and 5); far from
 *      i*, it hides.
 *   5. T* >= tau3, or a defence pact in force names i* (the alliance holds while T* >= tau1):
 *      HARD_BALANCE.
 *   6. tau2 <= T* < tau3: BUCK_PASS to a frontline partner that feels ratio x the threat and
 *      can hold i* without j (Christensen and Snyder 1990), else SOFT_BALANCE.
 *   7. tau1 <= T* < tau2: SOFT_BALANCE with a defence ally in good standing that notices i* too
 *      (T*_i*k >= tau1: the alliance is de facto directed against i*); else, for a state that
 *      can balance on its own (a great power or a secure second strike), SOFT_BALANCE by
 *      internal means (v8: Waltz 1979, p. 118; 1981); else NEUTRAL (noticed, below the
 *      soft-balancing threshold).
 */
import type { ModelParameters } from "../parameters";
import type { Prediction, ScopeKind, StateId } from "../game/types";
import type { World } from "../threat/world";
import { isPatron } from "./patrons";

export type BotDetail = Prediction & {
  primary: StateId | null;
  tstar: number;
  /** Q ranked by K_k Prox_kj. */
  candidates: StateId[];
  weak: boolean;
  /** Allies available (step 4); named `feasible` since v1. */
  feasible: boolean;
  survival: boolean;
  score: number;
  scope: ScopeKind | null;
};

export type BalanceOfThreatOptions = {
  defenceDominant: boolean;
  losingWarWith?: Set<number>;
  greatPower?: boolean;
  /** States that a defence pact in force binding j names as its adversary. */
  committedAgainst?: ReadonlySet<StateId>;
  /** Does a defence pact in force bind state index k against state x? (partners' stake) */
  pledgedAgainst?: (k: number, x: StateId) => boolean;
  /** Is state index k bound with j by a pact in force (any kind) that names x? */
  boundWith?: (k: number, x: StateId) => boolean;
  scope?: ScopeKind | null;
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

const logistic = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * The BoT prediction for state index j. Returns the category, target (i*), partner, the
 * graded `score` (lean towards balancing i*, 0-1) and the intermediate quantities.
 */
export function balanceOfThreatFor(
  w: World,
  p: ModelParameters,
  j: number,
  opts: BalanceOfThreatOptions,
): BotDetail {
  const n = w.n;
  const iStar = primaryThreat(w, j);
  const tStar = iStar >= 0 ? w.Tstar[iStar * n + j]! : 0;
  // lean towards balancing i*: 0.5 at tau2, about 0.98 at tau3 (scale tau2 / 5 = 4 points of T*)
  const lean = logistic((tStar - p.tau2) / Math.max(1e-9, (p.tau3 - p.tau2) / 5));
  const scope = opts.scope ?? null;
  const neutral = (extra: Partial<BotDetail> = {}): BotDetail => ({
    category: "NEUTRAL",
    target: null,
    partner: null,
    primary: iStar >= 0 ? w.ids[iStar]! : null,
    tstar: tStar,
    candidates: [],
    weak: false,
    feasible: true,
    survival: false,
    score: Math.min(lean, 0.4999),
    scope,
    ...extra,
  });
  if (iStar < 0 || tStar < p.tau1) return neutral();

  // step 2: partners, with a stake against i*'s coalition
  const members = [iStar, ...w.allies[iStar]!];
  const iStarId = w.ids[iStar]!;
  // a committed partner: a defence ally in good standing, or a co-signatory of a pact that names i*
  const isAlly = (k: number) =>
    (w.allies[j]!.includes(k) && w.iota[k * n + j]! <= p.iotaAlly) ||
    (opts.boundWith?.(k, iStarId) ?? false);
  const Q: number[] = [];
  // v8: a patron outside the coalition that j would not balance (step 4's availability)
  let patron = false;
  for (let k = 0; k < n; k++) {
    if (k === j || !w.playable[k] || members.includes(k)) continue;
    if (isAlly(k)) {
      Q.push(k);
      continue;
    }
    // acceptable: k is no threat j would balance (T* < tau2) and less than i*, or at most ratio x i*
    const tk = w.Tstar[k * n + j]!;
    if (!((tk < p.tau2 && tk < tStar) || tk <= p.candidateThreatRatio * tStar)) continue;
    if (p.patronAvailability && isPatron(w, k, j, p.defaultAffinity)) patron = true;
    let stake = 0;
    for (const x of members) if (w.Tstar[x * n + k]! > stake) stake = w.Tstar[x * n + k]!;
    // a state already bound by a defence pact against the coalition has shown its stake
    if (stake >= p.tau2) Q.push(k);
    else if (opts.pledgedAgainst && members.some((x) => opts.pledgedAgainst!(k, w.ids[x]!)))
      Q.push(k);
  }
  const reach = (k: number) => w.K[k]! * w.prox[k * n + j]!;
  const ranked = Q.length > 1 ? [...Q].sort((a, b) => reach(b) - reach(a) || a - b) : Q;
  const best = ranked[0];

  // step 3-4: survival, weakness, availability
  const q = iStar * n + j;
  const survival =
    w.I[q]! >= p.survivalIntentions &&
    w.prox[q]! >= p.survivalProximity &&
    w.r[q]! >= p.survivalRelativeCapability;
  const deterrent = w.nuclear[j]! >= p.nuclearDeterrentLevel;
  const weak = !opts.greatPower && !deterrent && w.K[j]! / w.K[iStar]! < p.weakRatio;
  let support = 0;
  for (const k of Q) support += reach(k);
  const capacity = (w.K[j]! + support) / (p.feasibilityFactor * w.K[iStar]!);
  // a great power with a stake against the coalition is an available ally whatever its reach
  // (Walt 1987, ch. 5: the superpowers' support made bandwagoning rare)
  // v8: so is j's patron, whose stake is j itself (Walt 1987, ch. 5; Huth 1988; Lake 2009)
  const available =
    capacity >= 1 ||
    patron ||
    Q.some((k) => isAlly(k) || w.greatPower[k] || reach(k) >= p.weakRatio * w.K[iStar]!);
  const proximate = w.prox[q]! >= p.proximateThreshold;
  const base = {
    target: w.ids[iStar]!,
    primary: w.ids[iStar]!,
    tstar: tStar,
    candidates: ranked.map((k) => w.ids[k]!),
    weak,
    feasible: available,
    survival,
    scope,
  };
  const partner = best === undefined ? null : w.ids[best]!;
  const balance = (category: BotDetail["category"], who: StateId | null = partner): BotDetail => ({
    ...base,
    category,
    partner: who,
    score: Math.max(lean, 0.5),
  });

  if (survival) return balance("HARD_BALANCE");
  const losing = opts.losingWarWith?.has(iStar) ?? false;
  // below tau2 the threat asks for no response, so neither balancing nor bandwagoning
  if (weak && !available && (tStar >= p.tau2 || losing)) {
    // the less capacity, the less lean towards balancing (0 to 0.5)
    const score = 0.5 * Math.min(0.999, Math.max(0, capacity));
    if (proximate || losing)
      return { ...base, category: "BANDWAGON", partner: w.ids[iStar]!, score };
    return { ...base, category: "HIDE", partner: null, score };
  }
  if (tStar >= p.tau3) return balance("HARD_BALANCE");
  // an alliance in force holds while its adversary is noticed (T* >= tau1): the threshold to keep
  // an alliance is lower than the one to form it (Walt 1987, ch. 8; Walt 1997)
  if (opts.committedAgainst?.has(w.ids[iStar]!)) return balance("HARD_BALANCE");
  if (tStar < p.tau2 && opts.committedAgainst) {
    let held = -1;
    for (const x of opts.committedAgainst) {
      const xi = w.index.get(x);
      if (xi === undefined || xi === j) continue;
      const t = w.Tstar[xi * n + j]!;
      if (t >= p.tau1 && (held < 0 || t > w.Tstar[held * n + j]!)) held = xi;
    }
    if (held >= 0)
      return {
        ...base,
        target: w.ids[held]!,
        category: "HARD_BALANCE",
        partner,
        score: 0.5,
      };
  }
  // an alliance in force whose partner also notices i* is de facto directed against it (Snyder
  // 1997: alignment is the expectation of support against a common adversary; Walt 1997): it
  // holds in the noticed band, as the named pacts above do
  if (tStar < p.tau2) {
    const sharer = w.allies[j]!.find(
      (k) => w.iota[k * n + j]! <= p.iotaAlly && w.Tstar[iStar * n + k]! >= p.tau1,
    );
    if (sharer !== undefined) return { ...balance("SOFT_BALANCE", w.ids[sharer]!), score: 0.5 };
    // internal balancing (Waltz 1979, p. 118): arms and strategy need no ally, but only a state
    // that can balance on its own (never `weak`'s first two reasons) leans by them
    if (p.internalBalancing && (opts.greatPower || deterrent))
      return { ...balance("SOFT_BALANCE", null), score: 0.5 };
  }
  if (tStar >= p.tau2) {
    const ratio = opts.defenceDominant ? p.buckPassRatioDefenceDominant : p.buckPassRatio;
    for (const k of ranked) {
      if (w.Tstar[iStar * n + k]! < ratio * tStar) continue;
      // can the frontline state k balance i* without j?
      let Sk = 0;
      for (const m of Q) if (m !== k) Sk += w.K[m]! * w.prox[m * n + k]!;
      if (w.K[k]! + Sk >= p.feasibilityFactor * threatCoalition(w, iStar, k))
        return balance("BUCK_PASS", w.ids[k]!);
    }
    return balance("SOFT_BALANCE");
  }
  return neutral({
    primary: w.ids[iStar]!,
    candidates: base.candidates,
    weak,
    feasible: available,
  });
}

/** BoT predictions of every playable state (the round's logged predictions). */
export function predictBalanceOfThreat(
  w: World,
  p: ModelParameters,
  opts: {
    defenceDominant: boolean;
    losingWarWith?: Map<number, Set<number>>;
    greatPowers?: ReadonlySet<StateId>;
    /** For each state, the adversaries named by the defence pacts in force that bind it. */
    committedAgainst?: ReadonlyMap<StateId, ReadonlySet<StateId>>;
    /** Are j and k co-signatories of a pact in force that names x? (commitments.ts) */
    boundWith?: (j: StateId, k: StateId, x: StateId) => boolean;
    /** Scope flags of the scenario's states. */
    scope?: ReadonlyMap<StateId, ScopeKind>;
  },
): Record<StateId, BotDetail> {
  const out: Record<StateId, BotDetail> = {};
  // by index once, not by id per (j, k) pair
  const pledged = w.ids.map((id) => opts.committedAgainst?.get(id));
  for (let j = 0; j < w.n; j++)
    if (w.playable[j])
      out[w.ids[j]!] = balanceOfThreatFor(w, p, j, {
        defenceDominant: opts.defenceDominant,
        losingWarWith: opts.losingWarWith?.get(j),
        greatPower: opts.greatPowers?.has(w.ids[j]!) ?? false,
        committedAgainst: opts.committedAgainst?.get(w.ids[j]!),
        pledgedAgainst: (k, x) => pledged[k]?.has(x) ?? false,
        boundWith: (k, x) => opts.boundWith?.(w.ids[j]!, w.ids[k]!, x) ?? false,
        scope: opts.scope?.get(w.ids[j]!) ?? null,
      });
  return out;
}
