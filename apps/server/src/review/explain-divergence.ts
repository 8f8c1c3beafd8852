// Why did a state not do what balance-of-threat theory predicted? Each divergence is linked
// to the facts of the log that bear on it: trade dependence on the threat, demands it
// accepted, cooperation it received, who else was already balancing, the pacts it joined.
import type { GameState } from "@threatscape/engine";
import type { TimelineEntry } from "./game-history.ts";

export interface Divergence {
  round: number;
  stateId: string;
  predicted: { category: string; target: string | null };
  actual: { category: string; target: string | null };
  /** One or two sentences a political scientist can read. */
  explanation: string;
  /** Log events that explain it (seq numbers into the event log). */
  evidence: { seq: number; round: number; summary: string }[];
}

/** "balance China", "stay neutral": the verb phrase for a category and its target. */
function phrase(
  category: string,
  target: string | null,
  name: (id: string | null) => string,
): string {
  const withTarget: Record<string, string> = {
    HARD_BALANCE: "balance",
    SOFT_BALANCE: "soft-balance",
    BANDWAGON: "bandwagon with",
    HIDE: "hide from",
    BUCK_PASS: "pass the buck on",
    FREE_RIDE: "free-ride against",
  };
  const alone: Record<string, string> = {
    HARD_BALANCE: "balance",
    SOFT_BALANCE: "soft-balance",
    BANDWAGON: "bandwagon",
    HIDE: "hide",
    BUCK_PASS: "pass the buck",
    FREE_RIDE: "free-ride",
    NEUTRAL: "stay neutral",
  };
  if (category === "NEUTRAL" || !target) return alone[category] ?? category.toLowerCase();
  return `${withTarget[category] ?? category.toLowerCase()} ${name(target)}`;
}

const balancing = new Set(["HARD_BALANCE", "SOFT_BALANCE"]);

export function explainDivergences(state: GameState, timeline: TimelineEntry[]): Divergence[] {
  const name = (id: string | null) =>
    id ? (state.scenario.states.find((s) => s.id === id)?.name ?? id) : "no one";
  const divergences: Divergence[] = [];
  for (const record of state.rounds) {
    if (!record.actual) continue;
    for (const [stateId, actual] of Object.entries(record.actual)) {
      const predicted = record.predictions.balanceOfThreat[stateId];
      if (!predicted) continue;
      if (predicted.category === actual.category && predicted.target === actual.target) continue;
      const threat = predicted.target;
      const reasons: string[] = [];
      if (threat) {
        const dependence = record.start.dependence[stateId]?.[threat] ?? 0;
        if (dependence >= 0.02) {
          reasons.push(
            `trade with ${name(threat)} was ${Math.round(dependence * 100)} % of its GDP`,
          );
        }
        const accepted = Object.values(state.demands).filter(
          (d) =>
            d.from === threat &&
            d.to === stateId &&
            d.status === "accepted" &&
            d.round <= record.round,
        );
        for (const demand of accepted)
          reasons.push(
            `it accepted ${name(threat)}'s ${demand.kind} demand in round ${demand.round}`,
          );
        const courted = state.acts.filter(
          (act) =>
            act.actor === threat &&
            act.target === stateId &&
            act.goldstein > 0 &&
            act.round <= record.round &&
            act.round >= record.round - 1,
        );
        if (courted.length) {
          reasons.push(
            `${name(threat)} courted it (${[...new Set(courted.map((a) => a.action.replace(/-/g, " ")))].join(", ")})`,
          );
        }
        const alreadyBalancing = Object.entries(record.actual)
          .filter(
            ([other, c]) => other !== stateId && balancing.has(c.category) && c.target === threat,
          )
          .map(([other]) => name(other));
        if (
          alreadyBalancing.length &&
          !balancing.has(actual.category) &&
          balancing.has(predicted.category)
        ) {
          reasons.push(
            `${alreadyBalancing.join(", ")} ${alreadyBalancing.length === 1 ? "was" : "were"} already balancing ${name(threat)} (collective action: others paid the cost)`,
          );
        }
        const tiesWithThreat = Object.values(state.treaties).filter(
          (t) =>
            t.members.includes(stateId) &&
            t.members.includes(threat) &&
            t.startedRound <= record.round,
        );
        if (tiesWithThreat.length)
          reasons.push(
            `it kept its ${tiesWithThreat.map((t) => `${t.kind} pact`).join(" and ")} with ${name(threat)}`,
          );
      }
      if (!reasons.length && balancing.has(actual.category) && !balancing.has(predicted.category)) {
        const joined = Object.values(state.treaties).filter(
          (t) =>
            t.members.includes(stateId) && t.startedRound === record.round && t.origin === "game",
        );
        if (joined.length)
          reasons.push(
            `it joined ${joined.map((t) => `"${t.name}"`).join(", ")}, which made resistance feasible`,
          );
      }
      if (!reasons.length && actual.reasons.length) reasons.push(actual.reasons.join("; "));
      const did =
        actual.category === "NEUTRAL"
          ? "stayed neutral"
          : `chose to ${phrase(actual.category, actual.target, name)}`;
      const expected = phrase(predicted.category, threat, name);
      const explanation =
        `${name(stateId)} did not ${expected} in round ${record.round} as balance of threat predicted; it ${did}` +
        (reasons.length ? `: ${reasons.join("; ")}.` : ".");
      const relevant = new Set([
        stateId,
        ...(threat ? [threat] : []),
        ...(actual.target ? [actual.target] : []),
      ]);
      const evidence = timeline
        .filter(
          (entry) =>
            entry.round <= record.round &&
            entry.round >= record.round - 1 &&
            entry.involves.includes(stateId) &&
            entry.involves.some((id) => id !== stateId && relevant.has(id)),
        )
        .slice(-6)
        .map((entry) => ({ seq: entry.seq, round: entry.round, summary: entry.summary }));
      divergences.push({
        round: record.round,
        stateId,
        predicted: { category: predicted.category, target: predicted.target },
        actual: { category: actual.category, target: actual.target },
        explanation,
        evidence,
      });
    }
  }
  return divergences;
}
