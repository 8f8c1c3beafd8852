// Chat operations of the room: send a message (delivered to its channel's audiences and
// nothing else: no view is recomputed), open a group, read the history a seat may read.
import { ErrorCode, ServerEvent, type Ack, type ChatHistory } from "@threatscape/protocol";
import { newId } from "../sessions/secrets.ts";
import { stateAudience } from "./broadcaster.ts";
import { Channels } from "./channels.ts";
import { failure } from "./acks.ts";
import { type GameRoom } from "./game-room.ts";

export type Caller = { role: "student"; participantId: string } | { role: "instructor" };

const authorName = (room: GameRoom, authorId: string) =>
  authorId === "instructor"
    ? "Instructor"
    : (room.seating.get(authorId)?.record.displayName ?? "a former participant");

export async function chatHistory(
  room: GameRoom,
  stateId: string | null,
  instructor: boolean,
): Promise<ChatHistory> {
  const messages = (await room.deps.db.messages.listForGame(room.id)).filter((m) =>
    room.channels.canRead(m.channel, stateId, instructor),
  );
  return {
    channels: room.channels.list(stateId, instructor),
    messages: messages.map((m) => Channels.toChatMessage(m, authorName(room, m.authorId))),
  };
}

export async function sendMessage(
  room: GameRoom,
  caller: Caller,
  channel: string,
  body: string,
): Promise<Ack<{ messageId: string }>> {
  const instructor = caller.role === "instructor";
  const participant =
    caller.role === "student" ? room.seating.get(caller.participantId) : undefined;
  if (!instructor && !participant)
    return failure(ErrorCode.unauthorised, "you are not in this session");
  if (room.isFinished)
    return failure(ErrorCode.gameFinished, "the game is over: the channels are closed");
  const stateId = participant?.stateId ?? null;
  if (!instructor && !stateId)
    return failure(ErrorCode.unauthorised, "pick a state before negotiating");
  if (room.channels.members(channel) === undefined)
    return failure(ErrorCode.notFound, "no such channel");
  if (!room.channels.canRead(channel, stateId, instructor) || (instructor && channel !== "public"))
    return failure(ErrorCode.unauthorised, "you are not a member of this channel");
  const record = await room.deps.db.messages.create({
    id: newId("m"),
    gameId: room.id,
    channel,
    fromStateId: stateId,
    authorId: instructor ? "instructor" : caller.participantId,
    body,
    round: room.state.round,
  });
  room.channels.count(record);
  const message = Channels.toChatMessage(record, authorName(room, record.authorId));
  room.deps.broadcaster
    .to(room.id, room.channels.audiences(channel))
    .emit(ServerEvent.message, message);
  room.markDashboardDirty();
  return { ok: true, data: { messageId: record.id } };
}

export async function createGroup(
  room: GameRoom,
  participantId: string,
  name: string,
  members: string[],
): Promise<Ack<{ channel: string }>> {
  const participant = room.seating.get(participantId);
  if (room.isFinished)
    return failure(ErrorCode.gameFinished, "the game is over: the channels are closed");
  if (!participant?.stateId)
    return failure(ErrorCode.unauthorised, "pick a state before opening a channel");
  const known = new Set(room.state.scenario.states.map((s) => s.id));
  const unknown = members.filter((m) => !known.has(m));
  if (unknown.length) return failure(ErrorCode.notFound, `unknown states: ${unknown.join(", ")}`);
  const all = [...new Set([participant.stateId, ...members])].sort();
  if (all.length < 2)
    return failure(ErrorCode.badRequest, "a group needs at least one other state");
  const channel = `group:${newId("g").slice(2).toLowerCase()}`;
  await room.append({ type: "chat:group", channel, name, members: all }, participantId);
  room.channels.groups.set(channel, { name, members: all });
  // The members' (and the instructor's) channel lists change; nobody else learns of it.
  const info = room.channels.list(null, true).find((c) => c.id === channel)!;
  room.deps.broadcaster
    .to(room.id, ["instructor", ...all.map(stateAudience)])
    .emit(ServerEvent.channel, info);
  return { ok: true, data: { channel } };
}
