// How a connection gets into a game: join (code + name), resume (rejoin token), reclaim
// (code + seat PIN, another device), instructor attach (secret) and screen watch (code).
// Every credential is rate-limited the classroom way (limits/rate-limits.ts): what is
// guessed and who guesses are both counted, and a right credential is never locked out by
// someone else's wrong ones. Join and reclaim share seat-entry.ts with the HTTP seat desk.
import {
  AttachInstructor,
  ClientEvent,
  ErrorCode,
  JoinSession,
  ReclaimSeat,
  ResumeSession,
  ServerEvent,
  WatchSession,
  type Ack,
  type Joined,
} from "@threatscape/protocol";
import type { AccessLimits } from "../limits/rate-limits.ts";
import { authorise } from "../sessions/access.ts";
import { failure } from "./acks.ts";
import { socketRooms, type Audience } from "./broadcaster.ts";
import { chatHistory } from "./chat.ts";
import type { GameRegistry } from "./game-registry.ts";
import type { GameRoom } from "./game-room.ts";
import type { boundary } from "./socket-boundary.ts";
import { seatPin } from "./seat-pins.ts";
import { joinByCode, reclaimByCode, roomByCode, tooManyAttempts } from "./seat-entry.ts";
import type { SocketData } from "./socket-server.ts";

export interface AccessContext {
  socket: {
    id: string;
    data: SocketData;
    emit: (event: string, ...args: unknown[]) => unknown;
    join(rooms: string[]): Promise<void> | void;
  };
  on: ReturnType<typeof boundary>;
  registry: GameRegistry;
  limits: AccessLimits;
  address: string;
  /** The handshake's `?game=` (the proxy's routing key; see GameRegistry.get). */
  route?: string;
}

/** Registers the five ways into a game on one socket. */
export function registerAccessHandlers(ctx: AccessContext): void {
  const { socket, on, registry, limits, address, route } = ctx;

  /** Binds the socket to an audience and sends the scenario and a full snapshot. */
  const enter = async (room: GameRoom, audience: Audience, extraRooms: string[]) => {
    const welcome = room.welcome(audience);
    await socket.join([socketRooms.audience(room.id, audience), ...extraRooms]);
    socket.emit(ServerEvent.scenario, welcome.scenario);
    socket.emit(ServerEvent.snapshot, welcome.snapshot);
    if (welcome.dashboard) socket.emit(ServerEvent.dashboard, welcome.dashboard);
  };

  const enterAsStudent = async (room: GameRoom, participantId: string, token: string) => {
    const audience = room.seating.audienceOf(participantId) ?? "unseated";
    socket.data = { gameId: room.id, participantId, role: "student" };
    await enter(room, audience, [socketRooms.participant(participantId)]);
    const participant = room.seating.get(participantId)!;
    socket.emit(ServerEvent.chatHistory, await chatHistory(room, participant.stateId, false));
    void room.onConnect(participantId);
    const joined: Joined = {
      gameId: room.id,
      participantId,
      rejoinToken: token,
      stateId: participant.stateId,
      displayName: participant.record.displayName,
      seatPin: seatPin(room.record.instructorHash, participantId),
    };
    return { ok: true as const, data: joined };
  };

  const alreadyIn = () =>
    socket.data.gameId
      ? failure(ErrorCode.conflict, "this connection is already in a session")
      : null;

  const entry = { registry, limits, address, route };

  on(ClientEvent.join, JoinSession, async (payload): Promise<Ack<Joined>> => {
    const busy = alreadyIn();
    if (busy) return busy;
    const joined = await joinByCode(entry, payload);
    if (!joined.ok) return joined;
    return enterAsStudent(joined.data.room, joined.data.participantId, joined.data.token);
  });

  on(ClientEvent.resume, ResumeSession, async (payload): Promise<Ack<Joined>> => {
    const busy = alreadyIn();
    if (busy) return busy;
    // 256-bit tokens cannot be guessed: a right one always works; wrong ones are counted
    // only to bound the lookups they cost.
    const found = await registry.byRejoinToken(payload.rejoinToken, route);
    const participant = found?.room.seating.get(found.participantId);
    if (!found || !participant) {
      if (!(await limits.failedTokens.take(address))) return tooManyAttempts;
      return failure(
        ErrorCode.notFound,
        "this seat is no longer available: join again with the session code",
      );
    }
    // One browser per seat: older connections are told why and closed.
    found.room.deps.broadcaster.disconnectParticipant(
      found.participantId,
      { code: "REPLACED", reason: "Your seat was opened in another tab or browser." },
      socket.id,
    );
    return enterAsStudent(found.room, found.participantId, payload.rejoinToken);
  });

  on(ClientEvent.reclaim, ReclaimSeat, async (payload): Promise<Ack<Joined>> => {
    const busy = alreadyIn();
    if (busy) return busy;
    const reclaimed = await reclaimByCode(entry, payload, socket.id);
    if (!reclaimed.ok) return reclaimed;
    return enterAsStudent(reclaimed.data.room, reclaimed.data.participantId, reclaimed.data.token);
  });

  on(ClientEvent.attachInstructor, AttachInstructor, async (payload) => {
    const busy = alreadyIn();
    if (busy) return busy;
    const room = await authorise(
      registry,
      limits,
      address,
      payload.gameId,
      payload.instructorSecret,
      false,
      "own",
      route,
    );
    if (room === "limited") return tooManyAttempts;
    if (!room) return failure(ErrorCode.unauthorised, "wrong session or instructor secret");
    socket.data = { gameId: room.id, role: "instructor" };
    await enter(room, "instructor", []);
    socket.emit(ServerEvent.chatHistory, await chatHistory(room, null, true));
    return { ok: true, data: { gameId: room.id } };
  });

  on(ClientEvent.watch, WatchSession, async (payload): Promise<Ack<{ gameId: string }>> => {
    const busy = alreadyIn();
    if (busy) return busy;
    const room = await roomByCode(entry, payload.joinCode);
    if ("ok" in room) return room;
    socket.data = { gameId: room.id, role: "screen" };
    // The screen audience only: no chat, nothing private, ever reaches a projector.
    await enter(room, "screen", []);
    return { ok: true, data: { gameId: room.id } };
  });
}
