// A seated student's game action, from the seat to the log: who may act now (seated, game
// running, no bot at the controls), the engine's schema at the edge, then the room's commit.
import { Action, asActor, isInstructorAction } from "@threatscape/engine";
import { ErrorCode, type Ack } from "@threatscape/protocol";
import { droppedFields } from "../limits/input-limits.ts";
import { failure } from "./acks.ts";
import type { GameRoom } from "./game-room.ts";
import { advanceIfAllIn } from "./orders-alerts.ts";
import { noStateYet, refusalFor } from "./refusals.ts";

/** `reason` of the CONFLICT refusing a student's action while a bot plays their state. */
export const BOT_PLAYING = "BOT_PLAYING";

/** A seated student's action: the seat decides the actor (of each order too), the server the time. */
export async function act(
  room: GameRoom,
  participantId: string,
  input: Record<string, unknown>,
): Promise<Ack<{ accepted: true }>> {
  const stateId = room.seating.get(participantId)?.stateId;
  if (stateId === undefined) return failure(ErrorCode.unauthorised, "you are not in this session");
  if (stateId === null) return failure(ErrorCode.unauthorised, noStateYet(room.status));
  if (room.status === "lobby") return failure(ErrorCode.conflict, "the game has not started yet");
  if (room.status === "paused") return failure(ErrorCode.conflict, "the game is paused");
  if (room.isFinished) return failure(ErrorCode.gameFinished, "the game is over");
  if (isInstructorAction(input))
    return failure(ErrorCode.unauthorised, "only the instructor can do that");
  // One rule for who plays a seat: while a bot plays it (the instructor's set-bot, or a
  // stand-in before the student came back) the students' controls are locked, so a bot never
  // silently overrides what a student did. The instructor hands the seat back (set-bot null).
  if (room.state.bots[stateId]) {
    const name = room.state.scenario.states.find((s) => s.id === stateId)?.name ?? stateId;
    return failure(
      ErrorCode.conflict,
      `a bot is playing ${name} for now: your controls are locked until the instructor hands the seat back`,
      { reason: BOT_PLAYING },
    );
  }
  const action = asActor(stateId, input, room.deps.clock.now());
  // Strict: a field the engine does not take is refused, never stored.
  const parsed = Action.safeParse(action);
  if (!parsed.success)
    return failure(ErrorCode.badRequest, "the action is malformed", {
      issues: parsed.error.issues
        .filter((issue) => issue.path[0] !== "actor" && issue.path[0] !== "at")
        .map((issue) => ({ path: ["action", ...issue.path].join("."), message: issue.message })),
    });
  const extra = droppedFields(action, parsed.data);
  if (extra.length > 0)
    return failure(ErrorCode.badRequest, "the action has fields it does not take", {
      issues: extra.map((path) => ({ path: `action.${path}`, message: "unknown field" })),
    });
  const before = room.state;
  const result = await room.commitAction(action, participantId);
  if (!result.ok) return refusalFor(before, stateId, action, result);
  await advanceIfAllIn(room);
  return { ok: true, data: { accepted: true } };
}
