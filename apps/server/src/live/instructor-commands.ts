// The instructor's commands as a table keyed by `command` (Colyseus's `messages` object):
// one small handler each, run inside the room's queue. Timing commands carry the round and
// phase they were issued against and are refused as STALE once the game has moved on, so two
// tabs pressing "End phase now" together advance one phase.
import { ErrorCode, type Ack, type InstructorCommand, type PhaseKey } from "@threatscape/protocol";
import { failure } from "./acks.ts";
import { type GameRoom } from "./game-room.ts";
import { advanceIfAllIn, remindMissing, setAutoAdvance } from "./orders-alerts.ts";
import { kick, seat } from "./seat-changes.ts";
import { seatPin } from "./seat-pins.ts";

type Command<K extends InstructorCommand["command"]> = Extract<InstructorCommand, { command: K }>;
type Handler<K extends InstructorCommand["command"]> = (
  room: GameRoom,
  command: Command<K>,
) => Promise<Ack<unknown>>;
type Table = { [K in InstructorCommand["command"]]: Handler<K> };

const ok: Ack<null> = { ok: true, data: null };

/** The live phase as the instructor's console shows it. */
export const phaseKeyOf = (room: GameRoom): PhaseKey => ({
  round: room.state.round,
  phase: room.status === "lobby" ? "lobby" : room.state.phase,
});

function staleness(room: GameRoom, against: PhaseKey): Ack<never> | null {
  const now = phaseKeyOf(room);
  if (now.round === against.round && now.phase === against.phase) return null;
  return failure(
    ErrorCode.stale,
    `the game has moved on to round ${now.round}, ${now.phase}: nothing was changed`,
  );
}

const instructorAction = (room: GameRoom, action: Record<string, unknown>) =>
  room.commitAction({ ...action, actor: "instructor" }, "instructor");

export const commands: Table = {
  async start(room, command) {
    if (room.status !== "lobby") return failure(ErrorCode.conflict, "the game has already started");
    const seated = new Set(room.seating.seatedStates());
    for (const state of room.state.scenario.states) {
      if (!state.playable || seated.has(state.id) || room.state.bots[state.id]) continue;
      const filled = await instructorAction(room, {
        type: "set-bot",
        stateId: state.id,
        policy: command.fillWithBots,
      });
      if (!filled.ok) return filled;
    }
    const timing = room.phaseClock.enterPhase(room.phaseLengthMs(room.state));
    await room.commitTiming(
      { type: "game:started", round: room.state.round, timing },
      "instructor",
    );
    await room.runBotTurns();
    return ok;
  },
  async pause(room, command) {
    if (room.status !== "running") return failure(ErrorCode.conflict, "the game is not running");
    const stale = staleness(room, command.against);
    if (stale) return stale;
    const reason = "paused by the instructor";
    await room.commitTiming(
      { type: "game:paused", reason, timing: room.phaseClock.paused(reason) },
      "instructor",
    );
    return ok;
  },
  async resume(room, command) {
    if (room.status !== "paused") return failure(ErrorCode.conflict, "the game is not paused");
    const stale = staleness(room, command.against);
    if (stale) return stale;
    await room.commitTiming(
      { type: "game:resumed", timing: room.phaseClock.resumed() },
      "instructor",
    );
    return ok;
  },
  async extend(room, command) {
    const stale = staleness(room, command.against);
    if (stale) return stale;
    const timing = room.phaseClock.extended(command.seconds * 1000);
    if (!timing) return failure(ErrorCode.conflict, "no phase timer is running");
    await room.commitTiming(
      { type: "game:extended", seconds: command.seconds, timing },
      "instructor",
    );
    return ok;
  },
  async advance(room, command) {
    if (room.status !== "running")
      return failure(ErrorCode.conflict, "start or resume the game first");
    const stale = staleness(room, command.against);
    if (stale) return stale;
    return instructorAction(room, { type: "advance-phase" });
  },
  async end(room, command) {
    if (room.isFinished) return failure(ErrorCode.gameFinished, "the game is already over");
    const stale = staleness(room, command.against);
    if (stale) return stale;
    const timing = room.phaseClock.finished();
    await room.commitTiming({ type: "game:ended", round: room.state.round, timing }, "instructor");
    return ok;
  },
  async assign(room, command) {
    const participant = room.seating.get(command.participantId);
    if (!participant) return failure(ErrorCode.notFound, "no such participant");
    return seat(room, participant, command.stateId, "instructor");
  },
  kick: (room, command) => kick(room, command.participantId, command.ban),
  /** A student who lost their seat PIN asks the instructor, who reads it here. */
  async "seat-pin"(room, command) {
    const participant = room.seating.get(command.participantId);
    if (!participant) return failure(ErrorCode.notFound, "no such participant");
    return {
      ok: true,
      data: { seatPin: seatPin(room.record.instructorHash, command.participantId) },
    };
  },
  async "set-bot"(room, command) {
    if (command.policy === null) room.seating.standIns.delete(command.stateId);
    const result = await instructorAction(room, {
      type: "set-bot",
      stateId: command.stateId,
      policy: command.policy,
    });
    // A bot that takes over mid-phase takes this phase's turn (once).
    if (result.ok && command.policy) await room.runBotTurns();
    if (result.ok) await advanceIfAllIn(room);
    return result;
  },
  "release-crisis": (room, command) =>
    instructorAction(room, { type: "release-crisis", crisisId: command.crisisId }),
  "ad-hoc-crisis": (room, command) =>
    instructorAction(room, {
      type: "ad-hoc-crisis",
      headline: command.headline,
      description: command.description,
      events: command.events,
    }),
  remind: (room) => remindMissing(room),
  "set-auto-advance": (room, command) => setAutoAdvance(room, command.enabled),
  async "set-dropout-policy"(room, command) {
    const settings = { dropoutPolicy: command.policy, dropoutGraceSeconds: command.graceSeconds };
    await room.append({ type: "settings:changed", settings }, "instructor");
    room.settings = { ...room.settings, ...settings };
    room.schedulePublish();
    return ok;
  },
};

/** What an instructor may still do once the game is over: read, never change the record. */
const AFTER_THE_END: ReadonlySet<InstructorCommand["command"]> = new Set(["seat-pin"]);

/** Runs one command (already parsed at the socket boundary). */
export function runCommand(room: GameRoom, command: InstructorCommand): Promise<Ack<unknown>> {
  if (room.isFinished && !AFTER_THE_END.has(command.command))
    return Promise.resolve(
      failure(ErrorCode.gameFinished, "the game is over: nothing can be changed any more"),
    );
  const handler = commands[command.command] as Handler<typeof command.command>;
  return handler(room, command as never);
}
