// The Socket.IO boundary: every payload is parsed with the protocol's zod schema, the
// sender is authorised from what the server bound to the socket (never from the payload),
// and every outcome is an acknowledgement: { ok: true, data } or { ok: false, error }.
// Nothing a client sends can throw out of a handler.
import {
  ClientEvent,
  CreateGroup,
  ErrorCode,
  GameAct,
  InstructorCommand,
  PickState,
  SendMessage,
  ServerEvent,
  SyncRequest,
  type Ack,
  type ClientToServerEvents,
  type GameSnapshot,
  type ServerToClientEvents,
} from "@threatscape/protocol";
import type { Socket } from "socket.io";
import type { Logger } from "../logger.ts";
import { clientAddress } from "../limits/client-address.ts";
import type { AccessLimits } from "../limits/rate-limits.ts";
import type {
  InterServerEvents,
  RecoveryGuard,
  SocketData,
  SocketServer,
} from "./socket-server.ts";
import type { GameRegistry } from "./game-registry.ts";
import { socketRooms, type Audience } from "./broadcaster.ts";
import type { GameRoom } from "./game-room.ts";
import { failure as fail } from "./acks.ts";
import { registerAccessHandlers } from "./access-handlers.ts";
import { routeKey } from "./ownership.ts";
import { boundary } from "./socket-boundary.ts";

type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

export interface SocketOptions {
  limits: AccessLimits;
  /** Proxies whose X-Forwarded-For counts (TRUST_PROXY); empty: the peer address. */
  trustProxy: readonly string[];
}

/** Every client event of the live layer, on every connection. */
export function registerSocketHandlers(
  io: SocketServer,
  registry: GameRegistry,
  logger: Logger,
  { limits, trustProxy }: SocketOptions,
): void {
  io.on("connection", (rawSocket) => {
    const socket: LiveSocket = rawSocket;
    const on = boundary(socket, logger, limits.events);
    const address = clientAddress(
      socket.handshake.address,
      socket.handshake.headers["x-forwarded-for"],
      trustProxy,
    );

    const route = routeKey(socket.handshake.query.game);
    const currentRoom = async (): Promise<GameRoom | null> =>
      socket.data.gameId
        ? registry.get(socket.data.gameId, route, socket.data.role === "instructor")
        : null;

    /** The audience this connection's view belongs to now (null: not attached). */
    const audienceNow = (room: GameRoom | null): Audience | null => {
      const { role, participantId } = socket.data;
      if (role === "instructor" || role === "screen") return role;
      return participantId ? (room?.seating.audienceOf(participantId) ?? null) : null;
    };

    if (socket.recovered && socket.data.gameId) {
      // Connection-state recovery restored the rooms (checked current by the recovery guard)
      // and replays missed chat; views and dashboards are not replayed (recovery-adapter.ts),
      // so the connection gets its audience's current ones.
      // The snapshot goes first: the change the reconnection itself makes (the seat shown
      // connected again) follows as a delta from it.
      void currentRoom().then(async (room) => {
        if (!room) return;
        const audience = audienceNow(room);
        if (audience) {
          const { snapshot, dashboard } = room.welcome(audience);
          socket.emit(ServerEvent.snapshot, snapshot);
          if (dashboard) socket.emit(ServerEvent.dashboard, dashboard);
        }
        if (socket.data.participantId) await room.onConnect(socket.data.participantId);
      });
    }

    socket.on("disconnect", () => {
      const { gameId, participantId } = socket.data;
      if (gameId && participantId)
        // Only where the game lives: a process that let the game go must not ask for it back.
        void registry.peek(gameId)?.onDisconnect(participantId);
    });

    registerAccessHandlers({
      socket: socket as never,
      on,
      registry,
      limits,
      address,
      route,
    });

    on(ClientEvent.sync, SyncRequest, async (): Promise<Ack<GameSnapshot>> => {
      const room = await currentRoom();
      const audience = audienceNow(room);
      if (!room || !audience) return fail(ErrorCode.unauthorised, "join a session first");
      return { ok: true, data: room.welcome(audience).snapshot };
    });

    const asStudent = async () => {
      const { participantId, role } = socket.data;
      const room = await currentRoom();
      if (!room || role !== "student" || !participantId || !room.seating.get(participantId))
        return null;
      return { room, participantId };
    };

    on(ClientEvent.pickState, PickState, async (payload) => {
      const student = await asStudent();
      if (!student) return fail(ErrorCode.unauthorised, "join a session first");
      return student.room.pickState(student.participantId, payload.stateId);
    });

    on(ClientEvent.act, GameAct, async (payload) => {
      const student = await asStudent();
      if (!student) return fail(ErrorCode.unauthorised, "join a session and pick a state first");
      if (!(await limits.actions.take(student.participantId)))
        return fail(ErrorCode.rateLimited, "too many actions at once: slow down");
      return student.room.act(student.participantId, payload.action as Record<string, unknown>);
    });

    on(ClientEvent.sendMessage, SendMessage, async (payload) => {
      const room = await currentRoom();
      if (!room || (socket.data.role !== "student" && socket.data.role !== "instructor")) {
        return fail(ErrorCode.unauthorised, "join a session first");
      }
      const sender = socket.data.role === "instructor" ? "instructor" : socket.data.participantId!;
      if (!(await limits.messages.take(`${room.id}:${sender}`)))
        return fail(ErrorCode.rateLimited, "too many messages at once: slow down");
      const caller =
        socket.data.role === "instructor"
          ? ({ role: "instructor" } as const)
          : ({ role: "student", participantId: socket.data.participantId! } as const);
      return room.sendMessage(caller, payload.channel, payload.body);
    });

    on(ClientEvent.createGroup, CreateGroup, async (payload) => {
      const student = await asStudent();
      if (!student) return fail(ErrorCode.unauthorised, "join a session first");
      return student.room.createGroup(student.participantId, payload.name, payload.members);
    });

    on(ClientEvent.command, InstructorCommand, async (payload) => {
      const room = await currentRoom();
      if (!room || socket.data.role !== "instructor")
        return fail(ErrorCode.unauthorised, "only the instructor can do that");
      return room.command(payload);
    });
  });
}

/**
 * The recovery guard for this registry: a session is current when its game is live here and
 * its audience rooms are exactly the participant's current ones (not moved, not kicked).
 */
export function currentSessionGuard(registry: GameRegistry): RecoveryGuard {
  return async (data, rooms) => {
    if (!data.gameId) return true;
    // Only a game that lives here: in a cluster a recovery must not wait in the handshake for
    // a game to move (the client then resumes by token, which waits with an answer).
    const room =
      registry.peek(data.gameId) ??
      (registry.ownership.clustered ? null : await registry.get(data.gameId));
    if (!room) return false;
    if (data.role !== "student") return true;
    const audience = data.participantId ? room.seating.audienceOf(data.participantId) : null;
    if (!audience) return false;
    const prefix = socketRooms.audience(room.id, "instructor").replace(/instructor$/, "");
    const held = [...rooms].filter((r) => r.startsWith(prefix));
    return held.length === 1 && held[0] === socketRooms.audience(room.id, audience);
  };
}
