// The authority for one live game (boardgame.io's Master, lila's RoundAsyncActor): one queue
// per game, timers included, and `commit`: validate, apply (engine), append to the log,
// update memory, publish. Everything else is a named collaborator: the phase clock, seating,
// bot turns, channels, instructor commands and the projection. Imports nothing from Socket.IO.
import { Action, applyAction, createGame, type GameState } from "@threatscape/engine";
import type { Database, GameRecord } from "@threatscape/db";
import {
  ErrorCode,
  type Ack,
  type BotActionRecord,
  type DropoutPolicy,
  type InstructorCommand,
} from "@threatscape/protocol";
import type { Logger } from "../logger.ts";
import { failure } from "./acks.ts";
import { BotTurns, playMoves } from "./bot-turns.ts";
import type { Audience, Broadcaster } from "./broadcaster.ts";
import { Channels } from "./channels.ts";
import type { Clock } from "./clock.ts";
import { LOBBY_TIMING, PhaseClock, phaseLengthMs } from "./phase-clock.ts";
import * as chat from "./chat.ts";
import { runCommand } from "./instructor-commands.ts";
import { dashboardOf, roomBlocks } from "./projection.ts";
import { Publisher } from "./publisher.ts";
import {
  botActionOf,
  foldRoomLog,
  toStored,
  type RoomEvent,
  type TimingRecord,
} from "./room-log.ts";
import * as seats from "./seat-changes.ts";
import { act as studentAction } from "./student-action.ts";
import { Seating } from "./seating.ts";

export interface RoomDeps {
  db: Database;
  broadcaster: Broadcaster;
  clock: Clock;
  logger: Logger;
}

export interface RoomSettings {
  dropoutPolicy: DropoutPolicy;
  dropoutGraceSeconds: number;
  /** Overrides of the scenario's phase lengths, in seconds. */
  phaseSeconds?: Partial<Record<"negotiation" | "orders" | "news", number>>;
  /** End the orders phase when every seated state has submitted (orders-alerts.ts). */
  advanceWhenAllIn?: boolean;
}

const DEFAULT_SETTINGS: RoomSettings = { dropoutPolicy: "bot", dropoutGraceSeconds: 60 };
export const seatId = (gameId: string, stateId: string) => `seat_${gameId}_${stateId}`;

export class GameRoom {
  state: GameState;
  seq: number;
  settings: RoomSettings;
  readonly phaseClock: PhaseClock;
  readonly seating: Seating;
  readonly channels: Channels;
  readonly bots: BotTurns;
  /** Every state action a bot took (shown to that state's students and the instructor). */
  readonly botActions: BotActionRecord[];
  private readonly publisher: Publisher;
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  private constructor(
    readonly deps: RoomDeps,
    readonly record: GameRecord,
    folded: ReturnType<typeof foldRoomLog>,
    timing: TimingRecord,
  ) {
    this.state = folded.state;
    this.seq = folded.seq;
    this.settings = {
      ...DEFAULT_SETTINGS,
      ...(record.settings as Partial<RoomSettings>),
      ...folded.settings,
    } as RoomSettings;
    this.phaseClock = new PhaseClock(deps.clock, timing);
    this.seating = new Seating(folded.standIns);
    this.channels = new Channels(folded.state.scenario.states, folded.groups);
    this.bots = new BotTurns(`${record.seed}`, folded.botTurns);
    this.botActions = folded.botActions;
    this.publisher = new Publisher(this, deps.broadcaster, deps.clock);
  }

  get id(): string {
    return this.record.id;
  }
  get status(): TimingRecord["status"] {
    return this.phaseClock.status;
  }
  get isFinished(): boolean {
    return this.status === "finished";
  }

  /** Rebuilds a room from its log; the phase clock comes from the log's last timing. */
  static async load(deps: RoomDeps, record: GameRecord): Promise<GameRoom> {
    const created = createGame(record.scenario, { seed: record.seed });
    if (!created.ok)
      throw new Error(`game ${record.id}: stored scenario invalid: ${created.error.message}`);
    const folded = foldRoomLog(created.state, await deps.db.events.list(record.id));
    // Logs written before timing was logged fall back to the games row.
    const timing: TimingRecord = folded.timing ?? {
      ...LOBBY_TIMING,
      status: record.status,
      deadline: record.phaseDeadline?.getTime() ?? null,
      remainingMs: record.pausedRemainingMs,
    };
    const room = new GameRoom(deps, record, folded, timing);
    // Everyone is away until they reconnect; the grace period starts at the restart.
    const participants = await deps.db.participants.listForGame(record.id);
    room.seating.addStudents(participants, record.seats, deps.clock.now());
    for (const message of await deps.db.messages.listForGame(record.id))
      room.channels.count(message);
    return room;
  }

  /** Runs `task` after everything queued before it: one writer per game, timers included. */
  enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch((error: unknown) =>
      this.deps.logger.error({ err: error, gameId: this.id }, "room task failed"),
    );
    return run;
  }

  // ---------- commit ----------
  /** Appends one event at the next seq; memory changes only after it is stored. */
  async append(event: RoomEvent, actor: string): Promise<number> {
    const seq = this.seq + 1;
    await this.deps.db.events.append({ gameId: this.id, seq, actor, ...toStored(event) });
    this.seq = seq;
    return seq;
  }

  /** Logs a timing change (with its cause, one event), then applies and re-arms it. */
  async commitTiming(event: RoomEvent & { timing: TimingRecord }, actor: string): Promise<void> {
    await this.append(event, actor);
    this.applyTiming(event.timing);
    this.schedulePublish();
  }

  private applyTiming(timing: TimingRecord): void {
    this.phaseClock.apply(timing, () => void this.enqueue(() => this.onDeadline()));
    // The games row is a cache for listing live games; the log is the authority.
    void this.deps.db.games
      .updateTiming(this.id, {
        status: timing.status,
        phaseDeadline: timing.deadline === null ? null : new Date(timing.deadline),
        pausedRemainingMs: timing.remainingMs,
      })
      .catch((error: unknown) =>
        this.deps.logger.warn({ err: error, gameId: this.id }, "timing cache not updated"),
      );
  }

  phaseLengthMs(state: GameState): number | null {
    return phaseLengthMs(state, this.settings.phaseSeconds);
  }

  /**
   * Validates, applies and logs an engine action. A phase change logs its deadline in the
   * same event; bots whose turn falls due then act, and bots addressed by the action answer.
   */
  async commitAction(input: unknown, actor: string): Promise<Ack<{ seq: number }>> {
    const parsed = Action.safeParse(input);
    const result = parsed.success
      ? applyAction(this.state, parsed.data)
      : applyAction(this.state, input);
    if (!parsed.success || !result.ok) {
      const error = result.ok
        ? { code: "INVALID_ACTION", message: "invalid action" }
        : result.error;
      return failure(ErrorCode.ruleViolation, error.message, { reason: error.code });
    }
    const next = result.state;
    const phaseChanged = next.round !== this.state.round || next.phase !== this.state.phase;
    const timing = !phaseChanged
      ? undefined
      : next.phase === "ended"
        ? this.phaseClock.finished()
        : this.phaseClock.enterPhase(this.phaseLengthMs(next));
    const action = parsed.data as Record<string, unknown>;
    const seq = await this.append(
      { type: "engine:action", action, ...(timing ? { timing } : {}) },
      actor,
    );
    const botAction = botActionOf(this.state, action, actor);
    if (botAction) this.botActions.push(botAction);
    this.state = next;
    if (timing) this.applyTiming(timing);
    this.schedulePublish();
    if (phaseChanged) await this.runBotTurns();
    else if (!actor.startsWith("bot:") && this.status === "running")
      await playMoves(this, this.bots.answers(this.state, BotTurns.addressed(action)));
    return { ok: true, data: { seq } };
  }

  /** Every bot whose turn in this phase is due takes it: logged once, then played. */
  async runBotTurns(): Promise<void> {
    const due = this.status === "running" ? this.bots.due(this.state) : [];
    if (due.length === 0) return;
    const { round, phase } = this.state;
    await this.append({ type: "bot:turns", round, phase, states: due }, "system");
    // Each bot sees what the bots before it did (as in the engine's runBots).
    for (const stateId of due) await playMoves(this, this.bots.take(this.state, [stateId]));
  }

  /** At the deadline: missing orders count as no change. Timers may fire late or early. */
  private async onDeadline(): Promise<void> {
    if (this.closed || this.status !== "running") return;
    if (!this.phaseClock.isDue()) return this.applyTiming(this.phaseClock.record);
    await this.commitAction({ type: "advance-phase", actor: "instructor" }, "timer");
  }

  /** After a restart: phases whose deadline passed while down advance; bot turns are made up. */
  resumeAfterRestart(): Promise<void> {
    return this.enqueue(async () => {
      this.applyTiming(this.phaseClock.record);
      if (this.phaseClock.isDue()) await this.onDeadline();
      else await this.runBotTurns();
      this.schedulePublish();
    });
  }

  /** Something every audience may see changed: publish it (coalesced, throttled). */
  schedulePublish(): void {
    this.publisher.viewsChanged();
  }
  markDashboardDirty(): void {
    this.publisher.dashboardChanged();
  }
  welcome(audience: Audience) {
    return this.publisher.welcome(audience);
  }
  seatedStates(): string[] {
    return this.seating.seatedStates();
  }
  blocks() {
    return roomBlocks(this);
  }
  dashboard() {
    return dashboardOf(this);
  }

  // Entry points, each one queued:
  join(displayName: string, stateId: string | undefined) {
    return this.enqueue(() => seats.join(this, displayName, stateId));
  }
  reclaim(pin: string, socketId?: string) {
    return this.enqueue(() => seats.reclaim(this, pin, socketId));
  }
  pickState(participantId: string, stateId: string | null) {
    return this.enqueue(() => seats.pickState(this, participantId, stateId));
  }
  act(participantId: string, input: Record<string, unknown>) {
    return this.enqueue(() => studentAction(this, participantId, input));
  }
  sendMessage(caller: chat.Caller, channel: string, body: string) {
    return this.enqueue(() => chat.sendMessage(this, caller, channel, body));
  }
  createGroup(participantId: string, name: string, members: string[]) {
    return this.enqueue(() => chat.createGroup(this, participantId, name, members));
  }
  command(command: InstructorCommand): Promise<Ack<unknown>> {
    return this.enqueue(() =>
      runCommand(this, command).finally(() => this.publisher.instructorActed()),
    );
  }
  onConnect(participantId: string): Promise<void> {
    return this.enqueue(() => seats.connected(this, participantId));
  }
  onDisconnect(participantId: string): Promise<void> {
    return this.enqueue(async () => seats.disconnected(this, participantId));
  }
  checkDropouts(): Promise<void> {
    return this.enqueue(() => seats.checkDropouts(this));
  }
  /** Review-time records (counterfactual forks) go into the same log, through the queue. */
  recordReviewEvent(event: Extract<RoomEvent, { type: "review:fork" }>): Promise<number> {
    return this.enqueue(() => this.append(event, "staff"));
  }

  /** Resolves when everything queued so far has run (tests, shutdown). */
  idle(): Promise<unknown> {
    return this.queue;
  }

  /** Lets queued work finish and stops every timer (server shutdown). */
  async close(): Promise<void> {
    this.closed = true;
    this.phaseClock.disarm();
    this.publisher.close();
    await this.queue;
  }
}
