// Whom the room tells what: the room names audiences, the broadcaster maps them onto
// transport rooms (boardgame.io's TransportAPI, Colyseus's Presence). The room imports
// only the interface; the Socket.IO implementation lives here; tests record instead.
import { ServerEvent, type Kicked, type ServerToClientEvents } from "@threatscape/protocol";
import { NOT_REPLAYED } from "./recovery-adapter.ts";
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
  /** Tells a participant's connections why, then closes them (kick, seat moved elsewhere). */
  disconnectParticipant(participantId: string, notice: Kicked, exceptSocket?: string): void;
  /** How many connections are in any audience of the game (0: it may leave memory). */
  attached(gameId: string): number;
  /**
   * Closes this process's connections of the game (it moved to another process). Their
   * transport closes, so clients reconnect through the proxy, which routes them to the owner.
   */
  releaseGame?(gameId: string): void;
}

/** Transport room names. `game` holds every student and instructor (public chat). */
export const socketRooms = {
  game: (gameId: string) => `game:${gameId}`,
  audience: (gameId: string, audience: Audience) => `game:${gameId}:${audience}`,
  participant: (participantId: string) => `participant:${participantId}`,
};

/** This process's connections in any audience of the game. */
function localSockets(io: SocketServer, gameId: string): Set<string> {
  const prefix = socketRooms.audience(gameId, "screen").replace(/screen$/, "");
  const sockets = new Set<string>();
  for (const [room, members] of io.of("/").adapter.rooms)
    if (room.startsWith(prefix)) for (const id of members) sockets.add(id);
  return sockets;
}

export function socketBroadcaster(io: SocketServer): Broadcaster {
  // Views and dashboards go to this process's connections only: a game's connections are on
  // its owner (the proxy routes by game), so in a cluster they need not cross Redis (they are
  // superseded by the next one and never replayed; recovery re-sends them whole). Chat and
  // notices go through the adapter: cluster-wide, and kept for connection-state recovery.
  const emitter = (rooms: string[]) => ({
    emit: ((event, ...args) =>
      (NOT_REPLAYED.has(event) ? io.local : io).to(rooms).emit(event, ...args)) as Emit,
  });
  return {
    to: (gameId, audiences) => emitter(audiences.map((a) => socketRooms.audience(gameId, a))),
    toParticipant: (participantId) => emitter([socketRooms.participant(participantId)]),
    moveParticipant(gameId, participantId, from, to) {
      const sockets = io.in(socketRooms.participant(participantId));
      sockets.socketsLeave(socketRooms.audience(gameId, from));
      sockets.socketsJoin(socketRooms.audience(gameId, to));
    },
    attached: (gameId) => localSockets(io, gameId).size,
    releaseGame(gameId) {
      for (const id of localSockets(io, gameId)) io.of("/").sockets.get(id)?.conn.close();
    },
    disconnectParticipant(participantId, notice, exceptSocket) {
      // The new connection that replaces the old ones is spared: with a cluster adapter the
      // close is applied after a Redis round trip, when that connection may have joined.
      const room = io.in(socketRooms.participant(participantId));
      const sockets = exceptSocket ? room.except(exceptSocket) : room;
      sockets.emit(ServerEvent.kicked, notice);
      sockets.disconnectSockets(true);
    },
  };
}
