// The Socket.IO boundary: every payload is parsed with the protocol's zod schema, the
// sender is authorised from what the server bound to the socket (never from the payload),
// and every outcome is an acknowledgement: { ok: true, data } or { ok: false, error }.
// Nothing a client sends can throw out of a handler.
import {
  AttachInstructor,
  ClientEvent,
  CreateGroup,
  ErrorCode,
  GameAct,
  InstructorCommand,
  JoinSession,
  PickState,
  ResumeSession,
  SendMessage,
  ServerEvent,
  SyncRequest,
  WatchSession,
  type Ack,
  type ClientToServerEvents,
  type GameSnapshot,
  type Joined,
  type ServerToClientEvents,
} from "@threatscape/protocol";
import type { Socket } from "socket.io";
import type { z } from "zod";
import type { Logger } from "../logger.ts";
import type {
  InterServerEvents,
  RecoveryGuard,
  SocketData,
  SocketServer,
} from "./socket-server.ts";
import type { GameRegistry } from "./game-registry.ts";
import { socketRooms, type Audience } from "./broadcaster.ts";
import type { GameRoom } from "./game-room.ts";
import { RateLimiter } from "./rate-limiter.ts";
import { badRequest, failure } from "./acks.ts";

type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

// Only failed attempts count: a class behind one school NAT address joins at once, while
// guessing a join code, rejoin token or secret is nothing but failures.
const failedAccessLimiter = new RateLimiter(15, 60_000);
const messageLimiter = new RateLimiter(30, 10_000);
const actionLimiter = new RateLimiter(60, 10_000);

const fail = failure;
const tooManyAttempts = fail(
  ErrorCode.rateLimited,
  "too many failed attempts: wait a minute and try again",
);

function clientAddress(socket: LiveSocket): string {
  const forwarded = socket.handshake.headers["x-forwarded-for"];
  return (
    (typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined) ??
    socket.handshake.address
  );
}

export function registerSocketHandlers(
  io: SocketServer,
  registry: GameRegistry,
  logger: Logger,
): void {
  io.on("connection", (rawSocket) => {
    const socket: LiveSocket = rawSocket;

    /** Wraps a handler: parse, run, always acknowledge, never throw. */
    const on = <S extends z.ZodType, R>(
      event: string,
      schema: S,
      handler: (payload: z.infer<S>) => Promise<Ack<R>>,
    ) => {
      // Typed per event in ClientToServerEvents; here the payload is unknown until parsed.
      (
        socket as unknown as {
          on(event: string, listener: (payload: unknown, ack: unknown) => void): void;
        }
      ).on(event, (payload, ack) => {
        const reply = typeof ack === "function" ? (ack as (response: Ack<R>) => void) : () => {};
        const parsed = schema.safeParse(payload);
        if (!parsed.success) return reply(badRequest(parsed.error));
        handler(parsed.data).then(reply, (error: unknown) => {
          logger.error({ err: error, event, gameId: socket.data.gameId }, "socket handler failed");
          reply(
            fail(
              ErrorCode.internal,
              "the server could not complete this request; nothing was changed",
            ),
          );
        });
      });
    };

    const currentRoom = async (): Promise<GameRoom | null> =>
      socket.data.gameId ? registry.get(socket.data.gameId) : null;

    /**
     * Binds the socket to an audience of the game and sends what it needs: the scenario and
     * a full snapshot (consistent with the deltas that follow), then the chat history.
     */
    const enter = async (room: GameRoom, audience: Audience, extraRooms: string[]) => {
      const welcome = room.welcome(audience);
      await socket.join([socketRooms.audience(room.id, audience), ...extraRooms]);
      socket.emit(ServerEvent.scenario, welcome.scenario);
      socket.emit(ServerEvent.snapshot, welcome.snapshot);
      if (welcome.dashboard) socket.emit(ServerEvent.dashboard, welcome.dashboard);
    };

    const enterAsStudent = async (room: GameRoom, participantId: string) => {
      const audience = room.audienceOf(participantId) ?? "unseated";
      socket.data = { gameId: room.id, participantId, role: "student" };
      await enter(room, audience, [socketRooms.participant(participantId)]);
      const stateId = room.seating.get(participantId)?.stateId ?? null;
      socket.emit(ServerEvent.chatHistory, await room.chatHistory(stateId, false));
      void room.onConnect(participantId);
    };

    if (socket.recovered && socket.data.gameId && socket.data.participantId) {
      // Connection-state recovery restored the rooms (checked current by the recovery guard)
      // and replays missed events.
      void currentRoom().then((room) => room?.onConnect(socket.data.participantId!));
    }

    socket.on("disconnect", () => {
      const { gameId, participantId } = socket.data;
      if (gameId && participantId)
        void registry.get(gameId).then((room) => room?.onDisconnect(participantId));
    });

    on(ClientEvent.join, JoinSession, async (payload): Promise<Ack<Joined>> => {
      const address = clientAddress(socket);
      if (failedAccessLimiter.isBlocked(address)) return tooManyAttempts;
      if (socket.data.gameId)
        return fail(ErrorCode.conflict, "this connection is already in a session");
      const room = await registry.byJoinCode(payload.joinCode);
      if (!room) {
        failedAccessLimiter.take(address);
        return fail(
          ErrorCode.notFound,
          "no session has this code: check it on the instructor's screen",
        );
      }
      const joined = await room.join(payload.displayName, payload.stateId);
      if (!joined.ok) return joined;
      await enterAsStudent(room, joined.data.participant.id);
      return {
        ok: true,
        data: {
          gameId: room.id,
          participantId: joined.data.participant.id,
          rejoinToken: joined.data.token,
          stateId: joined.data.stateId,
          displayName: joined.data.participant.displayName,
        },
      };
    });

    on(ClientEvent.resume, ResumeSession, async (payload): Promise<Ack<Joined>> => {
      const address = clientAddress(socket);
      if (failedAccessLimiter.isBlocked(address)) return tooManyAttempts;
      const found = await registry.byRejoinToken(payload.rejoinToken);
      const participant = found?.room.seating.get(found.participantId);
      if (!found || !participant) {
        failedAccessLimiter.take(address);
        return fail(
          ErrorCode.notFound,
          "this seat is no longer available: join again with the session code",
        );
      }
      await enterAsStudent(found.room, found.participantId);
      return {
        ok: true,
        data: {
          gameId: found.room.id,
          participantId: found.participantId,
          rejoinToken: payload.rejoinToken,
          stateId: participant.stateId,
          displayName: participant.record.displayName,
        },
      };
    });

    on(
      ClientEvent.attachInstructor,
      AttachInstructor,
      async (payload): Promise<Ack<{ gameId: string }>> => {
        const address = clientAddress(socket);
        if (failedAccessLimiter.isBlocked(address)) return tooManyAttempts;
        const room = await registry.authorise(payload.gameId, payload.instructorSecret, false);
        if (!room) {
          failedAccessLimiter.take(address);
          return fail(ErrorCode.unauthorised, "wrong session or instructor secret");
        }
        socket.data = { gameId: room.id, role: "instructor" };
        await enter(room, "instructor", []);
        socket.emit(ServerEvent.chatHistory, await room.chatHistory(null, true));
        return { ok: true, data: { gameId: room.id } };
      },
    );

    on(ClientEvent.watch, WatchSession, async (payload): Promise<Ack<{ gameId: string }>> => {
      const address = clientAddress(socket);
      if (failedAccessLimiter.isBlocked(address)) return tooManyAttempts;
      const room = await registry.byJoinCode(payload.joinCode);
      if (!room) {
        failedAccessLimiter.take(address);
        return fail(ErrorCode.notFound, "no session has this code");
      }
      socket.data = { gameId: room.id, role: "screen" };
      // The screen audience only: no chat, nothing private, ever reaches a projector.
      await enter(room, "screen", []);
      return { ok: true, data: { gameId: room.id } };
    });

    on(ClientEvent.sync, SyncRequest, async (): Promise<Ack<GameSnapshot>> => {
      const room = await currentRoom();
      const { role, participantId } = socket.data;
      const audience: Audience | null =
        role === "instructor" || role === "screen"
          ? role
          : participantId
            ? (room?.audienceOf(participantId) ?? null)
            : null;
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
      if (!actionLimiter.take(student.participantId))
        return fail(ErrorCode.rateLimited, "too many actions at once: slow down");
      return student.room.act(student.participantId, payload.action as Record<string, unknown>);
    });

    on(ClientEvent.sendMessage, SendMessage, async (payload) => {
      const room = await currentRoom();
      if (!room || (socket.data.role !== "student" && socket.data.role !== "instructor")) {
        return fail(ErrorCode.unauthorised, "join a session first");
      }
      const sender = socket.data.role === "instructor" ? "instructor" : socket.data.participantId!;
      if (!messageLimiter.take(`${room.id}:${sender}`))
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
    const room = await registry.get(data.gameId);
    if (!room) return false;
    if (data.role !== "student") return true;
    const audience = data.participantId ? room.audienceOf(data.participantId) : null;
    if (!audience) return false;
    const prefix = socketRooms.audience(room.id, "instructor").replace(/instructor$/, "");
    const held = [...rooms].filter((r) => r.startsWith(prefix));
    return held.length === 1 && held[0] === socketRooms.audience(room.id, audience);
  };
}
