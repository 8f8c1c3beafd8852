// Who played a row: the one rule behind every bot flag in exports, debrief, replay and the
// student pages. A row is bot-played exactly when its own actor was a bot. Holding a seat is
// not acting: a bot that stood in for a state later in a round, or held it for a moment
// without acting, does not taint what the student did.
import type { TimelineEntry } from "./game-history.ts";

const BOT_PREFIX = "bot:";

/** True when the logged actor ("bot:<policy>", a participant id, "instructor", ...) is a bot. */
export function isBotActor(actor: string): boolean {
  return actor.startsWith(BOT_PREFIX);
}

/** The bot policy of a bot actor ("bot:walt" -> "walt"), else null. */
export function botPolicyOf(actor: string): string | null {
  return isBotActor(actor) ? actor.slice(BOT_PREFIX.length) : null;
}

/**
 * Per round and state, the bot that played it: the policy of the last bot that logged an
 * action for that state in that round. A state-round appears only if a bot acted for it, so
 * a round a student played alone is never listed, whoever held the seat afterwards.
 */
export function botsThatActed(
  timeline: readonly TimelineEntry[],
): Record<number, Record<string, string>> {
  const result: Record<number, Record<string, string>> = {};
  for (const entry of timeline) {
    const policy = botPolicyOf(entry.actor);
    if (entry.type !== "engine:action" || policy === null || entry.stateId === null) continue;
    (result[entry.round] ??= {})[entry.stateId] = policy;
  }
  return result;
}

/** The bot policy that played `stateId` in `round`, or null (a student, or nobody, did). */
export function botInRound(
  bots: Record<number, Record<string, string>>,
  round: number | null,
  stateId: string | null,
): string | null {
  if (round === null || stateId === null) return null;
  return bots[round]?.[stateId] ?? null;
}
