/**
 * Scoring round-1 predictions against actual alignments (validation/README.md, "How a
 * prediction maps to a side"). Pure functions: no engine state, no I/O.
 *
 *   HARD_BALANCE, SOFT_BALANCE, BUCK_PASS, FREE_RIDE against X -> j is on a side opposed to X:
 *       right when X is one of j's actual adversaries.
 *   BANDWAGON with X -> j is on X's side: right when j and X took the same (non-null) side.
 *   HIDE, NEUTRAL -> j stays out: right when j took no side and aligned against no one.
 */
import { mcnemarExact } from "../src/debrief/metrics";
import type { Prediction } from "../src/game/types";
import type { Actual } from "./alignments";

export type Relation = { kind: "against" | "with" | "none"; state: string | null };

export function relationOf(p: Pick<Prediction, "category" | "target">): Relation {
  if (p.target !== null)
    switch (p.category) {
      case "HARD_BALANCE":
      case "SOFT_BALANCE":
      case "BUCK_PASS":
      case "FREE_RIDE":
        return { kind: "against", state: p.target };
      case "BANDWAGON":
        return { kind: "with", state: p.target };
      default:
        break;
    }
  return { kind: "none", state: null };
}

/** Is the relation a prediction implies true of state `j`? */
export function onActualSide(
  rel: Relation,
  j: string,
  actual: ReadonlyMap<string, Actual>,
): boolean {
  const a = actual.get(j);
  if (!a) return false;
  if (rel.kind === "against") return rel.state !== null && a.adversaries.has(rel.state);
  if (rel.kind === "with") {
    const x = rel.state === null ? undefined : actual.get(rel.state);
    return a.side !== null && x?.side === a.side && !a.adversaries.has(rel.state!);
  }
  return a.side === null && a.adversaries.size === 0;
}

export type Case = {
  scenario: string;
  state: string;
  scope: string | null;
  bot: Relation & { category: string; score: number | null; right: boolean };
  bop: Relation & { category: string; right: boolean };
  baseline: boolean;
};

export type Summary = {
  states: number;
  balanceOfThreat: number;
  balanceOfPower: number;
  baseline: number;
  disagreement: {
    cases: number;
    balanceOfThreat: number;
    balanceOfPower: number;
    onlyBalanceOfThreatRight: number;
    onlyBalanceOfPowerRight: number;
    mcnemarP: number;
  };
  bandwagonShare: number;
  inScope: { states: number; balanceOfThreat: number };
  outOfScope: { states: number; balanceOfThreat: number };
};

const share = (xs: boolean[]) => (xs.length ? xs.filter(Boolean).length / xs.length : 0);
const sameRelation = (a: Relation, b: Relation) => a.kind === b.kind && a.state === b.state;

/** Accuracy, baseline, disagreement cases with the exact McNemar p, bandwagon share, scope split. */
export function summarise(cases: readonly Case[]): Summary {
  const disc = cases.filter((c) => !sameRelation(c.bot, c.bop));
  const b = disc.filter((c) => c.bot.right && !c.bop.right).length;
  const c2 = disc.filter((c) => c.bop.right && !c.bot.right).length;
  const inScope = cases.filter((c) => c.scope === null);
  const outScope = cases.filter((c) => c.scope !== null);
  return {
    states: cases.length,
    balanceOfThreat: share(cases.map((c) => c.bot.right)),
    balanceOfPower: share(cases.map((c) => c.bop.right)),
    baseline: share(cases.map((c) => c.baseline)),
    disagreement: {
      cases: disc.length,
      balanceOfThreat: share(disc.map((c) => c.bot.right)),
      balanceOfPower: share(disc.map((c) => c.bop.right)),
      onlyBalanceOfThreatRight: b,
      onlyBalanceOfPowerRight: c2,
      mcnemarP: mcnemarExact(b, c2),
    },
    bandwagonShare: share(cases.map((c) => c.bot.category === "BANDWAGON")),
    inScope: { states: inScope.length, balanceOfThreat: share(inScope.map((c) => c.bot.right)) },
    outOfScope: {
      states: outScope.length,
      balanceOfThreat: share(outScope.map((c) => c.bot.right)),
    },
  };
}

/** Majority-class baseline: every state is put on the most common actual side of its scenario. */
export function majoritySide(sides: readonly (string | null)[]): string | null {
  const count = new Map<string | null, number>();
  for (const s of sides) count.set(s, (count.get(s) ?? 0) + 1);
  let best: string | null = null,
    n = -1;
  for (const [s, k] of count) if (k > n) [best, n] = [s, k];
  return best;
}
