// Over 300 lines on purpose: the whole wire contract (every payload schema, ack and view
// type) in one file, so a client author reads one place (see the package README).
import type { GameView, Scenario, StateActionInput } from "@threatscape/engine";
import type { Operation } from "fast-json-patch";
import { z } from "zod";
import { JOIN_CODE_ALPHABET } from "./join-code.ts";

export const StateId = z.string().regex(/^[A-Z][A-Z0-9]{1,5}$/, "a state id such as JPN or GMY");
export type StateId = z.infer<typeof StateId>;

export { JOIN_CODE_ALPHABET };
export const JoinCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(
    new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`),
    "six letters and digits, as shown on the screen",
  );
export type JoinCode = z.infer<typeof JoinCode>;

// Invisible and direction-changing characters: controls (Cc), format characters (Cf: zero-
// width spaces and joiners, bidi marks, embeddings, overrides and isolates, the BOM, soft
// hyphen, tags) and the other default-ignorable code points (variation selectors, fillers).
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/**
 * A name as every screen shows it: NFC-normalised, invisible and bidi-control characters
 * removed, runs of spaces collapsed, trimmed. Still isolate it when displaying (`<bdi>`):
 * a name in a right-to-left script is legitimate and must not reorder the text around it.
 */
export function normaliseDisplayName(raw: string): string {
  return raw.normalize("NFC").replace(INVISIBLE, "").replace(/\s+/gu, " ").trim();
}

export const DisplayName = z
  .string()
  .max(200, "at most 40 characters")
  .transform(normaliseDisplayName)
  .pipe(
    z
      .string()
      .min(1, "enter a name with at least one visible letter")
      .max(40, "at most 40 characters"),
  );
/** A session title, cleaned as names are (it heads every student's screen, next to the PIN). */
export const SessionTitle = z
  .string()
  .max(500, "at most 120 characters")
  .transform(normaliseDisplayName)
  .pipe(
    z
      .string()
      .min(1, "enter a title with at least one visible letter")
      .max(120, "at most 120 characters"),
  );
const Secret = z.string().min(16).max(200);

// ---------- acknowledgements ----------

export const AckError = z.object({
  code: z.string(),
  message: z.string(),
  /** For RULE_VIOLATION: the engine's own code (WRONG_PHASE, NOT_A_PARTY, ...). */
  reason: z.string().optional(),
  /** For BAD_REQUEST: each bad field's path and why. */
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type AckError = z.infer<typeof AckError>;

export type Ack<T> = { ok: true; data: T } | { ok: false; error: AckError };
export type AckCallback<T> = (response: Ack<T>) => void;

// ---------- client to server ----------
// Every request is a strict object: a field the server does not take is refused with
// BAD_REQUEST naming it, never silently dropped (a typo'd optional field would be).

export const JoinSession = z.strictObject({
  joinCode: JoinCode,
  displayName: DisplayName,
  /** Optional: the state to sit at straight away (any seat may hold a team). */
  stateId: StateId.optional(),
});
export type JoinSession = z.infer<typeof JoinSession>;

export const ResumeSession = z.strictObject({ rejoinToken: Secret });
export type ResumeSession = z.infer<typeof ResumeSession>;

/**
 * Seat PINs: ten characters of the join-code alphabet (31^10, about 8e14: unguessable, so a
 * right PIN is never refused however many wrong ones were tried), shown to the student once
 * seated as two groups of five; spaces and dashes are ignored, case too.
 */
export const SEAT_PIN_LENGTH = 10;
export const SeatPin = z
  .string()
  .max(40)
  .transform((pin) => pin.replace(/[\s-]/g, "").toUpperCase())
  .pipe(
    z
      .string()
      .regex(
        new RegExp(`^[${JOIN_CODE_ALPHABET}]{${SEAT_PIN_LENGTH}}$`),
        "the ten-character seat PIN you were shown",
      ),
  );
export type SeatPin = z.infer<typeof SeatPin>;

/**
 * Back to one's own seat from another browser or device: the same participant record moves
 * here (a new rejoin token; the old one and the old connections are closed).
 */
export const ReclaimSeat = z.strictObject({ joinCode: JoinCode, seatPin: SeatPin });
export type ReclaimSeat = z.infer<typeof ReclaimSeat>;

export const AttachInstructor = z.strictObject({
  gameId: z.string().min(1).max(64),
  instructorSecret: Secret,
});
export type AttachInstructor = z.infer<typeof AttachInstructor>;

export const WatchSession = z.strictObject({ joinCode: JoinCode });
export type WatchSession = z.infer<typeof WatchSession>;

export const PickState = z.strictObject({ stateId: StateId.nullable() });
export type PickState = z.infer<typeof PickState>;

/**
 * A state's action. `action` is an engine action without `actor` (the server fills in the
 * sender's state, so nobody can act for another) and without `at` (the server's clock).
 * Its shape is checked by the engine's own schema; see packages/engine `Action`.
 */
export const GameAct = z.strictObject({
  action: z
    .object({ type: z.string().min(1).max(40) })
    .passthrough()
    .refine((action) => !("actor" in action), {
      message: "do not send actor: it is your seat's state",
    })
    .refine((action) => !("at" in action), {
      message: "do not send at: the server sets the time",
    })
    .refine(
      (action) =>
        !Array.isArray(action.orders) ||
        action.orders.every(
          (order: unknown) =>
            typeof order !== "object" || order === null || !("actor" in order || "at" in order),
        ),
      { message: "orders carry no actor or at: the seat and the server set them" },
    )
    // The engine's Action schema checks the rest; this is the type a client may send.
    .pipe(z.custom<StateActionInput>()),
});
export type GameAct = z.infer<typeof GameAct>;

/** Ask for a full snapshot (after a gap in delta versions, or at any time). */
export const SyncRequest = z.strictObject({});
export type SyncRequest = z.infer<typeof SyncRequest>;

/** `public`, `dm:AAA:BBB` (the two state ids sorted) or `group:<id>`. */
export const ChannelId = z
  .string()
  .regex(
    /^(public|dm:[A-Z][A-Z0-9]{1,5}:[A-Z][A-Z0-9]{1,5}|group:[a-z0-9-]{1,40})$/,
    "public, dm:AAA:BBB or group:<id>",
  )
  // One name per pair: `dm:USA:KOR` would be a second channel nobody's client lists.
  .refine((channel) => {
    if (!channel.startsWith("dm:")) return true;
    const [, a, b] = channel.split(":");
    return a! < b!;
  }, "dm:AAA:BBB names two different states in alphabetical order (directChannel)");
export type ChannelId = z.infer<typeof ChannelId>;

export function directChannel(a: string, b: string): ChannelId {
  return `dm:${[a, b].sort().join(":")}`;
}

export const SendMessage = z.strictObject({
  channel: ChannelId,
  body: z.string().trim().min(1, "empty message").max(2000, "at most 2000 characters"),
});
export type SendMessage = z.infer<typeof SendMessage>;

export const CreateGroup = z.strictObject({
  name: z.string().trim().min(1).max(60),
  /** Other member states (the sender's state is added). */
  members: z.array(StateId).min(1).max(50),
});
export type CreateGroup = z.infer<typeof CreateGroup>;

export const DropoutPolicy = z.enum(["wait", "bot", "skip"]);
export type DropoutPolicy = z.infer<typeof DropoutPolicy>;

export const BotPolicyName = z.enum(["walt", "waltz", "random", "hawk"]);
export type BotPolicyName = z.infer<typeof BotPolicyName>;

const CodedEventInput = z.strictObject({
  actor: StateId,
  target: StateId,
  action: z.string().min(1).max(40),
  note: z.string().max(500).default(""),
});

export const LivePhase = z.enum(["lobby", "negotiation", "orders", "resolution", "news", "ended"]);
export type LivePhase = z.infer<typeof LivePhase>;

/**
 * The round and phase a timing command was issued against (from the sender's snapshot). A
 * command whose `against` no longer matches is refused with STALE, so two instructor tabs
 * pressing "End phase now" together advance one phase, not two.
 */
export const PhaseKey = z.strictObject({
  round: z.number().int().min(0).max(1000),
  phase: LivePhase,
});
export type PhaseKey = z.infer<typeof PhaseKey>;

export const InstructorCommand = z.discriminatedUnion("command", [
  /** Close the lobby and start round 1; empty playable seats get bots. */
  z.strictObject({ command: z.literal("start"), fillWithBots: BotPolicyName.default("walt") }),
  z.strictObject({ command: z.literal("pause"), against: PhaseKey }),
  z.strictObject({ command: z.literal("resume"), against: PhaseKey }),
  z.strictObject({
    command: z.literal("extend"),
    seconds: z.number().int().min(10).max(3600),
    against: PhaseKey,
  }),
  /** End the current phase now (negotiation -> orders -> resolution + news -> next round). */
  z.strictObject({ command: z.literal("advance"), against: PhaseKey }),
  z.strictObject({ command: z.literal("end"), against: PhaseKey }),
  z.strictObject({
    command: z.literal("assign"),
    participantId: z.string().min(1),
    stateId: StateId.nullable(),
  }),
  /**
   * Removes a student. `ban` (default true): the rejoin token and seat PIN die. Without it
   * the student is only unseated and disconnected. Under the "bot" policy a bot stands in.
   */
  z.strictObject({
    command: z.literal("kick"),
    participantId: z.string().min(1).max(64),
    ban: z.boolean().default(true),
  }),
  /** The student's seat PIN (ack `{ seatPin }`), for a student who lost it. */
  z.strictObject({ command: z.literal("seat-pin"), participantId: z.string().min(1).max(64) }),
  /** A bot plays the state (policy) or stops playing it (null). Flagged in every export. */
  z.strictObject({
    command: z.literal("set-bot"),
    stateId: StateId,
    policy: BotPolicyName.nullable(),
  }),
  z.strictObject({ command: z.literal("release-crisis"), crisisId: z.string().min(1).max(80) }),
  z.strictObject({
    command: z.literal("ad-hoc-crisis"),
    headline: z.string().trim().min(1).max(200),
    description: z.string().max(2000).default(""),
    events: z.array(CodedEventInput).max(50).default([]),
  }),
  /** Orders phase: remind the states whose orders are not in (a forum post naming them). */
  z.strictObject({ command: z.literal("remind") }),
  /** End the orders phase as soon as every playable state has submitted (or stop doing so). */
  z.strictObject({ command: z.literal("set-auto-advance"), enabled: z.boolean() }),
  z.strictObject({
    command: z.literal("set-dropout-policy"),
    policy: DropoutPolicy,
    graceSeconds: z.number().int().min(5).max(600).default(60),
  }),
]);
export type InstructorCommand = z.infer<typeof InstructorCommand>;
export type InstructorCommandInput = z.input<typeof InstructorCommand>;

// ---------- server to client ----------

export const ServerHello = z.object({
  server: z.literal("threatscape"),
  version: z.string(),
  /** Server clock (ms since epoch) so clients can correct round timers for skew. */
  serverTime: z.number().int(),
});
export type ServerHello = z.infer<typeof ServerHello>;

export const SessionRole = z.enum(["student", "instructor", "screen"]);
export type SessionRole = z.infer<typeof SessionRole>;

export const Joined = z.object({
  gameId: z.string(),
  participantId: z.string(),
  /** Keep it (local storage) to get the same seat back; it is shown only once. */
  rejoinToken: z.string(),
  stateId: StateId.nullable(),
  /** The name as stored: normalised, "(2)" added when someone in the game has it already. */
  displayName: z.string(),
  /** Show it to the student: with the join code it brings this seat to another device. */
  seatPin: z.string(),
});
export type Joined = z.infer<typeof Joined>;

export const GameStatus = z.enum(["lobby", "running", "paused", "finished"]);
export type GameStatus = z.infer<typeof GameStatus>;

export const PhaseTiming = z.object({
  status: GameStatus,
  round: z.number().int(),
  rounds: z.number().int(),
  phase: LivePhase,
  /** Server time (ms) at which the phase ends; null while paused, in the lobby or after the end. */
  deadline: z.number().nullable(),
  /** While paused: what was left. */
  remainingMs: z.number().nullable(),
  /** Length of the current phase, for progress bars. */
  phaseMs: z.number().nullable(),
  /** Why the game is paused (instructor, or a disconnected student under the "wait" policy). */
  pausedReason: z.string().nullable(),
});
export type PhaseTiming = z.infer<typeof PhaseTiming>;

export const LobbySeat = z.object({
  stateId: StateId,
  name: z.string(),
  playable: z.boolean(),
  participants: z.array(
    z.object({ id: z.string(), displayName: z.string(), connected: z.boolean() }),
  ),
  /** Bot policy while a bot plays the seat (a stand-in when humans also sit there). */
  bot: z.string().nullable(),
});
export type LobbySeat = z.infer<typeof LobbySeat>;

/**
 * One action a bot took for a state (an instructor's `set-bot` or a dropout stand-in), so the
 * state's students (and the instructor) see what was done in their name and by whom.
 */
export const BotActionRecord = z.object({
  round: z.number().int(),
  phase: z.string(),
  stateId: StateId,
  /** The bot's policy (`walt`, ...). */
  policy: z.string(),
  /** The engine action as the bot took it (the state's own action: orders included). */
  action: z.record(z.string(), z.unknown()),
});
export type BotActionRecord = z.infer<typeof BotActionRecord>;

export const Unseated = z.object({
  id: z.string(),
  displayName: z.string(),
  connected: z.boolean(),
});

/** The engine's view for one audience (viewFor), without the scenario (sent on its own). */
export type LiveView = Omit<GameView, "scenario">;
export type { StateActionInput, StateOrderInput } from "@threatscape/engine";

/** The scenario as the audience may see it (secret treaties and hidden data filtered). */
export type LiveScenario = Scenario;

export const GameSnapshot = z.object({
  gameId: z.string(),
  title: z.string(),
  joinCode: z.string(),
  /**
   * This audience's view version: grows by one each time what this audience sees changes
   * (never because of something it cannot see). Deltas go from one version to the next.
   */
  version: z.number().int(),
  /** Whose view this is: `instructor`, `screen`, `unseated` or `state:<id>`; versions are per audience. */
  audience: z.string(),
  /** Server clock (ms since epoch) when sent, so a client can correct its countdown. */
  serverTime: z.number(),
  you: z.object({
    role: SessionRole,
    participantId: z.string().nullable(),
    stateId: StateId.nullable(),
  }),
  timing: PhaseTiming,
  lobby: z.array(LobbySeat),
  unseated: z.array(Unseated),
  settings: z.object({
    dropoutPolicy: DropoutPolicy,
    dropoutGraceSeconds: z.number(),
    /** The orders phase ends once every playable state has submitted (absent: off). */
    advanceWhenAllIn: z.boolean().optional(),
  }),
  view: z.custom<LiveView>((value) => typeof value === "object" && value !== null),
  /**
   * What bots did in this audience's name: a state audience gets its own state's bot actions,
   * the instructor every state's, a screen or unseated student none (absent from old servers).
   */
  botActions: z.array(BotActionRecord).optional(),
});
export type GameSnapshot = z.infer<typeof GameSnapshot>;

/** The part of a snapshot that deltas patch (everything but the envelope's clock). */
export type SnapshotBody = Omit<GameSnapshot, "serverTime">;

/**
 * What changed in an audience's snapshot from version `from` to `to` (= from + 1), as an
 * RFC 6902 JSON Patch against the snapshot body. A client holding another version asks for
 * a full snapshot (`game:sync`).
 */
export type GameDelta = {
  gameId: string;
  audience: string;
  from: number;
  to: number;
  serverTime: number;
  patch: Operation[];
};

export const ChatMessage = z.object({
  id: z.string(),
  channel: ChannelId,
  fromStateId: StateId.nullable(),
  authorName: z.string(),
  body: z.string(),
  round: z.number().int(),
  sentAt: z.number(),
});
export type ChatMessage = z.infer<typeof ChatMessage>;

export const ChannelInfo = z.object({
  id: ChannelId,
  kind: z.enum(["public", "direct", "group"]),
  name: z.string(),
  members: z.array(StateId).nullable(),
});
export type ChannelInfo = z.infer<typeof ChannelInfo>;

export const ChatHistory = z.object({
  channels: z.array(ChannelInfo),
  messages: z.array(ChatMessage),
});
export type ChatHistory = z.infer<typeof ChatHistory>;

export const Dashboard = z.object({
  submitted: z.record(StateId, z.boolean()),
  connected: z.record(StateId, z.number().int()),
  bots: z.record(StateId, z.string()),
  messages: z.object({
    total: z.number().int(),
    byKind: z.object({
      public: z.number().int(),
      direct: z.number().int(),
      group: z.number().int(),
    }),
    byState: z.record(StateId, z.number().int()),
  }),
  /** Blocs in force (engine `gameBlocs`: defence ties and ententes naming a common adversary, split where adversaries meet), numbered by oldest pact. */
  blocs: z.array(
    z.object({
      number: z.number().int(),
      members: z.array(StateId),
      treatyIds: z.array(z.string()),
    }),
  ),
});
export type Dashboard = z.infer<typeof Dashboard>;

export const Kicked = z.object({
  reason: z.string(),
  /**
   * BANNED: removed for good (forget the rejoin token); UNSEATED: taken out of the seat,
   * may join again to watch; REPLACED: the seat was opened in another browser (do not
   * reconnect automatically, or the two will take it from each other).
   */
  code: z.enum(["BANNED", "UNSEATED", "REPLACED"]),
});
export type Kicked = z.infer<typeof Kicked>;

export const HealthStatus = z.object({
  status: z.enum(["ok", "degraded"]),
  version: z.string(),
  uptimeSeconds: z.number(),
  database: z.object({ provider: z.enum(["sqlite", "postgresql"]), reachable: z.boolean() }),
  connectedClients: z.number().int(),
  liveGames: z.number().int(),
  /** This process's name in the lease table (INSTANCE_ID, else host-pid): which one answered. */
  instance: z.string(),
});
export type HealthStatus = z.infer<typeof HealthStatus>;
