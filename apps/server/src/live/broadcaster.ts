// Whom the room tells what: the room names audiences, the broadcaster maps them onto
// transport rooms (boardgame.io's TransportAPI, Colyseus's Presence). The room imports
// only the interface; the Socket.IO implementation lives here; tests record instead.
import { ServerEvent, type ServerToClientEvents } from "@threatscape/protocol";
import type { SocketServer } from "./socket-server.ts";

/** One view of the game: each seated state, the instructor, unseated students, projectors. */
export type Audience = "instructor" | "screen" | "unseated" | `state:${string}`;
export const stateAudience = (stateId: string): Audience => `state:${stateId}`;
export const audienceOfSeat = (stateId: string | null): Audience =>
  stateId ? stateAudience(stateId) : "unseated";

type Emit = <E extends keyof ServerToClientEvents>(
  event: E,
  ...args: Parameters<ServerToClientEvents[E]>
) => void;

export interface Broadcaster {
  /** Emits to every connection of these audiences of the game (each connection once). */
  to(gameId: string, audiences: readonly Audience[]): { emit: Emit };
  /** Emits to every connection of one participant (all their tabs). */
  toParticipant(participantId: string): { emit: Emit };
  /** A participant's connections leave `from` and join `to` (seat change). */
  moveParticipant(gameId: string, participantId: string, from: Audience, to: Audience): void;
  /** Tells a participant's connections why, then closes them (kick). */
  disconnectParticipant(participantId: string, reason: string): void;
}

/** Transport room names. `game` holds every student and instructor (public chat). */
export const socketRooms = {
  game: (gameId: string) => `game:${gameId}`,
  audience: (gameId: string, audience: Audience) => `game:${gameId}:${audience}`,
  participant: (participantId: string) => `participant:${participantId}`,
};

export function socketBroadcaster(io: SocketServer): Broadcaster {
  const emitter = (rooms: string[]) => ({
    emit: ((event, ...args) => io.to(rooms).emit(event, ...args)) as Emit,
  });
  return {
    to: (gameId, audiences) => emitter(audiences.map((a) => socketRooms.audience(gameId, a))),
    toParticipant: (participantId) => emitter([socketRooms.participant(participantId)]),
    moveParticipant(gameId, participantId, from, to) {
      const sockets = io.in(socketRooms.participant(participantId));
      sockets.socketsLeave(socketRooms.audience(gameId, from));
      sockets.socketsJoin(socketRooms.audience(gameId, to));
    },
    disconnectParticipant(participantId, reason) {
      const sockets = io.in(socketRooms.participant(participantId));
      sockets.emit(ServerEvent.kicked, { reason });
      sockets.disconnectSockets(true);
    },
  };
}
