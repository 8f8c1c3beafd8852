/**
 * The one place that says where a game is, for every surface (student header, instructor
 * console, projector): "Round 3 of 8 · Orders", "Round 1 results · News", "Game over · Ended
 * by the instructor after 3 of 8 rounds". Pure, read from the protocol's typed timing.
 *
 * Why the news phase needs care: the engine resolves round r and opens the news phase already
 * numbered r + 1 (engine `resolve-round.ts`: `openRound({ round: round + 1 })`), so a label
 * built from `timing.round` would name the round that has not been played yet.
 */
import type { PhaseTiming } from "@threatscape/protocol";

export type RoundTiming = Pick<PhaseTiming, "status" | "round" | "rounds" | "phase">;

export type RoundLabel = {
  /** Which round: "Round 3 of 8", "Round 1 results" (news), "Lobby", "Game over". */
  round: string;
  /** What is happening: "Orders", "News", "Resolving round 3", "All 8 rounds played"… */
  phase: string;
  /** Both, as one line: "Round 1 results · News". */
  text: string;
  /** The round whose results the news phase shows; null outside the news phase. */
  resultsRound: number | null;
  /** Rounds resolved so far (0 in the lobby, `rounds` after a full game). */
  played: number;
};

/** The round whose results are shown in the news phase: the engine's round number minus one. */
export function resultsRound(timing: Pick<PhaseTiming, "round" | "rounds">): number {
  return Math.max(1, Math.min(timing.round - 1, timing.rounds));
}

/**
 * Rounds resolved so far. The engine's round is the open round; it is resolved only once the
 * engine reaches its `ended` phase (the last round) or the next round's news phase opens, so
 * a game the instructor ends early has played `round - 1` rounds.
 */
export function roundsPlayed(timing: RoundTiming): number {
  if (timing.status === "lobby" || timing.phase === "lobby") return 0;
  const played = timing.phase === "ended" ? timing.round : timing.round - 1;
  return Math.max(0, Math.min(played, timing.rounds));
}

/** Everything a surface shows about the round and phase (see the module comment). */
export function roundLabel(timing: RoundTiming): RoundLabel {
  const played = roundsPlayed(timing);
  const make = (round: string, phase: string, shown: number | null = null): RoundLabel => ({
    round,
    phase,
    text: `${round} · ${phase}`,
    resultsRound: shown,
    played,
  });
  const of = `of ${timing.rounds}`;
  if (timing.status === "lobby" || timing.phase === "lobby")
    return make("Lobby", `${timing.rounds} round${timing.rounds === 1 ? "" : "s"} to play`);
  if (timing.status === "finished" || timing.phase === "ended") {
    if (played >= timing.rounds) return make("Game over", `All ${timing.rounds} rounds played`);
    return make(
      "Game over",
      played === 0
        ? "Ended by the instructor before any round was played"
        : `Ended by the instructor after ${played} ${of} rounds`,
    );
  }
  const round = Math.max(1, timing.round);
  switch (timing.phase) {
    case "negotiation":
      return make(`Round ${round} ${of}`, "Negotiation");
    case "orders":
      return make(`Round ${round} ${of}`, "Orders");
    case "resolution":
      return make(`Round ${round} ${of}`, `Resolving round ${round}`);
    case "news": {
      const shown = resultsRound(timing);
      return make(`Round ${shown} results`, "News", shown);
    }
  }
}
