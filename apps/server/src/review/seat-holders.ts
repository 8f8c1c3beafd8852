// Who held each seat in each round, read from the log's seating events. A state-round row
// names everyone who held the seat while that round was played, whether they acted or not
// (a student who chose to do nothing still played the state: their inaction is the
// state's move). Acting is not the test; bot flags are a separate rule (attribution.ts).
import type { LoggedEvent } from "@threatscape/db";
import { parseRoomEvent } from "../live/room-log.ts";
import type { TimelineEntry } from "./game-history.ts";

/** Per round, per state: participant ids in the order they took the seat. */
export type SeatHolders = Record<number, Record<string, string[]>>;

/**
 * Folds joins, seat changes and kicks over the game's rounds. Seating in the lobby counts
 * from the start; a seat taken in the news phase counts for the round the news opens (the
 * round just resolved was already played). A student a bot stands in for after a dropout
 * keeps the seat, as their participant record does.
 *
 * @param events the game's log, in order
 * @param timeline the same log placed in rounds and phases (readGameHistory)
 * @returns round -> state id -> participant ids; rounds before the start are empty
 */
export function seatHolders(
  events: readonly LoggedEvent[],
  timeline: readonly TimelineEntry[],
): SeatHolders {
  const placed = new Map(timeline.map((entry) => [entry.seq, entry]));
  const seated = new Map<string, string>(); // participant id -> state id, as of now
  const held: SeatHolders = {};
  let round: number | null = null; // the round being played; null before the start
  const hold = (participantId: string, stateId: string) => {
    if (round === null) return;
    const list = ((held[round] ??= {})[stateId] ??= []);
    if (!list.includes(participantId)) list.push(participantId);
  };
  for (const logged of events) {
    const entry = placed.get(logged.seq);
    if (!entry) continue;
    const playing = entry.phase === "news" ? entry.round + 1 : entry.round;
    // A new round: whoever sits at a state now holds it in that round too.
    while (round !== null && round < playing) {
      round++;
      for (const [participantId, stateId] of seated) hold(participantId, stateId);
    }
    const event = parseRoomEvent(logged);
    if (event.type === "game:started") {
      round = playing;
      for (const [participantId, stateId] of seated) hold(participantId, stateId);
    } else if (event.type === "lobby:joined" || event.type === "lobby:seat") {
      const to = event.type === "lobby:joined" ? event.stateId : event.to;
      if (to === null) seated.delete(event.participantId);
      else {
        seated.set(event.participantId, to);
        hold(event.participantId, to);
      }
    } else if (event.type === "lobby:kicked") {
      seated.delete(event.participantId);
    }
  }
  return held;
}
