// The authority for one live game (boardgame.io's Master): every change goes through one
// queue per game and, in order, is validated, authorised, applied by the engine, appended
// to the event log in the database, and only then acknowledged and broadcast as each
// recipient's filtered view. Timers go through the same queue.
import {
  applyAction,
  botPolicies,
  createGame,
  isBotPolicy,
  viewFor,
  type GameState,
  type Viewer,
} from "@threatscape/engine";
import type {
  Database,
  GameRecord,
  GameStatus,
  LoggedEvent,
  MessageRecord,
  ParticipantRecord,
} from "@threatscape/db";
import {
  ErrorCode,
  ServerEvent,
  directChannel,
  type Ack,
  type AckError,
  type ChannelInfo,
  type ChatHistory,
  type ChatMessage,
  type Dashboard,
  type DropoutPolicy,
  type GameSnapshot,
  type InstructorCommand,
  type LobbySeat,
  type PhaseTiming,
} from "@threatscape/protocol";
import type { Logger } from "../logger.ts";
import type { SocketServer } from "../realtime/socket-server.ts";
import { hashToken, newId, newRejoinToken } from "../sessions/secrets.ts";
import { computeCoalitions } from "./coalitions.ts";

export interface RoomDeps {
  db: Database;
  io: SocketServer;
  logger: Logger;
  now: () => number;
}

export interface RoomSettings {
  dropoutPolicy: DropoutPolicy;
  dropoutGraceSeconds: number;
  /** Overrides of the scenario's phase lengths, in seconds. */
  phaseSeconds?: Partial<Record<"negotiation" | "orders" | "news", number>>;
}

const DEFAULT_SETTINGS: RoomSettings = { dropoutPolicy: "bot", dropoutGraceSeconds: 60 };
const STAND_IN_POLICY = "walt";

interface LiveParticipant {
  record: ParticipantRecord;
  stateId: string | null;
  connections: number;
  disconnectedAt: number | null;
}

interface GroupChannel {
  name: string;
  members: string[];
}

export type Caller = { role: "student"; participantId: string } | { role: "instructor" };

export const rooms = {
  game: (gameId: string) => `game:${gameId}`,
  state: (gameId: string, stateId: string) => `game:${gameId}:state:${stateId}`,
  unseated: (gameId: string) => `game:${gameId}:unseated`,
  instructor: (gameId: string) => `game:${gameId}:instructor`,
  screen: (gameId: string) => `game:${gameId}:screen`,
  participant: (participantId: string) => `participant:${participantId}`,
};

export const seatId = (gameId: string, stateId: string) => `seat_${gameId}_${stateId}`;

function failure(code: string, message: string, issues?: AckError["issues"]): Ack<never> {
  return { ok: false, error: issues ? { code, message, issues } : { code, message } };
}

export class GameRoom {
  private state: GameState;
  private seq: number;
  private status: GameStatus;
  private deadline: number | null;
  private remainingMs: number | null;
  private phaseMs: number | null = null;
  private pausedReason: string | null = null;
  private settings: RoomSettings;
  private readonly participants = new Map<string, LiveParticipant>();
  private readonly groups = new Map<string, GroupChannel>();
  /** States whose bot stands in for disconnected students (removed when one returns). */
  private readonly standIns = new Set<string>();
  private readonly messageStats = {
    total: 0,
    byKind: { public: 0, direct: 0, group: 0 },
    byState: {} as Record<string, number>,
  };
  private queue: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private broadcastPending = false;
  private closed = false;

  private constructor(
    private readonly deps: RoomDeps,
    readonly record: GameRecord,
    state: GameState,
    seq: number,
  ) {
    this.state = state;
    this.seq = seq;
    this.status = record.status;
    this.deadline = record.phaseDeadline?.getTime() ?? null;
    this.remainingMs = record.pausedRemainingMs;
    this.settings = { ...DEFAULT_SETTINGS, ...(record.settings as Partial<RoomSettings>) };
  }

  get id(): string {
    return this.record.id;
  }

  get isFinished(): boolean {
    return this.status === "finished";
  }

  /** Rebuilds a room from the database: the engine state is the fold of the logged actions. */
  static async load(deps: RoomDeps, record: GameRecord): Promise<GameRoom> {
    const created = createGame(record.scenario, { seed: record.seed });
    if (!created.ok)
      throw new Error(
        `game ${record.id}: stored scenario no longer valid: ${created.error.message}`,
      );
    const events = await deps.db.events.list(record.id);
    const room = new GameRoom(deps, record, created.state, 0);
    for (const event of events) room.foldLogged(event);
    room.seq = events.at(-1)?.seq ?? 0;
    for (const participant of await deps.db.participants.listForGame(record.id)) {
      if (participant.kicked || participant.role !== "student") continue;
      room.participants.set(participant.id, {
        record: participant,
        stateId: participant.seatId ? room.stateOfSeat(participant.seatId) : null,
        connections: 0,
        // Everyone is away until they reconnect; the grace period starts at the restart.
        disconnectedAt: deps.now(),
      });
    }
    for (const message of await deps.db.messages.listForGame(record.id)) room.countMessage(message);
    return room;
  }

  private foldLogged(event: LoggedEvent): void {
    const payload = event.payload as Record<string, unknown>;
    switch (event.type) {
      case "engine:action": {
        const result = applyAction(this.state, payload.action);
        if (!result.ok)
          throw new Error(
            `game ${this.id} event ${event.seq} no longer applies: ${result.error.message}`,
          );
        this.state = result.state;
        break;
      }
      case "chat:group":
        this.groups.set(String(payload.channel), {
          name: String(payload.name),
          members: payload.members as string[],
        });
        break;
      case "settings:changed":
        this.settings = { ...this.settings, ...(payload.settings as Partial<RoomSettings>) };
        break;
      case "dropout:stand-in":
        this.standIns.add(String(payload.stateId));
        break;
      case "dropout:returned":
        this.standIns.delete(String(payload.stateId));
        break;
      case "game:paused":
        this.pausedReason = (payload.reason as string | undefined) ?? "paused by the instructor";
        break;
      case "game:resumed":
        this.pausedReason = null;
        break;
      default:
        break;
    }
  }

  private stateOfSeat(id: string): string | null {
    return this.record.seats.find((seat) => seat.id === id)?.stateId ?? null;
  }

  /** Runs `task` after everything queued before it: one writer per game, timers included. */
  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  // ---------- persistence ----------

  private async log(type: string, actor: string, payload: unknown): Promise<number> {
    const seq = this.seq + 1;
    await this.deps.db.events.append({ gameId: this.id, seq, type, actor, payload });
    this.seq = seq;
    return seq;
  }

  private async persistTiming(): Promise<void> {
    await this.deps.db.games.updateTiming(this.id, {
      status: this.status,
      phaseDeadline: this.deadline === null ? null : new Date(this.deadline),
      pausedRemainingMs: this.remainingMs,
    });
  }

  /** Applies an engine action; logs it first; the state changes only once it is stored. */
  private async applyEngineAction(
    action: unknown,
    actorLabel: string,
  ): Promise<Ack<{ seq: number }>> {
    const result = applyAction(this.state, action);
    if (!result.ok) {
      return {
        ok: false,
        error: {
          code: ErrorCode.ruleViolation,
          reason: result.error.code,
          message: result.error.message,
        },
      };
    }
    const before = { round: this.state.round, phase: this.state.phase };
    const seq = await this.log("engine:action", actorLabel, { action });
    this.state = result.state;
    if (before.round !== this.state.round || before.phase !== this.state.phase)
      await this.onPhaseEntered();
    this.scheduleBroadcast();
    return { ok: true, data: { seq } };
  }

  // ---------- phases, timers, bots ----------

  private phaseLengthMs(): number | null {
    const phase = this.state.phase;
    if (phase !== "negotiation" && phase !== "orders" && phase !== "news") return null;
    const seconds =
      this.settings.phaseSeconds?.[phase] ?? this.state.scenario.rules.phaseSeconds[phase];
    return Math.max(1, seconds) * 1000;
  }

  private async onPhaseEntered(): Promise<void> {
    if (this.state.phase === "ended") {
      this.status = "finished";
      this.deadline = null;
      this.remainingMs = null;
      this.clearTimer();
      await this.log("game:finished", "system", { round: this.state.round });
      await this.persistTiming();
      return;
    }
    this.phaseMs = this.phaseLengthMs();
    if (this.status === "running" && this.phaseMs !== null) {
      this.deadline = this.deps.now() + this.phaseMs;
      this.remainingMs = null;
    } else if (this.status === "paused" && this.phaseMs !== null) {
      this.remainingMs = this.phaseMs;
    }
    await this.persistTiming();
    this.armTimer();
    if (this.state.phase === "negotiation" || this.state.phase === "orders") await this.runBots();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private armTimer(): void {
    this.clearTimer();
    if (this.closed || this.status !== "running" || this.deadline === null) return;
    const delay = Math.max(0, this.deadline - this.deps.now());
    this.timer = setTimeout(() => {
      void this.enqueue(() => this.onDeadline()).catch((error: unknown) =>
        this.deps.logger.error({ err: error, gameId: this.id }, "phase deadline failed"),
      );
    }, delay);
    this.timer.unref();
  }

  /** At the deadline (or when the instructor advances): missing orders count as no change. */
  private async onDeadline(force = false): Promise<void> {
    if (this.status !== "running") return;
    if (!force && (this.deadline === null || this.deadline > this.deps.now()))
      return this.armTimer();
    // Bots answer proposals made since they last acted before the phase closes.
    if (this.state.phase === "negotiation") await this.runBots();
    await this.applyEngineAction(
      { type: "advance-phase", actor: "instructor" },
      force ? "instructor" : "timer",
    );
  }

  /** Every bot acts once on its own view; rejected bot actions are dropped (logged at debug). */
  private async runBots(): Promise<void> {
    const seed = `${this.record.seed}`;
    for (const stateId of Object.keys(this.state.bots).sort()) {
      const policyName = this.state.bots[stateId];
      if (!policyName || !isBotPolicy(policyName)) continue;
      const actions = botPolicies[policyName](viewFor(this.state, { kind: "state", stateId }), {
        seed,
      });
      for (const action of actions) {
        const result = await this.applyEngineAction(action, `bot:${policyName}`);
        if (!result.ok)
          this.deps.logger.debug(
            { gameId: this.id, stateId, error: result.error },
            "bot action refused",
          );
      }
    }
  }

  /** After a restart: advance phases whose deadline passed while the server was down. */
  resumeAfterRestart(): Promise<void> {
    return this.enqueue(async () => {
      this.phaseMs = this.phaseLengthMs();
      if (this.status === "running" && this.deadline !== null && this.deadline <= this.deps.now()) {
        await this.onDeadline();
      } else {
        this.armTimer();
      }
      this.scheduleBroadcast();
    });
  }

  // ---------- students ----------

  join(
    displayName: string,
    stateId: string | undefined,
  ): Promise<Ack<{ participant: ParticipantRecord; token: string; stateId: string | null }>> {
    return this.enqueue(async () => {
      if (this.status === "finished") return failure(ErrorCode.conflict, "this session has ended");
      if (stateId !== undefined && !this.isPlayable(stateId)) {
        return failure(ErrorCode.notFound, `${stateId} is not a playable state in this scenario`);
      }
      const token = newRejoinToken();
      const participant = await this.deps.db.participants.create({
        id: newId("p"),
        gameId: this.id,
        displayName,
        rejoinHash: hashToken(token),
        role: "student",
        seatId: stateId ? seatId(this.id, stateId) : null,
      });
      this.participants.set(participant.id, {
        record: participant,
        stateId: stateId ?? null,
        connections: 0,
        disconnectedAt: null,
      });
      await this.log("lobby:joined", participant.id, {
        participantId: participant.id,
        displayName,
        stateId: stateId ?? null,
      });
      if (stateId) await this.humanTakesSeat(stateId);
      this.scheduleBroadcast();
      return { ok: true, data: { participant, token, stateId: stateId ?? null } };
    });
  }

  participant(participantId: string): LiveParticipant | undefined {
    return this.participants.get(participantId);
  }

  private isPlayable(stateId: string): boolean {
    return this.state.scenario.states.some((state) => state.id === stateId && state.playable);
  }

  /** A student sitting down at a state a bot was filling takes over from the bot. */
  private async humanTakesSeat(stateId: string): Promise<void> {
    if (this.status === "lobby" || !this.state.bots[stateId]) return;
    this.standIns.delete(stateId);
    await this.applyEngineAction(
      { type: "set-bot", actor: "instructor", stateId, policy: null },
      "system",
    );
  }

  pickState(
    participantId: string,
    stateId: string | null,
  ): Promise<Ack<{ stateId: string | null }>> {
    return this.enqueue(async () => {
      const participant = this.participants.get(participantId);
      if (!participant) return failure(ErrorCode.unauthorised, "you are not in this session");
      if (this.status === "finished") return failure(ErrorCode.conflict, "this session has ended");
      if (this.status !== "lobby" && participant.stateId !== null) {
        return failure(
          ErrorCode.conflict,
          "seats are fixed once the game starts: ask the instructor to move you",
        );
      }
      return this.seat(participant, stateId, participantId);
    });
  }

  private async seat(
    participant: LiveParticipant,
    stateId: string | null,
    actor: string,
  ): Promise<Ack<{ stateId: string | null }>> {
    if (stateId !== null && !this.isPlayable(stateId)) {
      return failure(ErrorCode.notFound, `${stateId} is not a playable state in this scenario`);
    }
    const previous = participant.stateId;
    participant.record = await this.deps.db.participants.update(participant.record.id, {
      seatId: stateId ? seatId(this.id, stateId) : null,
    });
    participant.stateId = stateId;
    await this.log("lobby:seat", actor, {
      participantId: participant.record.id,
      from: previous,
      to: stateId,
    });
    this.moveSockets(participant.record.id, previous, stateId);
    if (stateId) await this.humanTakesSeat(stateId);
    this.scheduleBroadcast();
    return { ok: true, data: { stateId } };
  }

  private moveSockets(participantId: string, from: string | null, to: string | null): void {
    const sockets = this.deps.io.in(rooms.participant(participantId));
    sockets.socketsLeave(from ? rooms.state(this.id, from) : rooms.unseated(this.id));
    sockets.socketsJoin(to ? rooms.state(this.id, to) : rooms.unseated(this.id));
    // What they may read changed with the seat: the scenario (hidden data is per state)
    // and the channels.
    this.deps.io
      .to(rooms.participant(participantId))
      .emit(ServerEvent.scenario, this.scenarioFor("student", to));
    void this.sendChatHistoryTo(participantId);
  }

  act(participantId: string, action: Record<string, unknown>): Promise<Ack<{ seq: number }>> {
    return this.enqueue(async () => {
      const participant = this.participants.get(participantId);
      if (!participant) return failure(ErrorCode.unauthorised, "you are not in this session");
      if (!participant.stateId)
        return failure(ErrorCode.unauthorised, "pick a state before acting");
      if (this.status === "lobby")
        return failure(ErrorCode.conflict, "the game has not started yet");
      if (this.status === "paused") return failure(ErrorCode.conflict, "the game is paused");
      if (this.status === "finished") return failure(ErrorCode.conflict, "the game is over");
      if (
        ["advance-phase", "resolve-round", "release-crisis", "ad-hoc-crisis", "set-bot"].includes(
          String(action.type),
        )
      ) {
        return failure(ErrorCode.unauthorised, "only the instructor can do that");
      }
      // The seat decides the actor (of the action and of each order in it), so nobody can
      // act for another state.
      const actor = participant.stateId;
      const orders = Array.isArray(action.orders)
        ? action.orders.map((order: unknown) =>
            order && typeof order === "object" ? { ...order, actor } : order,
          )
        : undefined;
      const result = await this.applyEngineAction(
        { ...action, actor, ...(orders ? { orders } : {}) },
        participantId,
      );
      if (result.ok && (action.type === "propose-treaty" || action.type === "amend-treaty")) {
        // Bots answer proposals addressed to them straight away.
        const terms = action.terms as { members?: unknown } | undefined;
        const members = Array.isArray(terms?.members) ? (terms.members as string[]) : [];
        if (members.some((member) => this.state.bots[member])) await this.runBots();
      }
      return result;
    });
  }

  // ---------- connections and dropouts ----------

  onConnect(participantId: string): void {
    void this.enqueue(async () => {
      const participant = this.participants.get(participantId);
      if (!participant) return;
      participant.connections += 1;
      participant.disconnectedAt = null;
      const stateId = participant.stateId;
      if (stateId && this.standIns.has(stateId) && this.state.bots[stateId]) {
        this.standIns.delete(stateId);
        await this.log("dropout:returned", participantId, { stateId });
        await this.applyEngineAction(
          { type: "set-bot", actor: "instructor", stateId, policy: null },
          "system",
        );
      }
      if (
        this.status === "paused" &&
        this.pausedReason?.startsWith("waiting for") &&
        this.absentSeats().length === 0
      ) {
        await this.resume("system");
      }
      this.scheduleBroadcast();
    });
  }

  onDisconnect(participantId: string): void {
    void this.enqueue(async () => {
      const participant = this.participants.get(participantId);
      if (!participant) return;
      participant.connections = Math.max(0, participant.connections - 1);
      if (participant.connections === 0) participant.disconnectedAt = this.deps.now();
      this.scheduleBroadcast();
    });
  }

  /** Seats with students but none of them connected for longer than the grace period. */
  private absentSeats(): string[] {
    const now = this.deps.now();
    const graceMs = this.settings.dropoutGraceSeconds * 1000;
    const bySeat = new Map<string, LiveParticipant[]>();
    for (const participant of this.participants.values()) {
      if (!participant.stateId) continue;
      bySeat.set(participant.stateId, [...(bySeat.get(participant.stateId) ?? []), participant]);
    }
    return [...bySeat.entries()]
      .filter(([, seated]) =>
        seated.every(
          (p) =>
            p.connections === 0 && p.disconnectedAt !== null && now - p.disconnectedAt >= graceMs,
        ),
      )
      .map(([stateId]) => stateId)
      .sort();
  }

  /** Called every few seconds by the registry: applies the session's dropout policy. */
  checkDropouts(): Promise<void> {
    return this.enqueue(async () => {
      if (this.status !== "running") return;
      const absent = this.absentSeats();
      if (absent.length === 0 || this.settings.dropoutPolicy === "skip") return;
      if (this.settings.dropoutPolicy === "wait") {
        await this.pause(`waiting for ${absent.join(", ")} to reconnect`, "system");
        return;
      }
      for (const stateId of absent) {
        if (this.state.bots[stateId]) continue;
        this.standIns.add(stateId);
        await this.log("dropout:stand-in", "system", { stateId, policy: STAND_IN_POLICY });
        await this.applyEngineAction(
          { type: "set-bot", actor: "instructor", stateId, policy: STAND_IN_POLICY },
          "system",
        );
      }
      await this.runBots();
    });
  }

  // ---------- instructor ----------

  command(command: InstructorCommand): Promise<Ack<{ seq: number }>> {
    return this.enqueue(async () => {
      const done = (): Ack<{ seq: number }> => ({ ok: true, data: { seq: this.seq } });
      switch (command.command) {
        case "start": {
          if (this.status !== "lobby")
            return failure(ErrorCode.conflict, "the game has already started");
          const seated = new Set(
            [...this.participants.values()].map((p) => p.stateId).filter(Boolean),
          );
          for (const state of this.state.scenario.states) {
            if (!state.playable || seated.has(state.id) || this.state.bots[state.id]) continue;
            const filled = await this.applyEngineAction(
              {
                type: "set-bot",
                actor: "instructor",
                stateId: state.id,
                policy: command.fillWithBots,
              },
              "instructor",
            );
            if (!filled.ok) return filled;
          }
          this.status = "running";
          await this.log("game:started", "instructor", { round: this.state.round });
          await this.onPhaseEntered();
          this.scheduleBroadcast();
          return done();
        }
        case "pause":
          if (this.status !== "running")
            return failure(ErrorCode.conflict, "the game is not running");
          await this.pause("paused by the instructor", "instructor");
          return done();
        case "resume":
          if (this.status !== "paused")
            return failure(ErrorCode.conflict, "the game is not paused");
          await this.resume("instructor");
          return done();
        case "extend": {
          if (this.status === "running" && this.deadline !== null)
            this.deadline += command.seconds * 1000;
          else if (this.status === "paused" && this.remainingMs !== null)
            this.remainingMs += command.seconds * 1000;
          else return failure(ErrorCode.conflict, "no phase timer is running");
          if (this.phaseMs !== null) this.phaseMs += command.seconds * 1000;
          await this.log("game:extended", "instructor", {
            seconds: command.seconds,
            deadline: this.deadline,
          });
          await this.persistTiming();
          this.armTimer();
          this.scheduleBroadcast();
          return done();
        }
        case "advance":
          if (this.status !== "running")
            return failure(ErrorCode.conflict, "start or resume the game first");
          await this.onDeadline(true);
          return done();
        case "end":
          if (this.status === "finished")
            return failure(ErrorCode.conflict, "the game is already over");
          this.status = "finished";
          this.deadline = null;
          this.remainingMs = null;
          this.clearTimer();
          await this.log("game:ended", "instructor", {
            round: this.state.round,
            phase: this.state.phase,
          });
          await this.persistTiming();
          this.scheduleBroadcast();
          return done();
        case "assign": {
          const participant = this.participants.get(command.participantId);
          if (!participant) return failure(ErrorCode.notFound, "no such participant");
          const seated = await this.seat(participant, command.stateId, "instructor");
          return seated.ok ? done() : seated;
        }
        case "kick": {
          const participant = this.participants.get(command.participantId);
          if (!participant) return failure(ErrorCode.notFound, "no such participant");
          await this.deps.db.participants.update(participant.record.id, {
            kicked: true,
            seatId: null,
          });
          this.participants.delete(participant.record.id);
          await this.log("lobby:kicked", "instructor", {
            participantId: participant.record.id,
            stateId: participant.stateId,
          });
          const sockets = this.deps.io.in(rooms.participant(participant.record.id));
          sockets.emit(ServerEvent.kicked, {
            reason: "The instructor removed you from this session.",
          });
          sockets.disconnectSockets(true);
          this.scheduleBroadcast();
          return done();
        }
        case "set-bot": {
          if (command.policy === null) this.standIns.delete(command.stateId);
          const result = await this.applyEngineAction(
            {
              type: "set-bot",
              actor: "instructor",
              stateId: command.stateId,
              policy: command.policy,
            },
            "instructor",
          );
          if (result.ok && command.policy && this.status === "running") await this.runBots();
          return result;
        }
        case "release-crisis":
          return this.applyEngineAction(
            { type: "release-crisis", actor: "instructor", crisisId: command.crisisId },
            "instructor",
          );
        case "ad-hoc-crisis":
          return this.applyEngineAction(
            {
              type: "ad-hoc-crisis",
              actor: "instructor",
              headline: command.headline,
              description: command.description,
              events: command.events,
            },
            "instructor",
          );
        case "set-dropout-policy": {
          const settings = {
            dropoutPolicy: command.policy,
            dropoutGraceSeconds: command.graceSeconds,
          };
          this.settings = { ...this.settings, ...settings };
          await this.log("settings:changed", "instructor", { settings });
          this.scheduleBroadcast();
          return done();
        }
      }
    });
  }

  private async pause(reason: string, actor: string): Promise<void> {
    this.remainingMs = this.deadline === null ? null : Math.max(0, this.deadline - this.deps.now());
    this.deadline = null;
    this.status = "paused";
    this.pausedReason = reason;
    this.clearTimer();
    await this.log("game:paused", actor, { reason, remainingMs: this.remainingMs });
    await this.persistTiming();
    this.scheduleBroadcast();
  }

  private async resume(actor: string): Promise<void> {
    this.deadline = this.remainingMs === null ? null : this.deps.now() + this.remainingMs;
    this.remainingMs = null;
    this.status = "running";
    this.pausedReason = null;
    await this.log("game:resumed", actor, { deadline: this.deadline });
    await this.persistTiming();
    this.armTimer();
    this.scheduleBroadcast();
  }

  // ---------- negotiation channels ----------

  private channelsFor(stateId: string | null, instructor: boolean): ChannelInfo[] {
    const states = this.state.scenario.states;
    const channels: ChannelInfo[] = [
      { id: "public", kind: "public", name: "Public forum", members: null },
    ];
    for (const other of states) {
      if (instructor || stateId === null || other.id === stateId) continue;
      channels.push({
        id: directChannel(stateId, other.id),
        kind: "direct",
        name: other.name,
        members: [stateId, other.id].sort(),
      });
    }
    for (const [id, group] of this.groups) {
      if (instructor || (stateId && group.members.includes(stateId))) {
        channels.push({
          id: id as ChannelInfo["id"],
          kind: "group",
          name: group.name,
          members: group.members,
        });
      }
    }
    return channels;
  }

  private canRead(channel: string, stateId: string | null, instructor: boolean): boolean {
    if (instructor || channel === "public") return true;
    if (!stateId) return false;
    if (channel.startsWith("dm:")) return channel.split(":").slice(1).includes(stateId);
    return this.groups.get(channel)?.members.includes(stateId) ?? false;
  }

  private toChatMessage(message: MessageRecord): ChatMessage {
    const authorName =
      message.authorId === "instructor"
        ? "Instructor"
        : (this.participants.get(message.authorId)?.record.displayName ?? "a former participant");
    return {
      id: message.id,
      channel: message.channel as ChatMessage["channel"],
      fromStateId: message.fromStateId,
      authorName,
      body: message.body,
      round: message.round,
      sentAt: message.createdAt.getTime(),
    };
  }

  async chatHistory(stateId: string | null, instructor: boolean): Promise<ChatHistory> {
    const channels = this.channelsFor(stateId, instructor);
    const messages = instructor
      ? await this.deps.db.messages.listForGame(this.id)
      : (await this.deps.db.messages.listForGame(this.id)).filter((m) =>
          this.canRead(m.channel, stateId, false),
        );
    return { channels, messages: messages.map((m) => this.toChatMessage(m)) };
  }

  private async sendChatHistoryTo(participantId: string): Promise<void> {
    const participant = this.participants.get(participantId);
    if (!participant) return;
    const history = await this.chatHistory(participant.stateId, false);
    this.deps.io.to(rooms.participant(participantId)).emit(ServerEvent.chatHistory, history);
  }

  sendMessage(caller: Caller, channel: string, body: string): Promise<Ack<{ messageId: string }>> {
    return this.enqueue(async () => {
      const instructor = caller.role === "instructor";
      const participant =
        caller.role === "student" ? this.participants.get(caller.participantId) : undefined;
      if (!instructor && !participant)
        return failure(ErrorCode.unauthorised, "you are not in this session");
      const stateId = participant?.stateId ?? null;
      if (!instructor && !stateId)
        return failure(ErrorCode.unauthorised, "pick a state before negotiating");
      if (channel.startsWith("dm:")) {
        const [a, b] = channel.split(":").slice(1);
        if (
          a === b ||
          !this.state.scenario.states.some((s) => s.id === a) ||
          !this.state.scenario.states.some((s) => s.id === b)
        ) {
          return failure(ErrorCode.notFound, "no such channel");
        }
      } else if (channel !== "public" && !this.groups.has(channel)) {
        return failure(ErrorCode.notFound, "no such channel");
      }
      if (!this.canRead(channel, stateId, instructor) || (instructor && channel !== "public")) {
        return failure(ErrorCode.unauthorised, "you are not a member of this channel");
      }
      const record = await this.deps.db.messages.create({
        id: newId("m"),
        gameId: this.id,
        channel,
        fromStateId: stateId,
        authorId: instructor ? "instructor" : caller.participantId,
        body,
        round: this.state.round,
      });
      this.countMessage(record);
      const message = this.toChatMessage(record);
      this.deliver(message);
      this.scheduleBroadcast();
      return { ok: true, data: { messageId: record.id } };
    });
  }

  private deliver(message: ChatMessage): void {
    const io = this.deps.io;
    if (message.channel === "public") {
      io.to(rooms.game(this.id)).emit(ServerEvent.message, message);
      return;
    }
    const members = message.channel.startsWith("dm:")
      ? message.channel.split(":").slice(1)
      : (this.groups.get(message.channel)?.members ?? []);
    io.to([rooms.instructor(this.id), ...members.map((m) => rooms.state(this.id, m))]).emit(
      ServerEvent.message,
      message,
    );
  }

  private countMessage(message: MessageRecord): void {
    const kind =
      message.channel === "public"
        ? "public"
        : message.channel.startsWith("dm:")
          ? "direct"
          : "group";
    this.messageStats.total += 1;
    this.messageStats.byKind[kind] += 1;
    if (message.fromStateId) {
      this.messageStats.byState[message.fromStateId] =
        (this.messageStats.byState[message.fromStateId] ?? 0) + 1;
    }
  }

  createGroup(
    participantId: string,
    name: string,
    members: string[],
  ): Promise<Ack<{ channel: string }>> {
    return this.enqueue(async () => {
      const participant = this.participants.get(participantId);
      if (!participant?.stateId)
        return failure(ErrorCode.unauthorised, "pick a state before opening a channel");
      const known = new Set(this.state.scenario.states.map((s) => s.id));
      const unknown = members.filter((m) => !known.has(m));
      if (unknown.length)
        return failure(ErrorCode.notFound, `unknown states: ${unknown.join(", ")}`);
      const allMembers = [...new Set([participant.stateId, ...members])].sort();
      if (allMembers.length < 2)
        return failure(ErrorCode.badRequest, "a group needs at least one other state");
      const channel = `group:${newId("g").slice(2).toLowerCase()}`;
      this.groups.set(channel, { name, members: allMembers });
      await this.log("chat:group", participantId, { channel, name, members: allMembers });
      for (const p of this.participants.values()) {
        if (p.stateId && allMembers.includes(p.stateId)) await this.sendChatHistoryTo(p.record.id);
      }
      this.deps.io
        .to(rooms.instructor(this.id))
        .emit(ServerEvent.chatHistory, await this.chatHistory(null, true));
      return { ok: true, data: { channel } };
    });
  }

  // ---------- views ----------

  private timing(): PhaseTiming {
    return {
      status: this.status,
      round: this.state.round,
      rounds: this.state.scenario.rules.rounds,
      phase: this.status === "lobby" ? "lobby" : this.state.phase,
      deadline: this.status === "running" ? this.deadline : null,
      remainingMs: this.status === "paused" ? this.remainingMs : null,
      phaseMs: this.phaseMs ?? this.phaseLengthMs(),
      serverTime: this.deps.now(),
      pausedReason: this.status === "paused" ? this.pausedReason : null,
    };
  }

  private lobby(): { seats: LobbySeat[]; unseated: GameSnapshot["unseated"] } {
    const seats = this.state.scenario.states.map((state) => ({
      stateId: state.id,
      name: state.name,
      playable: state.playable,
      participants: [...this.participants.values()]
        .filter((p) => p.stateId === state.id)
        .map((p) => ({
          id: p.record.id,
          displayName: p.record.displayName,
          connected: p.connections > 0,
        })),
      bot: this.state.bots[state.id] ?? null,
    }));
    const unseated = [...this.participants.values()]
      .filter((p) => p.stateId === null)
      .map((p) => ({
        id: p.record.id,
        displayName: p.record.displayName,
        connected: p.connections > 0,
      }));
    return { seats, unseated };
  }

  /**
   * What anyone in the room may see (projector screens, students not yet seated): public
   * treaties, public news and the public figures; nothing negotiated in private.
   */
  private publicView(): Record<string, unknown> {
    const state = this.state;
    const publicStates = Object.fromEntries(
      Object.entries(state.states).map(([id, s]) => [
        id,
        { gdp: s.gdp, burden: s.burden, mob: s.mob, forces: s.forces },
      ]),
    );
    return {
      round: state.round,
      phase: state.phase,
      states: publicStates,
      treaties: Object.fromEntries(
        Object.entries(state.treaties).filter(([, treaty]) => !treaty.secret),
      ),
      news: state.news.filter((item) => item.visibleTo === null),
      crisesReleased: state.crisesReleased,
      sanctions: state.sanctions,
      wars: state.wars,
      bots: state.bots,
      bases: state.bases,
    };
  }

  /** The filtered view for one recipient (never the raw state), without the scenario. */
  snapshotFor(role: "student" | "instructor" | "screen", stateId: string | null): GameSnapshot {
    let view: Record<string, unknown>;
    if (role === "instructor" || (role === "student" && stateId)) {
      const viewer: Viewer =
        role === "instructor" ? { kind: "instructor" } : { kind: "state", stateId: stateId! };
      const { scenario: _scenario, ...rest } = viewFor(this.state, viewer);
      view = rest;
    } else {
      view = this.publicView();
    }
    const { seats, unseated } = this.lobby();
    return {
      gameId: this.id,
      title: this.record.title,
      joinCode: this.record.joinCode,
      seq: this.seq,
      you: { role, participantId: null, stateId },
      timing: this.timing(),
      lobby: seats,
      unseated,
      settings: {
        dropoutPolicy: this.settings.dropoutPolicy,
        dropoutGraceSeconds: this.settings.dropoutGraceSeconds,
      },
      view,
    };
  }

  /** The scenario as a state's student may see it (viewFor filters hidden data). */
  scenarioFor(role: "student" | "instructor" | "screen", stateId: string | null): unknown {
    if (role === "instructor") return this.state.scenario;
    if (stateId) return viewFor(this.state, { kind: "state", stateId }).scenario;
    const {
      trade: _trade,
      hostility: _hostility,
      affinity: _affinity,
      crises: _crises,
      ...publicPart
    } = this.state.scenario;
    return { ...publicPart, trade: [], hostility: [], affinity: [], crises: [] };
  }

  dashboard(): Dashboard {
    const connected: Record<string, number> = {};
    for (const participant of this.participants.values()) {
      if (participant.stateId)
        connected[participant.stateId] =
          (connected[participant.stateId] ?? 0) + participant.connections;
    }
    return {
      submitted: Object.fromEntries(
        this.state.scenario.states
          .filter((s) => s.playable)
          .map((s) => [s.id, Boolean(this.state.submitted[s.id])]),
      ),
      connected,
      bots: { ...this.state.bots },
      messages: structuredClone(this.messageStats),
      coalitions: computeCoalitions(Object.values(this.state.treaties)),
    };
  }

  /** Coalesces bursts (a round of bot actions) into one broadcast per recipient group. */
  scheduleBroadcast(): void {
    if (this.broadcastPending || this.closed) return;
    this.broadcastPending = true;
    setImmediate(() => {
      this.broadcastPending = false;
      this.broadcast();
    });
  }

  private broadcast(): void {
    const io = this.deps.io;
    const seatedStates = new Set<string>();
    for (const participant of this.participants.values())
      if (participant.stateId) seatedStates.add(participant.stateId);
    for (const stateId of seatedStates) {
      io.to(rooms.state(this.id, stateId)).emit(
        ServerEvent.snapshot,
        this.snapshotFor("student", stateId),
      );
    }
    io.to(rooms.unseated(this.id)).emit(ServerEvent.snapshot, this.snapshotFor("student", null));
    io.to(rooms.screen(this.id)).emit(ServerEvent.snapshot, this.snapshotFor("screen", null));
    io.to(rooms.instructor(this.id)).emit(
      ServerEvent.snapshot,
      this.snapshotFor("instructor", null),
    );
    io.to(rooms.instructor(this.id)).emit(ServerEvent.dashboard, this.dashboard());
  }

  /** Summary for tRPC (instructor). */
  summary() {
    return {
      gameId: this.id,
      title: this.record.title,
      joinCode: this.record.joinCode,
      scenarioId: this.record.scenarioId,
      scenarioName: this.state.scenario.name,
      seq: this.seq,
      timing: this.timing(),
      lobby: this.lobby(),
      dashboard: this.dashboard(),
    };
  }

  /** What a student sees before joining: enough to pick a state, nothing private. */
  publicSummary() {
    return {
      gameId: this.id,
      title: this.record.title,
      scenarioName: this.state.scenario.name,
      scenarioYear: this.state.scenario.year,
      status: this.status,
      states: this.lobby().seats.map((seat) => ({
        stateId: seat.stateId,
        name: seat.name,
        playable: seat.playable,
        students: seat.participants.length,
      })),
    };
  }

  /** Review-time records (counterfactual forks) go into the same log, through the queue. */
  recordReviewEvent(type: `review:${string}`, payload: unknown): Promise<number> {
    return this.enqueue(() => this.log(type, "staff", payload));
  }

  /** Lets queued work finish and stops the timer (server shutdown). */
  async close(): Promise<void> {
    this.closed = true;
    this.clearTimer();
    await this.queue;
  }

  /** Test and restart support: the current engine state (a copy-free read). */
  get engineState(): Readonly<GameState> {
    return this.state;
  }

  get currentSeq(): number {
    return this.seq;
  }
}
