// Seating decisions that change the room: joining, picking and assigning states, kicking,
// connections coming and going, and the dropout policy (wait, bot stand-in, or skip). Each
// runs inside the room's queue, logs first, and moves the participant's connections.
import type { ParticipantRecord } from "@threatscape/db";
import { asActor, isInstructorAction } from "@threatscape/engine";
import { ErrorCode, ServerEvent, type Ack } from "@threatscape/protocol";
import { hashToken, newId, newRejoinToken } from "../sessions/secrets.ts";
import { audienceOfSeat } from "./broadcaster.ts";
import { chatHistory } from "./chat.ts";
import { failure } from "./acks.ts";
import { seatId, type GameRoom } from "./game-room.ts";
import type { LiveParticipant } from "./seating.ts";

const STAND_IN_POLICY = "walt";

const isPlayable = (room: GameRoom, stateId: string) =>
  room.state.scenario.states.some((s) => s.id === stateId && s.playable);

export async function join(
  room: GameRoom,
  displayName: string,
  stateId: string | undefined,
): Promise<Ack<{ participant: ParticipantRecord; token: string; stateId: string | null }>> {
  if (room.isFinished) return failure(ErrorCode.gameFinished, "this session has ended");
  if (stateId !== undefined && !isPlayable(room, stateId))
    return failure(ErrorCode.notFound, `${stateId} is not a playable state in this scenario`);
  const token = newRejoinToken();
  const participant = await room.deps.db.participants.create({
    id: newId("p"),
    gameId: room.id,
    displayName,
    rejoinHash: hashToken(token),
    role: "student",
    seatId: stateId ? seatId(room.id, stateId) : null,
  });
  room.seating.add(participant, stateId ?? null, null);
  await room.append(
    { type: "lobby:joined", participantId: participant.id, displayName, stateId: stateId ?? null },
    participant.id,
  );
  if (stateId) await humanTakesSeat(room, stateId);
  room.schedulePublish();
  return { ok: true, data: { participant, token, stateId: stateId ?? null } };
}

/** A student sitting down at a state a bot was filling takes over from the bot. */
async function humanTakesSeat(room: GameRoom, stateId: string): Promise<void> {
  if (room.status === "lobby" || !room.state.bots[stateId]) return;
  room.seating.standIns.delete(stateId);
  await room.commitAction(
    { type: "set-bot", actor: "instructor", stateId, policy: null },
    "system",
  );
}

export async function pickState(
  room: GameRoom,
  participantId: string,
  stateId: string | null,
): Promise<Ack<{ stateId: string | null }>> {
  const participant = room.seating.get(participantId);
  if (!participant) return failure(ErrorCode.unauthorised, "you are not in this session");
  if (room.isFinished) return failure(ErrorCode.gameFinished, "this session has ended");
  if (room.status !== "lobby" && participant.stateId !== null)
    return failure(
      ErrorCode.conflict,
      "seats are fixed once the game starts: ask the instructor to move you",
    );
  return seat(room, participant, stateId, participantId);
}

/** Moves a participant to `stateId` (null: unseated); their connections follow at once. */
export async function seat(
  room: GameRoom,
  participant: LiveParticipant,
  stateId: string | null,
  actor: string,
): Promise<Ack<{ stateId: string | null }>> {
  if (stateId !== null && !isPlayable(room, stateId))
    return failure(ErrorCode.notFound, `${stateId} is not a playable state in this scenario`);
  const id = participant.record.id;
  const from = participant.stateId;
  participant.record = await room.deps.db.participants.update(id, {
    seatId: stateId ? seatId(room.id, stateId) : null,
  });
  await room.append({ type: "lobby:seat", participantId: id, from, to: stateId }, actor);
  participant.stateId = stateId;
  const to = audienceOfSeat(stateId);
  room.deps.broadcaster.moveParticipant(room.id, id, audienceOfSeat(from), to);
  // What they may read changed with the seat: the scenario, the view and the channels.
  const welcome = room.welcome(to);
  const socket = room.deps.broadcaster.toParticipant(id);
  socket.emit(ServerEvent.scenario, welcome.scenario);
  socket.emit(ServerEvent.snapshot, welcome.snapshot);
  socket.emit(ServerEvent.chatHistory, await chatHistory(room, stateId, false));
  if (stateId) await humanTakesSeat(room, stateId);
  room.schedulePublish();
  return { ok: true, data: { stateId } };
}

/** A seated student's action: the seat decides the actor (of each order too), the server the time. */
export async function act(
  room: GameRoom,
  participantId: string,
  input: Record<string, unknown>,
): Promise<Ack<{ accepted: true }>> {
  const stateId = room.seating.get(participantId)?.stateId;
  if (stateId === undefined) return failure(ErrorCode.unauthorised, "you are not in this session");
  if (stateId === null) return failure(ErrorCode.unauthorised, "pick a state before acting");
  if (room.status === "lobby") return failure(ErrorCode.conflict, "the game has not started yet");
  if (room.status === "paused") return failure(ErrorCode.conflict, "the game is paused");
  if (room.isFinished) return failure(ErrorCode.gameFinished, "the game is over");
  if (isInstructorAction(input))
    return failure(ErrorCode.unauthorised, "only the instructor can do that");
  const result = await room.commitAction(
    asActor(stateId, input, room.deps.clock.now()),
    participantId,
  );
  return result.ok ? { ok: true, data: { accepted: true } } : result;
}

export async function kick(room: GameRoom, participantId: string): Promise<Ack<null>> {
  const participant = room.seating.get(participantId);
  if (!participant) return failure(ErrorCode.notFound, "no such participant");
  await room.deps.db.participants.update(participantId, { kicked: true, seatId: null });
  await room.append(
    { type: "lobby:kicked", participantId, stateId: participant.stateId },
    "instructor",
  );
  room.seating.remove(participantId);
  room.deps.broadcaster.disconnectParticipant(
    participantId,
    "The instructor removed you from this session.",
  );
  room.schedulePublish();
  return { ok: true, data: null };
}

export async function connected(room: GameRoom, participantId: string): Promise<void> {
  const participant = room.seating.get(participantId);
  if (!participant) return;
  room.seating.connected(participantId);
  const stateId = participant.stateId;
  if (stateId && room.seating.standIns.has(stateId) && room.state.bots[stateId]) {
    room.seating.standIns.delete(stateId);
    await room.append({ type: "dropout:returned", stateId }, participantId);
    await room.commitAction(
      { type: "set-bot", actor: "instructor", stateId, policy: null },
      "system",
    );
  }
  const waiting =
    room.status === "paused" && room.phaseClock.pausedReason?.startsWith("waiting for");
  if (waiting && absentSeats(room).length === 0)
    await room.commitTiming({ type: "game:resumed", timing: room.phaseClock.resumed() }, "system");
  room.schedulePublish();
}

export function disconnected(room: GameRoom, participantId: string): void {
  room.seating.disconnected(participantId, room.deps.clock.now());
  room.schedulePublish();
}

const absentSeats = (room: GameRoom) =>
  room.seating.absentSeats(room.deps.clock.now(), room.settings.dropoutGraceSeconds * 1000);

/**
 * Applies the dropout policy to seats whose students have all been away for the grace
 * period: pause ("wait"), a bot stand-in that takes the state's turn once ("bot"), or nothing.
 */
export async function checkDropouts(room: GameRoom): Promise<void> {
  if (room.status !== "running" || room.settings.dropoutPolicy === "skip") return;
  const absent = absentSeats(room);
  if (absent.length === 0) return;
  if (room.settings.dropoutPolicy === "wait") {
    const reason = `waiting for ${absent.join(", ")} to reconnect`;
    await room.commitTiming(
      { type: "game:paused", reason, timing: room.phaseClock.paused(reason) },
      "system",
    );
    return;
  }
  for (const stateId of absent) {
    if (room.state.bots[stateId]) continue;
    room.seating.standIns.add(stateId);
    await room.append({ type: "dropout:stand-in", stateId, policy: STAND_IN_POLICY }, "system");
    await room.commitAction(
      { type: "set-bot", actor: "instructor", stateId, policy: STAND_IN_POLICY },
      "system",
    );
  }
  await room.runBotTurns();
}
