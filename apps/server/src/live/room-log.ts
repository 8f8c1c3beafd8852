// The typed room log: every event a live game appends, as one discriminated union, and the
// one fold that turns a log back into a room (restart), used by review and counterfactuals
// too. The only file that knows event names. Each event carries its audience (lila's
// VersionedEvent `only`/`owner`/`watcher`), so a replay or an export filters by construction.
import { applyAction, type GameState } from "@threatscape/engine";
import { DropoutPolicy, type BotActionRecord } from "@threatscape/protocol";
import type { LoggedEvent } from "@threatscape/db";
import { z } from "zod";

/** The phase clock as logged: a phase change and its deadline are one event, one write. */
export const TimingRecord = z.object({
  status: z.enum(["lobby", "running", "paused", "finished"]),
  /** ms since the epoch; null unless running with a timed phase. */
  deadline: z.number().nullable(),
  /** While paused: what was left of the phase, ms. */
  remainingMs: z.number().nullable(),
  /** Length of the current phase (extensions included), ms. */
  phaseMs: z.number().nullable(),
  pausedReason: z.string().nullable().default(null),
});
export type TimingRecord = z.infer<typeof TimingRecord>;

const timing = { timing: TimingRecord.optional() };
const RoomSettingsPatch = z.object({
  dropoutPolicy: DropoutPolicy.optional(),
  dropoutGraceSeconds: z.number().optional(),
  phaseSeconds: z.record(z.string(), z.number()).optional(),
  /** End the orders phase once every playable state has submitted (orders-alerts.ts). */
  advanceWhenAllIn: z.boolean().optional(),
});

/** Who may see an event in a replay or export: everyone, some states, or staff only. */
export type Audience =
  { kind: "public" } | { kind: "states"; states: string[] } | { kind: "staff" };

export const RoomEvent = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("engine:action"),
    action: z.record(z.string(), z.unknown()),
    ...timing,
  }),
  z.object({
    type: z.literal("lobby:joined"),
    participantId: z.string(),
    displayName: z.string(),
    stateId: z.string().nullable(),
  }),
  z.object({
    type: z.literal("lobby:seat"),
    participantId: z.string(),
    from: z.string().nullable(),
    to: z.string().nullable(),
  }),
  z.object({
    type: z.literal("lobby:kicked"),
    participantId: z.string(),
    stateId: z.string().nullable(),
    /** Absent in logs written before bans: those kicks were bans. */
    ban: z.boolean().optional(),
  }),
  z.object({ type: z.literal("game:started"), round: z.number(), ...timing }),
  z.object({ type: z.literal("game:paused"), reason: z.string(), ...timing }),
  z.object({ type: z.literal("game:resumed"), ...timing }),
  z.object({ type: z.literal("game:extended"), seconds: z.number(), ...timing }),
  z.object({ type: z.literal("game:ended"), round: z.number(), ...timing }),
  z.object({ type: z.literal("game:finished"), round: z.number(), ...timing }),
  z.object({
    type: z.literal("chat:group"),
    channel: z.string(),
    name: z.string(),
    members: z.array(z.string()),
  }),
  /** Bots took their turn of this phase (logged before their moves: a turn is taken once). */
  z.object({
    type: z.literal("bot:turns"),
    round: z.number(),
    phase: z.string(),
    states: z.array(z.string()),
  }),
  z.object({ type: z.literal("dropout:stand-in"), stateId: z.string(), policy: z.string() }),
  z.object({ type: z.literal("dropout:returned"), stateId: z.string() }),
  z.object({ type: z.literal("settings:changed"), settings: RoomSettingsPatch }),
  /** The instructor reminded the states whose orders were not in (a forum post). */
  z.object({
    type: z.literal("instructor:reminded"),
    round: z.number(),
    states: z.array(z.string()),
  }),
  z.object({ type: z.literal("review:fork"), request: z.unknown(), outcome: z.unknown() }),
]);
export type RoomEvent = z.infer<typeof RoomEvent>;
export type RoomEventType = RoomEvent["type"];
/** An event as the room appends it: the payload is everything but `type`. */
export type NewRoomEvent = RoomEvent;

/** Splits an event into the stored columns (type, payload). */
export function toStored(event: RoomEvent): { type: string; payload: unknown } {
  const { type, ...payload } = event;
  return { type, payload };
}

/** Reads a stored event back; throws on an event this version cannot read (a corrupt log). */
export function parseRoomEvent(logged: Pick<LoggedEvent, "type" | "payload" | "seq">): RoomEvent {
  const parsed = RoomEvent.safeParse({ ...(logged.payload as object), type: logged.type });
  if (!parsed.success)
    throw new Error(`event ${logged.seq} (${logged.type}) is unreadable: ${parsed.error.message}`);
  return parsed.data;
}

/** Who may see `event` in a replay or export (the engine's viewFor decides engine actions). */
export function audienceOf(event: RoomEvent): Audience {
  switch (event.type) {
    case "chat:group":
      return { kind: "states", states: event.members };
    case "review:fork":
    case "settings:changed":
    case "instructor:reminded":
    case "bot:turns":
      return { kind: "staff" };
    default:
      return { kind: "public" };
  }
}

export type RoomSettingsPatch = z.infer<typeof RoomSettingsPatch>;

/** Everything the room rebuilds from its log on (re)load. */
export interface FoldedRoom {
  state: GameState;
  seq: number;
  /** The last logged phase clock; null for logs written before timing was logged. */
  timing: TimingRecord | null;
  groups: Map<string, { name: string; members: string[] }>;
  settings: RoomSettingsPatch;
  standIns: Set<string>;
  /** `round:phase:stateId` of every bot turn taken (bots act once per phase). */
  botTurns: Set<string>;
  /** Every state action a bot took, in log order (what the state's students are shown). */
  botActions: BotActionRecord[];
}

/** The record of a state action logged by a bot (`actor` `bot:<policy>`), else null. */
export function botActionOf(
  state: Pick<GameState, "round" | "phase">,
  action: Record<string, unknown>,
  actor: string,
): BotActionRecord | null {
  if (!actor.startsWith("bot:") || typeof action.actor !== "string") return null;
  if (action.actor === "instructor") return null;
  return {
    round: state.round,
    phase: state.phase,
    stateId: action.actor,
    policy: actor.slice("bot:".length),
    action,
  };
}

export const botTurnKey = (state: Pick<GameState, "round" | "phase">, stateId: string) =>
  `${state.round}:${state.phase}:${stateId}`;

/**
 * Folds a game's log through the engine's reducer: the room's restart, the review's timeline
 * and replay, and counterfactual forks all read the log through this one fold. `visit` sees
 * each event with the room as it stands after it; returning `false` stops the fold there.
 */
export function foldRoomLog(
  initial: GameState,
  events: readonly LoggedEvent[],
  visit?: (logged: LoggedEvent, event: RoomEvent, room: FoldedRoom) => boolean | void,
): FoldedRoom {
  const room: FoldedRoom = {
    state: initial,
    seq: 0,
    timing: null,
    groups: new Map(),
    settings: {},
    standIns: new Set(),
    botTurns: new Set(),
    botActions: [],
  };
  for (const logged of events) {
    const event = parseRoomEvent(logged);
    if (event.type === "bot:turns") {
      for (const stateId of event.states)
        room.botTurns.add(`${event.round}:${event.phase}:${stateId}`);
    } else if (event.type === "engine:action") {
      const result = applyAction(room.state, event.action);
      if (!result.ok)
        throw new Error(`event ${logged.seq} no longer applies: ${result.error.message}`);
      const botAction = botActionOf(room.state, event.action, logged.actor);
      if (botAction) room.botActions.push(botAction);
      room.state = result.state;
    } else if (event.type === "chat:group") {
      room.groups.set(event.channel, { name: event.name, members: event.members });
    } else if (event.type === "settings:changed") {
      room.settings = { ...room.settings, ...event.settings };
    } else if (event.type === "dropout:stand-in") {
      room.standIns.add(event.stateId);
    } else if (event.type === "dropout:returned") {
      room.standIns.delete(event.stateId);
    }
    if ("timing" in event && event.timing) room.timing = event.timing;
    room.seq = logged.seq;
    if (visit?.(logged, event, room) === false) break;
  }
  return room;
}
