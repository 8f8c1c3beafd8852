/**
 * What the student console says about the round: the header's phase label, plurals, whether
 * the "orders not yet submitted" chip applies, and the alerts raised when the game moves on
 * (a new phase, a crisis, a resolved round, the end). Pure (no React, no I/O) so the rules
 * are unit-tested in node; the console and the replay both read them.
 */

import { resultsRound } from "~/lib/round-label";

export type LivePhaseName = "lobby" | "negotiation" | "orders" | "resolution" | "news" | "ended";
export type LiveStatus = "lobby" | "running" | "paused" | "finished";

/** "1 order", "2 orders", "0 orders"; `plural` defaults to `singular` + "s". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** The "orders not yet submitted / submitted" chip shows only while orders are due. */
export function ordersChip(
  timing: { status: LiveStatus; phase: LivePhaseName },
  seated: boolean,
  submitted: boolean,
): "submitted" | "due" | null {
  if (!seated || timing.phase !== "orders") return null;
  if (timing.status !== "running" && timing.status !== "paused") return null;
  return submitted ? "submitted" : "due";
}

/** Something is only "this round's" when it was recorded in the current round. */
export function ofCurrentRound<T extends { round: number }>(items: readonly T[], round: number) {
  return items.filter((item) => item.round === round);
}

export type AlertKind = "phase" | "crisis" | "resolved" | "end";
export type ConsoleAlert = { kind: AlertKind; key: string; text: string };

/** The part of a snapshot the alerts compare. */
export type AlertFrame = {
  status: LiveStatus;
  round: number;
  rounds: number;
  phase: LivePhaseName;
  news: readonly { round: number; headline: string; crisis?: { description: string } | null }[];
};

/**
 * The alerts between two frames of the same game, oldest first: a crisis per new crisis news
 * item, then the phase change (a resolved round when the news phase opens, the end of the
 * game, or a new phase). Nothing on the first frame (`before` null): a student who joins or
 * reloads is not told about what already happened. Keys are stable so a repeated frame (a
 * resync) raises nothing twice.
 */
export function alertsBetween(before: AlertFrame | null, after: AlertFrame): ConsoleAlert[] {
  if (!before) return [];
  const out: ConsoleAlert[] = [];
  for (let i = before.news.length; i < after.news.length; i++) {
    const item = after.news[i];
    if (item?.crisis)
      out.push({ kind: "crisis", key: `crisis:${i}`, text: `Crisis: ${item.headline}` });
  }
  const moved =
    before.status !== after.status || before.round !== after.round || before.phase !== after.phase;
  if (!moved) return out;
  const key = `phase:${after.status}:${after.round}:${after.phase}`;
  if (after.status === "finished" && before.status !== "finished")
    out.push({
      kind: "end",
      key,
      text: "The game is over: your instructor will lead the debrief.",
    });
  else if (after.status === "running" && after.phase === "news" && before.phase !== "news")
    out.push({
      kind: "resolved",
      key,
      text: `Round ${resultsRound(after)} resolved: read the results in News.`,
    });
  else if (after.status === "running" && after.phase !== before.phase) {
    const round = Math.max(1, after.round);
    if (after.phase === "negotiation")
      out.push({ kind: "phase", key, text: `Round ${round}: negotiation is open.` });
    else if (after.phase === "orders")
      out.push({ kind: "phase", key, text: `Round ${round}: orders phase. Submit your orders.` });
  }
  return out;
}

/**
 * The orders panel's status card for the current round: a title, a short tag and its tone.
 * Submission is only asked for in the orders phase; before it the student drafts, after it
 * the round is being resolved and the next round's orders start empty. Once the game is over
 * (`over`: finished, whatever phase the engine stopped in) nothing can be drafted.
 */
export function ordersCard(
  phase: LivePhaseName,
  submitted: boolean,
  queued: number,
  over = false,
): { title: string; tag: string; tone: "ok" | "warn" | "info" } {
  if (over || phase === "ended")
    return { title: "The game is over", tag: "orders closed", tone: "info" };
  if (phase === "orders")
    return submitted
      ? {
          title: "Orders submitted",
          tag: queued ? plural(queued, "order") : "no change",
          tone: "ok",
        }
      : { title: "Not yet submitted", tag: "due this phase", tone: "warn" };
  if (phase === "negotiation")
    return { title: "Orders open after negotiation", tag: "draft now", tone: "info" };
  return { title: "Orders for the next round", tag: "draft now", tone: "info" };
}
