// Pure helpers for the debrief, replay and grading pages: how predictions are compared with
// what students did, how statistics are read aloud, and how the replay is navigated.
// No React, no I/O: unit-tested in analysis.test.ts.

export type Pair = { category: string; target: string | null };

/** Category codes of THREAT-MODEL.md s.4-5, as a political scientist would write them. */
export const categoryLabels: Record<string, string> = {
  HARD_BALANCE: "Hard balance",
  SOFT_BALANCE: "Soft balance",
  BANDWAGON: "Bandwagon",
  HIDE: "Hide",
  BUCK_PASS: "Buck-pass",
  FREE_RIDE: "Free-ride",
  NEUTRAL: "Neutral",
};

export function categoryLabel(category: string): string {
  return categoryLabels[category] ?? category.replace(/_/g, " ").toLowerCase();
}

const targetWords: Record<string, string> = {
  HARD_BALANCE: "vs",
  SOFT_BALANCE: "vs",
  BANDWAGON: "with",
  HIDE: "from",
  BUCK_PASS: "on",
  FREE_RIDE: "vs",
  NEUTRAL: "towards",
};

/** "Hard balance vs CHN", "Bandwagon with USA", "Neutral". */
export function describePair(pair: Pair | null | undefined): string {
  if (!pair) return "—";
  const label = categoryLabel(pair.category);
  return pair.target ? `${label} ${targetWords[pair.category] ?? "→"} ${pair.target}` : label;
}

export type MatchKind = "match" | "category" | "miss";

/** THREAT-MODEL.md s.6: full credit when category and target match, half for the category. */
export function matchKind(
  predicted: Pair | null | undefined,
  actual: Pair | null | undefined,
): MatchKind | null {
  if (!predicted || !actual) return null;
  if (predicted.category !== actual.category) return "miss";
  return predicted.target === actual.target ? "match" : "category";
}

/** Who made a state's moves in a round: a student, a bot (its policy, e.g. "walt"), or neither. */
export type PlayedBy = { kind: "student" } | { kind: "bot"; policy?: string } | { kind: "nobody" };

/**
 * Who played `stateId` in `round`, from the debrief's attribution: a bot if one acted for it
 * that round (`botsByRound`), else a student if one held the seat (`humanStates`).
 */
export function playedBy(
  stateId: string,
  round: number,
  botsByRound: Record<number, Record<string, string>>,
  humanStates: readonly string[],
): PlayedBy {
  const policy = botsByRound[round]?.[stateId];
  if (policy) return { kind: "bot", policy };
  return humanStates.includes(stateId) ? { kind: "student" } : { kind: "nobody" };
}

const playerWords = (who: PlayedBy): string =>
  who.kind === "student"
    ? "the student"
    : who.kind === "bot"
      ? `the bot${who.policy ? ` (${who.policy})` : ""}`
      : "the state";

/**
 * Who the replay shows a state's screen as, named by who played it (D3): "Vietnam's student",
 * "the bot (walt) playing Vietnam". A playable seat with neither a student nor a recorded bot
 * policy that round is named as a bot, as the replay's viewer list labels it "(bot)".
 */
export function viewerWords(who: PlayedBy, stateName: string): string {
  if (who.kind === "student") return `${stateName}'s student`;
  return `${playerWords(who.kind === "bot" ? who : { kind: "bot" })} playing ${stateName}`;
}

/** The symbol and the words for a match: "✓", "matches what the bot (walt) did". */
export function matchText(kind: MatchKind, who: PlayedBy): { symbol: string; label: string } {
  if (kind === "match") return { symbol: "✓", label: `matches what ${playerWords(who)} did` };
  if (kind === "category") return { symbol: "≈", label: "right category, different target" };
  return { symbol: "✗", label: "does not match" };
}

export function percent(x: number | null | undefined, digits = 0): string {
  if (x === null || x === undefined || Number.isNaN(x)) return "—";
  return `${(x * 100).toFixed(digits)} %`;
}

export function fixed(x: number | null | undefined, digits = 2): string {
  if (x === null || x === undefined || Number.isNaN(x)) return "—";
  return x.toFixed(digits).replace(/^-(0\.0+)$/, "$1");
}

/** p-values as journals print them: three decimals, "< 0.001" below that. */
export function formatP(p: number): string {
  if (p < 0.001) return "p < 0.001";
  return `p = ${p.toFixed(p < 0.01 ? 3 : 2)}`;
}

/** Landis & Koch's conventional reading of Cohen's kappa. */
export function kappaReading(kappa: number): string {
  if (Number.isNaN(kappa)) return "undefined";
  if (kappa < 0) return "worse than chance";
  if (kappa < 0.2) return "slight agreement";
  if (kappa < 0.4) return "fair agreement";
  if (kappa < 0.6) return "moderate agreement";
  if (kappa < 0.8) return "substantial agreement";
  return "almost perfect agreement";
}

export interface Discriminating {
  cases: number;
  onlyBalanceOfThreatRight: number;
  onlyBalanceOfPowerRight: number;
  mcnemarP: number;
}

/**
 * One plain-English sentence for the exact McNemar test on the cases where the theories
 * disagree: "the class followed balance of threat in 7 of 9 cases where the theories
 * disagree and only one was right (p = 0.18, not significant at the 5 % level)".
 */
export function mcnemarSentence(d: Discriminating): string {
  if (d.cases === 0)
    return "The two theories made the same prediction in every case, so the class cannot have followed one over the other.";
  const b = d.onlyBalanceOfThreatRight;
  const c = d.onlyBalanceOfPowerRight;
  const decided = b + c;
  const disagree = `${d.cases} case${d.cases === 1 ? "" : "s"} where the theories disagree`;
  if (decided === 0)
    return `In the ${disagree}, neither theory was ever right where the other was wrong, so the test has nothing to weigh.`;
  const significance = d.mcnemarP < 0.05 ? "significant at the 5 % level" : "not significant";
  const stat = `(exact McNemar ${formatP(d.mcnemarP)}, ${significance})`;
  if (b === c)
    return `Of the ${disagree}, balance of threat alone was right in ${b} and balance of power alone in ${c}: no lean either way ${stat}.`;
  const winner = b > c ? "balance of threat" : "balance of power";
  const lead =
    decided === d.cases
      ? `Of the ${disagree}`
      : `Of the ${disagree}, ${decided} had only one theory right; of those`;
  return `${lead}, the class followed ${winner} in ${Math.max(b, c)} of ${decided} ${stat}.`;
}

/** Primary threat T* per perceiver and round: threat[perceiver][other].total. */
export function primaryThreat(row: Record<string, { total: number }> | undefined): {
  source: string | null;
  total: number;
} {
  let source: string | null = null;
  let total = 0;
  for (const [other, entry] of Object.entries(row ?? {}))
    if (entry.total > total) [source, total] = [other, entry.total];
  return { source, total };
}

/** Replay keyboard: arrows step one event, PageUp/PageDown one round, Home/End the ends. */
export function keyboardStep(
  key: string,
  timeline: readonly { seq: number; round: number }[],
  index: number,
): number | null {
  const last = timeline.length - 1;
  if (last < 0) return null;
  const here = timeline[index];
  switch (key) {
    case "ArrowLeft":
      return Math.max(0, index - 1);
    case "ArrowRight":
      return Math.min(last, index + 1);
    case "Home":
      return 0;
    case "End":
      return last;
    case "PageUp": {
      // To the first event of this round, or of the previous round when already there.
      if (!here) return 0;
      const first = timeline.findIndex((e) => e.round === here.round);
      if (first < index) return first;
      const previousRound = timeline[index - 1]?.round;
      if (previousRound === undefined) return 0;
      return timeline.findIndex((e) => e.round === previousRound);
    }
    case "PageDown": {
      if (!here) return last;
      const next = timeline.findIndex((e, i) => i > index && e.round > here.round);
      return next < 0 ? last : next;
    }
    default:
      return null;
  }
}

/** The timeline index at or just before `seq`. */
export function indexAtSeq(timeline: readonly { seq: number }[], seq: number | null): number {
  if (!timeline.length) return 0;
  if (seq === null) return timeline.length - 1;
  let index = 0;
  for (let i = 0; i < timeline.length; i++) if (timeline[i]!.seq <= seq) index = i;
  return index;
}

export function mean(xs: readonly number[]): number | null {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

/** Human-readable channel names: "Public forum", "JPN ↔ KOR", a group's name. */
export function channelLabel(channel: string): string {
  if (channel === "public") return "Public forum";
  if (channel.startsWith("dm:")) return channel.slice(3).split(":").join(" ↔ ");
  if (channel.startsWith("group:")) return `Group ${channel.slice(6)}`;
  return channel;
}

/**
 * One definition of a student's "actions" for the record's card and its list heading (and the
 * students table, which the server counts the same way): the game actions the engine accepted
 * (`engine:action`: orders, proposals, replies). Other logged events by the student (joining a
 * seat, leaving) are listed too but counted apart.
 */
export function actionCounts(events: readonly { type: string }[]): {
  game: number;
  other: number;
} {
  const game = events.filter((e) => e.type === "engine:action").length;
  return { game, other: events.length - game };
}
