// Seating decisions that change the room (joining, picking and assigning states, kicking,
// connections, the dropout policy): each runs in the room's queue, logs first, moves sockets.
import type { ParticipantRecord } from "@threatscape/db";
import { ErrorCode, ServerEvent, type Ack, type Kicked } from "@threatscape/protocol";
import { hashToken, newId, newRejoinToken } from "../sessions/secrets.ts";
import { audienceOfSeat } from "./broadcaster.ts";
import { chatHistory } from "./chat.ts";
import { failure } from "./acks.ts";
import { seatId, type GameRoom } from "./game-room.ts";
import { pinMatches } from "./seat-pins.ts";
import type { LiveParticipant } from "./seating.ts";

const STAND_IN_POLICY = "walt";
/** `reason` of the CONFLICT refusing a seat choice after the start. */
export const SEATS_FIXED = "SEATS_FIXED";

/** The name as given, or "Name (2)", "Name (3)"... when someone in the game already has it. */
function uniqueName(room: GameRoom, name: string): string {
  const taken = new Set([...room.seating.all()].map((p) => p.record.displayName.toLowerCase()));
  if (!taken.has(name.toLowerCase())) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name} (${n})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

const isPlayable = (room: GameRoom, stateId: string) =>
  room.state.scenario.states.some((s) => s.id === stateId && s.playable);

/**
 * A new participant. In the lobby they may sit where they like; once the game has started
 * the join code (on the projector) is no seat credential: they join unseated, watching the
 * public view, until the instructor seats them or they reclaim their own seat with its PIN.
 */
export async function join(
  room: GameRoom,
  requestedName: string,
  requestedState: string | undefined,
): Promise<Ack<{ participant: ParticipantRecord; token: string; stateId: string | null }>> {
  if (room.isFinished) return failure(ErrorCode.gameFinished, "this session has ended");
  if (requestedState !== undefined && !isPlayable(room, requestedState))
    return failure(
      ErrorCode.notFound,
      `${requestedState} is not a playable state in this scenario`,
    );
  const stateId = room.status === "lobby" ? requestedState : undefined;
  const displayName = uniqueName(room, requestedName);
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
  if (room.status !== "lobby")
    return failure(
      ErrorCode.conflict,
      "seats are fixed once the game starts: ask the instructor to seat you",
      { reason: SEATS_FIXED },
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
  room.seating.updateRecord(
    await room.deps.db.participants.update(id, {
      seatId: stateId ? seatId(room.id, stateId) : null,
    }),
  );
  await room.append({ type: "lobby:seat", participantId: id, from, to: stateId }, actor);
  room.seating.move(id, stateId);
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

/**
 * Removes a student from the game. With `ban` the rejoin token dies and the record is marked
 * kicked (the seat PIN dies with it); without, the student is unseated and disconnected but
 * may come back (unseated, after the start). Under the "bot" dropout policy a bot takes a
 * state left without students at once, as a stand-in a returning student takes back.
 */
export async function kick(
  room: GameRoom,
  participantId: string,
  ban: boolean,
): Promise<Ack<null>> {
  const participant = room.seating.get(participantId);
  if (!participant) return failure(ErrorCode.notFound, "no such participant");
  const stateId = participant.stateId;
  room.seating.updateRecord(
    await room.deps.db.participants.update(participantId, { kicked: ban, seatId: null }),
  );
  await room.append({ type: "lobby:kicked", participantId, stateId, ban }, "instructor");
  if (ban) room.seating.remove(participantId);
  else {
    room.seating.move(participantId, null);
    room.deps.broadcaster.moveParticipant(
      room.id,
      participantId,
      audienceOfSeat(stateId),
      "unseated",
    );
  }
  room.deps.broadcaster.disconnectParticipant(
    participantId,
    ban
      ? { code: "BANNED", reason: "The instructor removed you from this session." }
      : {
          code: "UNSEATED",
          reason: "The instructor took you out of your seat; join again to watch.",
        },
  );
  if (stateId) await standInForEmptySeat(room, stateId);
  room.schedulePublish();
  return { ok: true, data: null };
}

/** Under the "bot" policy, a running game's state left with no student gets a stand-in now. */
async function standInForEmptySeat(room: GameRoom, stateId: string): Promise<void> {
  if (room.status === "lobby" || room.isFinished || room.settings.dropoutPolicy !== "bot") return;
  if (room.state.bots[stateId] || room.seatedStates().includes(stateId)) return;
  room.seating.standIns.add(stateId);
  await room.append({ type: "dropout:stand-in", stateId, policy: STAND_IN_POLICY }, "system");
  await room.commitAction(
    { type: "set-bot", actor: "instructor", stateId, policy: STAND_IN_POLICY },
    "system",
  );
  await room.runBotTurns();
}

/** The PIN's owner on a new browser: same record, new rejoin token, old sockets REPLACED; or null. */
export async function reclaim(
  room: GameRoom,
  pin: string,
  socketId?: string, // the connection taking the seat (not closed as an old one)
): Promise<{ participant: ParticipantRecord; token: string } | null> {
  const key = room.record.instructorHash;
  const owner = [...room.seating.all()].find((p) => pinMatches(key, p.record.id, pin));
  if (!owner) return null;
  const token = newRejoinToken();
  room.seating.updateRecord(
    await room.deps.db.participants.update(owner.record.id, { rejoinHash: hashToken(token) }),
  );
  const replaced = { code: "REPLACED", reason: "Your seat was opened in another browser." };
  room.deps.broadcaster.disconnectParticipant(owner.record.id, replaced as Kicked, socketId);
  return { participant: owner.record, token };
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
