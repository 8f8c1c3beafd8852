/**
 * The instructor debrief: every metric of THREAT-MODEL.md s.6, computed from the logged rounds.
 * v2: states the theory does not claim to explain (scenario `scope`: opportunistic
 * revisionists, regimes threatened from within) are flagged and scored apart, and the final
 * blocs are alignment blocs (predict/alignment-blocs.ts), as in the validation.
 */
import { CATEGORIES } from "../predict/categories";
import type { Category } from "../predict/categories";
import { finalBlocs, freeRidingPoints } from "./coalitions";
import { primaryFromTable } from "../threat/threat-matrix";
import type { Classification, GameState, Prediction, ScopeKind, StateId } from "../game/types";
import { adjustedRandIndex, cohensKappa, confusionMatrix, mcnemarExact, pearson } from "./metrics";

export type DebriefCase = {
  round: number;
  state: StateId;
  actual: Classification;
  balanceOfThreat: Prediction;
  balanceOfPower: Prediction;
  random: Prediction;
};

export type Debrief = {
  cases: number;
  accuracy: { balanceOfThreat: number; balanceOfPower: number; baseline: number; random: number };
  baseline: { category: Category; target: StateId | null };
  kappa: { balanceOfThreat: number; balanceOfPower: number };
  confusion: {
    balanceOfThreat: Record<Category, Record<Category, number>>;
    balanceOfPower: Record<Category, Record<Category, number>>;
  };
  discriminating: {
    cases: number;
    balanceOfThreat: number;
    balanceOfPower: number;
    /** Exact McNemar on full matches: b = only BoT right, c = only BoP right. */
    onlyBalanceOfThreatRight: number;
    onlyBalanceOfPowerRight: number;
    mcnemarP: number;
    list: DebriefCase[];
  };
  perState: Record<
    StateId,
    { balanceOfThreat: number; balanceOfPower: number; cases: number; scope: ScopeKind | null }
  >;
  /** v2 scope flags, and accuracy on the cases the theory claims to explain and on the others. */
  scope: {
    flagged: { state: StateId; kind: ScopeKind; note: string }[];
    inScope: { cases: number; balanceOfThreat: number; balanceOfPower: number };
    outOfScope: { cases: number; balanceOfThreat: number; balanceOfPower: number };
  };
  blocs: {
    final: StateId[][];
    landscapeFirstRound: [StateId[], StateId[]] | null;
    adjustedRandLandscapeFirst: number | null;
    adjustedRandLandscapeLast: number | null;
  };
  balancingLag: {
    points: {
      state: StateId;
      threat: StateId;
      firstThreatRound: number;
      firstBalancingRound: number | null;
      lag: number | null;
      sharing: number;
    }[];
    correlation: number | null;
  };
  freeRiding: {
    points: { state: StateId; bloc: number; burdenRatio: number; gdpShare: number }[];
    correlation: number | null;
  };
};

/** 1 if category and target match, 0.5 if only the category, else 0. */
export function scorePrediction(
  pred: Prediction,
  actual: Pick<Classification, "category" | "target">,
): number {
  if (pred.category !== actual.category) return 0;
  return pred.target === actual.target ? 1 : 0.5;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const r4 = (x: number) => Math.round(x * 1e4) / 1e4;

export function computeDebrief(state: GameState): Debrief {
  const p = state.params;
  const cases: DebriefCase[] = [];
  for (const r of state.rounds) {
    if (!r.actual) continue;
    for (const [id, actual] of Object.entries(r.actual)) {
      const bot = r.predictions.balanceOfThreat[id],
        bop = r.predictions.balanceOfPower[id],
        rnd = r.predictions.random[id];
      if (bot && bop && rnd)
        cases.push({
          round: r.round,
          state: id,
          actual,
          balanceOfThreat: bot,
          balanceOfPower: bop,
          random: rnd,
        });
    }
  }
  // majority-category baseline, with the most common target of that category
  const catCount = new Map<Category, number>();
  for (const c of cases)
    catCount.set(c.actual.category, (catCount.get(c.actual.category) ?? 0) + 1);
  let majority: Category = "NEUTRAL",
    best = -1;
  for (const cat of CATEGORIES)
    if ((catCount.get(cat) ?? 0) > best) {
      best = catCount.get(cat) ?? 0;
      majority = cat;
    }
  const tCount = new Map<string, number>();
  for (const c of cases)
    if (c.actual.category === majority)
      tCount.set(String(c.actual.target), (tCount.get(String(c.actual.target)) ?? 0) + 1);
  let modal: string | null = null,
    tb = -1;
  for (const [t, v] of tCount)
    if (v > tb) {
      tb = v;
      modal = t;
    }
  const baseline: Prediction = {
    category: majority,
    target: modal === null || modal === "null" ? null : modal,
  };

  const sc = (pick: (c: DebriefCase) => Prediction) =>
    cases.map((c) => scorePrediction(pick(c), c.actual));
  const botScores = sc((c) => c.balanceOfThreat),
    bopScores = sc((c) => c.balanceOfPower);
  const actualCats = cases.map((c) => c.actual.category);

  const disc = cases.filter(
    (c) =>
      c.balanceOfThreat.category !== c.balanceOfPower.category ||
      c.balanceOfThreat.target !== c.balanceOfPower.target,
  );
  let b = 0,
    cc = 0;
  for (const c of disc) {
    const okBot = scorePrediction(c.balanceOfThreat, c.actual) === 1,
      okBop = scorePrediction(c.balanceOfPower, c.actual) === 1;
    if (okBot && !okBop) b++;
    if (okBop && !okBot) cc++;
  }

  const scopeOf = new Map<StateId, { kind: ScopeKind; note: string }>();
  for (const st of state.scenario.states)
    if (st.scope) scopeOf.set(st.id, { kind: st.scope.kind, note: st.scope.note });
  const perState: Debrief["perState"] = {};
  for (const id of new Set(cases.map((c) => c.state))) {
    const mine = cases.filter((c) => c.state === id);
    perState[id] = {
      balanceOfThreat: r4(mean(mine.map((c) => scorePrediction(c.balanceOfThreat, c.actual)))),
      balanceOfPower: r4(mean(mine.map((c) => scorePrediction(c.balanceOfPower, c.actual)))),
      cases: mine.length,
      scope: scopeOf.get(id)?.kind ?? null,
    };
  }
  const scoped = (inside: boolean) => {
    const xs = cases.filter((c) => scopeOf.has(c.state) !== inside);
    return {
      cases: xs.length,
      balanceOfThreat: r4(mean(xs.map((c) => scorePrediction(c.balanceOfThreat, c.actual)))),
      balanceOfPower: r4(mean(xs.map((c) => scorePrediction(c.balanceOfPower, c.actual)))),
    };
  };

  const playable = state.scenario.states.filter((s) => s.playable).map((s) => s.id);
  const { final, blocOf } = finalBlocs(state, playable);
  const finalLabels = playable.map((id) => blocOf.get(id)!);
  const ari = (blocs: [StateId[], StateId[]] | undefined) =>
    blocs
      ? r4(
          adjustedRandIndex(
            finalLabels,
            playable.map((id) => (blocs[0].includes(id) ? 0 : 1)),
          ),
        )
      : null;
  const firstRound = state.rounds[0];
  const lastRound = state.rounds[state.rounds.length - 1];

  // balancing lag against the number of states sharing the threat
  const lag: Debrief["balancingLag"]["points"] = [];
  const primaryIn = (r: (typeof state.rounds)[number], j: StateId): [StateId | null, number] =>
    primaryFromTable(r.threat, j);
  for (const j of playable) {
    const first = state.rounds.find((r) => primaryIn(r, j)[1] >= p.tau2);
    if (!first) continue;
    const threat = primaryIn(first, j)[0]!;
    const sharing = playable.filter((k) => {
      const [x, t] = primaryIn(first, k);
      return x === threat && t >= p.tau2;
    }).length;
    const bal = state.rounds.find(
      (r) =>
        r.round >= first.round &&
        r.actual &&
        ["HARD_BALANCE", "SOFT_BALANCE"].includes(r.actual[j]?.category ?? ""),
    );
    lag.push({
      state: j,
      threat,
      firstThreatRound: first.round,
      firstBalancingRound: bal ? bal.round : null,
      lag: bal ? bal.round - first.round : null,
      sharing,
    });
  }
  const lagged = lag.filter((x) => x.lag !== null);

  const fr = freeRidingPoints(state, final);
  const corr = (x: number[], y: number[]) => {
    const v = pearson(x, y);
    return v === null ? null : r4(v);
  };
  return {
    cases: cases.length,
    accuracy: {
      balanceOfThreat: r4(mean(botScores)),
      balanceOfPower: r4(mean(bopScores)),
      baseline: r4(mean(cases.map((c) => scorePrediction(baseline, c.actual)))),
      random: r4(mean(sc((c) => c.random))),
    },
    baseline: { category: baseline.category, target: baseline.target },
    kappa: {
      balanceOfThreat: r4(
        cohensKappa(
          cases.map((c) => c.balanceOfThreat.category),
          actualCats,
        ),
      ),
      balanceOfPower: r4(
        cohensKappa(
          cases.map((c) => c.balanceOfPower.category),
          actualCats,
        ),
      ),
    },
    confusion: {
      balanceOfThreat: confusionMatrix(
        CATEGORIES,
        cases.map((c) => c.balanceOfThreat.category),
        actualCats,
      ),
      balanceOfPower: confusionMatrix(
        CATEGORIES,
        cases.map((c) => c.balanceOfPower.category),
        actualCats,
      ),
    },
    discriminating: {
      cases: disc.length,
      balanceOfThreat: r4(mean(disc.map((c) => scorePrediction(c.balanceOfThreat, c.actual)))),
      balanceOfPower: r4(mean(disc.map((c) => scorePrediction(c.balanceOfPower, c.actual)))),
      onlyBalanceOfThreatRight: b,
      onlyBalanceOfPowerRight: cc,
      mcnemarP: r4(mcnemarExact(b, cc)),
      list: disc,
    },
    perState,
    scope: {
      flagged: [...scopeOf].map(([id, f]) => ({ state: id, kind: f.kind, note: f.note })),
      inScope: scoped(true),
      outOfScope: scoped(false),
    },
    blocs: {
      final,
      landscapeFirstRound: firstRound ? firstRound.predictions.landscape.blocs : null,
      adjustedRandLandscapeFirst: ari(firstRound?.predictions.landscape.blocs),
      adjustedRandLandscapeLast: ari(lastRound?.predictions.landscape.blocs),
    },
    balancingLag: {
      points: lag,
      correlation: corr(
        lagged.map((x) => x.lag!),
        lagged.map((x) => x.sharing),
      ),
    },
    freeRiding: {
      points: fr,
      correlation: corr(
        fr.map((x) => x.burdenRatio),
        fr.map((x) => x.gdpShare),
      ),
    },
  };
}
