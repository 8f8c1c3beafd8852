// The debrief's coalition timeline reads the blocs the engine recorded at each round's
// resolution (RoundRecord.blocs, from the one `gameBlocs`): a pact broken in round 3
// still shows in rounds 1 and 2, where it held. Numbers are the engine's (oldest pact
// first), the same the live map, the projector and the dashboard show for that moment.
import { blocNumbers, type Bloc } from "@threatscape/engine";

/** A scored round as the report carries it; `blocs` is absent where none was recorded. */
export type RecordedRound = { round: number; blocs?: readonly Bloc[] };

export type TimelineRound = {
  round: number;
  /** False when the round carries no recorded blocs (then nothing is shown for it). */
  recorded: boolean;
  blocs: readonly Bloc[];
  /** Bloc number of each state in a bloc that round. */
  blocOf: ReadonlyMap<string, number>;
};

export function blocTimeline(rounds: readonly RecordedRound[]): TimelineRound[] {
  return rounds.map((r) => {
    const blocs = r.blocs ?? [];
    return { round: r.round, recorded: r.blocs !== undefined, blocs, blocOf: blocNumbers(blocs) };
  });
}

/**
 * The blocs at the end of the game: those recorded at the last resolution (the same
 * `gameBlocs` the debrief's "final blocs" and the map use), or none before any resolution.
 */
export function finalBlocs(rounds: readonly RecordedRound[]): readonly Bloc[] {
  for (let i = rounds.length - 1; i >= 0; i--) if (rounds[i]!.blocs) return rounds[i]!.blocs!;
  return [];
}
