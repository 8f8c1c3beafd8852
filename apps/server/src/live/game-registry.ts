// Live games in this process: loaded from the database on first use (or at start, for
// games that were running when the server stopped), created by the sessions router.
import { createGame, loadPreset, parseScenario, type Scenario } from "@threatscape/engine";
import type { Database, GameRecord } from "@threatscape/db";
import type { Logger } from "../logger.ts";
import type { Broadcaster } from "./broadcaster.ts";
import { systemClock, type Clock } from "./clock.ts";
import { hashSecret, hashToken, newId, newJoinCode, newSecret } from "../sessions/secrets.ts";
import { scenarioSizeProblem } from "../limits/scenario-limits.ts";
import { GameRoom, seatId, type RoomSettings } from "./game-room.ts";

export type ScenarioChoice = { presetId: string } | { scenario: unknown };

export interface CreateSessionInput {
  title: string;
  scenario: ScenarioChoice;
  seed?: number;
  settings?: Partial<RoomSettings>;
}

export type CreateSessionResult =
  | { ok: true; gameId: string; joinCode: string; instructorSecret: string; staffSecret: string }
  | { ok: false; message: string; issues: { path: string; message: string }[] };

const DROPOUT_CHECK_MS = 5_000;
/** How long a game nobody is attached to stays in memory: finished, and lobby or paused. */
export const EVICT_AFTER_MS = { finished: 2 * 60_000, idle: 30 * 60_000 } as const;
const EVICT_CHECK_MS = 60_000;

export class GameRegistry {
  private readonly rooms = new Map<string, GameRoom>();
  private readonly loading = new Map<string, Promise<GameRoom | null>>();
  /** When each loaded room was last asked for (eviction of idle rooms). */
  private readonly lastUsed = new Map<string, number>();
  private readonly dropoutTimer: NodeJS.Timeout;
  private readonly evictTimer: NodeJS.Timeout;

  constructor(
    private readonly deps: {
      db: Database;
      broadcaster: Broadcaster;
      logger: Logger;
      clock?: Clock;
    },
  ) {
    this.dropoutTimer = setInterval(() => {
      for (const room of this.rooms.values()) {
        room
          .checkDropouts()
          .catch((error: unknown) =>
            deps.logger.error({ err: error, gameId: room.id }, "dropout check failed"),
          );
      }
    }, DROPOUT_CHECK_MS);
    this.dropoutTimer.unref();
    this.evictTimer = setInterval(() => {
      this.evictIdle().catch((error: unknown) =>
        deps.logger.error({ err: error }, "eviction failed"),
      );
    }, EVICT_CHECK_MS);
    this.evictTimer.unref();
  }

  /**
   * Frees the memory of games nobody is attached to: finished ones after a short while,
   * lobby or paused ones after a long one. Running games keep their timers. An evicted game
   * is loaded again from its log on the next request (`get`).
   */
  async evictIdle(): Promise<string[]> {
    const now = this.roomDeps.clock.now();
    const evicted: string[] = [];
    for (const [gameId, room] of this.rooms) {
      if (room.status === "running" || this.deps.broadcaster.attached(gameId) > 0) continue;
      const idleFor = now - (this.lastUsed.get(gameId) ?? now);
      if (idleFor < (room.isFinished ? EVICT_AFTER_MS.finished : EVICT_AFTER_MS.idle)) continue;
      this.rooms.delete(gameId);
      this.lastUsed.delete(gameId);
      await room.close();
      evicted.push(gameId);
    }
    if (evicted.length) this.deps.logger.info({ games: evicted }, "evicted idle games");
    return evicted;
  }

  private get roomDeps() {
    const { db, broadcaster, logger, clock = systemClock } = this.deps;
    return { db, broadcaster, logger, clock };
  }

  /** The room if it is loaded in this process (no database read). */
  peek(gameId: string): GameRoom | undefined {
    return this.rooms.get(gameId);
  }

  get liveGames(): number {
    return [...this.rooms.values()].filter((room) => !room.isFinished).length;
  }

  /** Games that were live when the server stopped continue from their logs and deadlines. */
  async resumeUnfinished(): Promise<number> {
    const records = await this.deps.db.games.listUnfinished();
    for (const record of records) {
      const room = await this.get(record.id);
      await room?.resumeAfterRestart();
    }
    return records.length;
  }

  async get(gameId: string): Promise<GameRoom | null> {
    const live = this.rooms.get(gameId);
    if (live) {
      this.lastUsed.set(gameId, this.roomDeps.clock.now());
      return live;
    }
    let pending = this.loading.get(gameId);
    if (!pending) {
      pending = (async () => {
        const record = await this.deps.db.games.findById(gameId);
        if (!record) return null;
        const room = await GameRoom.load(this.roomDeps, record);
        this.rooms.set(gameId, room);
        this.lastUsed.set(gameId, this.roomDeps.clock.now());
        return room;
      })().finally(() => this.loading.delete(gameId));
      this.loading.set(gameId, pending);
    }
    return pending;
  }

  async byJoinCode(joinCode: string): Promise<GameRoom | null> {
    for (const room of this.rooms.values())
      if (room.record.joinCode === joinCode) return this.get(room.id);
    const record = await this.deps.db.games.findByJoinCode(joinCode);
    return record ? this.get(record.id) : null;
  }

  async byRejoinToken(token: string) {
    const participant = await this.deps.db.participants.findByRejoinHash(hashToken(token));
    if (!participant || participant.kicked) return null;
    const room = await this.get(participant.gameId);
    return room ? { room, participantId: participant.id } : null;
  }

  /** The stored game (from memory when it is loaded), for access checks. */
  async record(gameId: string): Promise<GameRecord | null> {
    return this.rooms.get(gameId)?.record ?? this.deps.db.games.findById(gameId);
  }

  async create(input: CreateSessionInput): Promise<CreateSessionResult> {
    let scenario: Scenario;
    if ("presetId" in input.scenario) {
      const preset = loadPreset(input.scenario.presetId);
      if (!preset.ok)
        return { ok: false, message: preset.error.message, issues: preset.error.issues ?? [] };
      scenario = preset.scenario;
    } else {
      const tooLarge = scenarioSizeProblem(input.scenario.scenario);
      if (tooLarge) return { ok: false, ...tooLarge };
      const parsed = parseScenario(input.scenario.scenario);
      if (!parsed.ok)
        return { ok: false, message: parsed.error.message, issues: parsed.error.issues ?? [] };
      scenario = parsed.scenario;
    }
    const seed = input.seed ?? Math.floor(Math.random() * 2 ** 31);
    const check = createGame(scenario, { seed });
    if (!check.ok)
      return { ok: false, message: check.error.message, issues: check.error.issues ?? [] };

    let joinCode = newJoinCode();
    while (await this.deps.db.games.joinCodeTaken(joinCode)) joinCode = newJoinCode();
    const instructorSecret = newSecret();
    const staffSecret = newSecret();
    const gameId = newId("g");
    await this.deps.db.games.create({
      id: gameId,
      joinCode,
      instructorHash: await hashSecret(instructorSecret),
      staffHash: await hashSecret(staffSecret),
      title: input.title,
      scenarioId: scenario.id,
      scenario,
      seed,
      settings: input.settings ?? {},
      seats: scenario.states.map((state) => ({
        id: seatId(gameId, state.id),
        stateId: state.id,
        botPolicy: null,
      })),
    });
    await this.get(gameId);
    this.deps.logger.info({ gameId, scenario: scenario.id }, "session created");
    return { ok: true, gameId, joinCode, instructorSecret, staffSecret };
  }

  async close(): Promise<void> {
    clearInterval(this.dropoutTimer);
    clearInterval(this.evictTimer);
    await Promise.all([...this.rooms.values()].map((room) => room.close()));
  }
}
