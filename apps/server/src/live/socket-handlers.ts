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
  WatchSession,
  type Ack,
  type ClientToServerEvents,
  type Joined,
  type ServerToClientEvents,
} from "@threatscape/protocol";
import type { Socket } from "socket.io";
import type { z } from "zod";
import type { Logger } from "../logger.ts";
import type { InterServerEvents, SocketData, SocketServer } from "../realtime/socket-server.ts";
import type { GameRegistry } from "./game-registry.ts";
import { rooms, type GameRoom } from "./game-room.ts";
import { RateLimiter } from "./rate-limiter.ts";

type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

// Only failed attempts count: a class behind one school NAT address joins at once, while
// guessing a join code, rejoin token or secret is nothing but failures.
const failedAccessLimiter = new RateLimiter(15, 60_000);
const messageLimiter = new RateLimiter(30, 10_000);
const actionLimiter = new RateLimiter(60, 10_000);

function badRequest(error: z.ZodError): Ack<never> {
  return {
    ok: false,
    error: {
      code: ErrorCode.badRequest,
      message: "the request is malformed",
      issues: error.issues.map((issue) => ({
        path: issue.path.join(".") || "(payload)",
        message: issue.message,
      })),
    },
  };
}

const fail = (code: ErrorCode, message: string): Ack<never> => ({
  ok: false,
  error: { code, message },
});
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

    /** Binds the socket to a student's seat and sends everything the client needs. */
    const enterAsStudent = async (room: GameRoom, participantId: string) => {
      const participant = room.participant(participantId);
      const stateId = participant?.stateId ?? null;
      socket.data = { gameId: room.id, participantId, role: "student" };
      await socket.join([
        rooms.game(room.id),
        rooms.participant(participantId),
        stateId ? rooms.state(room.id, stateId) : rooms.unseated(room.id),
      ]);
      socket.emit(ServerEvent.scenario, room.scenarioFor("student", stateId));
      socket.emit(ServerEvent.snapshot, room.snapshotFor("student", stateId));
      socket.emit(ServerEvent.chatHistory, await room.chatHistory(stateId, false));
      room.onConnect(participantId);
    };

    if (socket.recovered && socket.data.gameId && socket.data.participantId) {
      // Connection-state recovery restored the rooms and replays missed events.
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
      if (!found) {
        failedAccessLimiter.take(address);
        return fail(
          ErrorCode.notFound,
          "this seat is no longer available: join again with the session code",
        );
      }
      const participant = found.room.participant(found.participantId);
      if (!participant)
        return fail(
          ErrorCode.notFound,
          "this seat is no longer available: join again with the session code",
        );
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
        await socket.join([rooms.game(room.id), rooms.instructor(room.id)]);
        socket.emit(ServerEvent.scenario, room.scenarioFor("instructor", null));
        socket.emit(ServerEvent.snapshot, room.snapshotFor("instructor", null));
        socket.emit(ServerEvent.chatHistory, await room.chatHistory(null, true));
        socket.emit(ServerEvent.dashboard, room.dashboard());
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
      // The screen room only: public chat and private channels never reach a projector.
      await socket.join(rooms.screen(room.id));
      socket.emit(ServerEvent.scenario, room.scenarioFor("screen", null));
      socket.emit(ServerEvent.snapshot, room.snapshotFor("screen", null));
      return { ok: true, data: { gameId: room.id } };
    });

    const asStudent = async () => {
      const { participantId, role } = socket.data;
      const room = await currentRoom();
      if (!room || role !== "student" || !participantId || !room.participant(participantId))
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
      return student.room.act(student.participantId, payload.action);
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
