// Who played a state over the debrief's rounds, in the words of the prediction table.
// `bots` is the server's rule (apps/server/src/review/attribution.ts): a round is listed for a
// state only if a bot acted for it, never because a bot merely held the seat.

/** Per round, the bot policy that acted for each state. */
export type BotsByRound = Record<number, Record<string, string>>;

/** "Bot (walt)", "Student", "Unplayed", or "Student; bot in R2, R3". */
export function controlLabel(
  stateId: string,
  rounds: number[],
  bots: BotsByRound,
  human: boolean,
): { text: string; kind: "bot" | "human" } {
  const botRounds = rounds.filter((r) => bots[r]?.[stateId]);
  if (botRounds.length === rounds.length && rounds.length > 0)
    return { text: `Bot (${bots[rounds[0]!]?.[stateId] ?? "bot"})`, kind: "bot" };
  if (!human && botRounds.length === 0) return { text: "Unplayed", kind: "bot" };
  if (botRounds.length === 0) return { text: "Student", kind: "human" };
  return { text: `Student; bot in R${botRounds.join(", R")}`, kind: "human" };
}
