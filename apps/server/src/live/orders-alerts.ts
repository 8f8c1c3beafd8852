// The instructor's two orders-phase helpers (issue 13, "Alerts"): a reminder to the states
// that have not submitted, posted to the public forum every student reads, and the optional
// "advance when all orders are in". Both run inside the room's queue (instructor commands and
// seat actions call them there) and both are logged.
import { ErrorCode, type Ack } from "@threatscape/protocol";
import { failure } from "./acks.ts";
import { sendMessage } from "./chat.ts";
import type { GameRoom } from "./game-room.ts";

/** The instructor's "advance when all orders are in" (folded from `settings:changed`). */
export const advanceWhenAllIn = (room: GameRoom): boolean =>
  room.settings.advanceWhenAllIn === true;

/** Playable states whose orders are not in this round (ids, scenario order). */
export function missingOrders(room: GameRoom): string[] {
  return room.state.scenario.states
    .filter((s) => s.playable && !room.state.submitted[s.id])
    .map((s) => s.id);
}

const nameOf = (room: GameRoom, stateId: string) =>
  room.state.scenario.states.find((s) => s.id === stateId)?.name ?? stateId;

/** Orders-phase reminder: one forum post naming the states still to submit, logged. */
export async function remindMissing(room: GameRoom): Promise<Ack<{ states: string[] }>> {
  if (room.status !== "running" || room.state.phase !== "orders")
    return failure(ErrorCode.conflict, "reminders are sent while orders are open");
  const missing = missingOrders(room);
  if (missing.length === 0) return failure(ErrorCode.conflict, "every state has submitted");
  const names = missing.map((id) => nameOf(room, id));
  const body =
    `Reminder from your instructor: round ${room.state.round} orders are due. ` +
    `Still waiting for ${names.join(", ")}.`;
  await room.append(
    { type: "instructor:reminded", round: room.state.round, states: missing },
    "instructor",
  );
  const sent = await sendMessage(room, { role: "instructor" }, "public", body);
  if (!sent.ok) return sent;
  return { ok: true, data: { states: missing } };
}

/** Turns "advance when all orders are in" on or off (logged); applies at once if all are in. */
export async function setAutoAdvance(room: GameRoom, enabled: boolean): Promise<Ack<null>> {
  await room.append(
    { type: "settings:changed", settings: { advanceWhenAllIn: enabled } },
    "instructor",
  );
  room.settings = { ...room.settings, advanceWhenAllIn: enabled };
  room.schedulePublish();
  await advanceIfAllIn(room);
  return { ok: true, data: null };
}

/**
 * With the setting on, ends the orders phase as soon as every playable state has submitted
 * (logged like the deadline's advance, actor `auto-advance`). Called after each accepted
 * seat action and after a bot takes a seat over.
 */
export async function advanceIfAllIn(room: GameRoom): Promise<void> {
  if (!advanceWhenAllIn(room) || room.status !== "running") return;
  if (room.state.phase !== "orders" || missingOrders(room).length > 0) return;
  await room.commitAction({ type: "advance-phase", actor: "instructor" }, "auto-advance");
}
