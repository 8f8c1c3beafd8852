// Live games in this process: loaded from the database on first use (or at start, for
// games that were running when the server stopped), created by the sessions router. A game
// is loaded only under its lease (ownership.ts), and its room appends through the fenced log.
import type { Database, GameRecord } from "@threatscape/db";
import type { Logger } from "../logger.ts";
import type { Broadcaster } from "./broadcaster.ts";
import { systemClock, type Clock } from "./clock.ts";
import { hashToken } from "../sessions/secrets.ts";
import {
  createSession,
  type CreateSessionInput,
  type CreateSessionResult,
} from "../sessions/create-session.ts";
import { GameRoom } from "./game-room.ts";
import { Ownership, routesTo, WrongRouteError } from "./ownership.ts";
import { readOnlyCopy } from "./read-only-copy.ts";

const DROPOUT_CHECK_MS = 5_000;
/** How long a game nobody is attached to stays in memory: finished, and lobby or paused. */
export const EVICT_AFTER_MS = { finished: 2 * 60_000, idle: 30 * 60_000 } as const;
const EVICT_CHECK_MS = 60_000;

export class GameRegistry {
  private readonly rooms = new Map<string, GameRoom>();
  private readonly loading = new Map<string, Promise<GameRoom | null>>();
  /** When each loaded room was last asked for (eviction of idle rooms). */
  private readonly lastUsed = new Map<string, number>();
  readonly ownership: Ownership;
  private readonly dropoutTimer: NodeJS.Timeout;
  private readonly evictTimer: NodeJS.Timeout;

  constructor(
    private readonly deps: {
      db: Database;
      broadcaster: Broadcaster;
      logger: Logger;
      clock?: Clock;
      /** Leases: by default a single process's (same path, takes over a previous run's). */
      ownership?: Ownership;
    },
  ) {
    this.ownership =
      deps.ownership ??
      new Ownership({
        db: deps.db,
        logger: deps.logger,
        clock: deps.clock ?? systemClock,
        ttlMs: 10_000,
        clustered: false,
      });
    this.ownership.onLost = (gameId) => void this.drop(gameId);
    this.ownership.start((gameId) => this.adopt(gameId));
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
      await this.ownership.release(gameId);
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

  /**
   * Games that were live when the server stopped continue from their logs and deadlines
   * (in a cluster, those no live process holds).
   */
  async resumeUnfinished(): Promise<number> {
    const records = await this.deps.db.games.listUnfinished();
    let resumed = 0;
    for (const record of records) if (await this.adopt(record.id)) resumed++;
    return resumed;
  }

  /**
   * Takes a game whose lease is free or expired (its owner died or hangs), loads it from its
   * log and re-arms its timers from the logged deadline. False when another process has it.
   */
  async adopt(gameId: string): Promise<boolean> {
    if (this.rooms.has(gameId) || this.loading.has(gameId)) return false;
    const lease = await this.ownership.tryAcquire(gameId);
    if (!lease) return false;
    const room = await this.load(gameId, Promise.resolve(lease));
    if (!room) return false;
    if (room.isFinished) {
      await this.letGo(gameId);
      return false;
    }
    this.deps.logger.info({ gameId, epoch: lease.epoch }, "adopted game");
    await room.idle();
    return true;
  }

  /**
   * This process stops owning the game (another asked for it, or the lease was lost): its
   * queue drains, its timers stop, the lease is released, and this process's connections of
   * the game are closed so that they reconnect through the proxy to the new owner.
   */
  async letGo(gameId: string, lost = false): Promise<boolean> {
    await this.loading.get(gameId)?.catch(() => null);
    const room = this.rooms.get(gameId);
    this.rooms.delete(gameId);
    this.lastUsed.delete(gameId);
    // Not awaited when lost: the loss is noticed inside the room's own queue.
    const closing = room?.close() ?? Promise.resolve();
    if (!lost) await closing;
    if (!lost) await this.ownership.release(gameId);
    this.deps.broadcaster.releaseGame?.(gameId);
    return room !== undefined;
  }

  private drop(gameId: string): Promise<boolean> {
    return this.letGo(gameId, true);
  }

  /**
   * A read of a game (tRPC queries, exports): the room when it lives here, else (in a
   * cluster) a copy folded from the log that never appends, so that a page load on another
   * process does not pull the game away from the process its students are connected to.
   */
  async view(gameId: string): Promise<GameRoom | null> {
    const live = this.rooms.get(gameId);
    if (live || !this.clustered) return live ?? this.get(gameId);
    const record = await this.deps.db.games.findById(gameId);
    if (!record) return null;
    if (record.status === "finished" && !this.ownership.holds(gameId))
      return this.get(gameId).catch((error: unknown) => {
        if (error instanceof WrongRouteError) return readOnlyCopy(this.roomDeps, record);
        throw error;
      });
    return readOnlyCopy(this.roomDeps, record);
  }

  private get clustered(): boolean {
    return this.ownership.clustered;
  }

  /**
   * The game's room, taken into this process when it lives nowhere else. In a cluster a game
   * another live process owns is asked for (hand-off) only when `route` (the request's
   * `?game=`, which the proxy hashes) names it: the proxy sends every routed connection of a
   * game to one process, so that process is where the game belongs (`routesTo`: the join
   * code as issued; the id too when `byId`, for an instructor who proved the secret). Anything
   * else gets `WrongRouteError` and moves nothing; a game no live process holds is taken.
   */
  async get(gameId: string, route?: string, byId = false): Promise<GameRoom | null> {
    const live = this.rooms.get(gameId);
    if (live) {
      this.lastUsed.set(gameId, this.roomDeps.clock.now());
      return live;
    }
    const loading = this.loading.get(gameId);
    if (loading) return loading;
    if (!this.clustered) return this.load(gameId, this.ownership.acquire(gameId));
    const record = await this.deps.db.games.findById(gameId);
    if (!record) return null;
    const again = this.rooms.get(gameId) ?? this.loading.get(gameId);
    if (again) return again;
    if (routesTo(record, route, byId)) return this.load(gameId, this.ownership.acquire(gameId));
    const lease = await this.ownership.tryAcquire(gameId);
    if (!lease) throw new WrongRouteError(gameId);
    return (
      this.rooms.get(gameId) ??
      this.loading.get(gameId) ??
      this.load(gameId, Promise.resolve(lease))
    );
  }

  /** Loads the game from its log under `lease` (the room's appends are fenced by it). */
  private load(gameId: string, lease: ReturnType<Ownership["acquire"]>): Promise<GameRoom | null> {
    const pending = (async () => {
      // The lease first: in a hand-off the old owner may still write the game's row while it
      // drains, so the row is read once it has let go (get's earlier read only routes).
      const held = await lease;
      const record = await this.deps.db.games.findById(gameId);
      if (!record) {
        await this.ownership.release(gameId);
        return null;
      }
      const room = await GameRoom.load(
        { ...this.roomDeps, db: this.ownership.fenced(held) },
        record,
      );
      this.rooms.set(gameId, room);
      this.lastUsed.set(gameId, this.roomDeps.clock.now());
      // Timers from the logged deadline (a restart, a takeover or a hand-off alike).
      if (!room.isFinished) void room.resumeAfterRestart();
      return room;
    })().finally(() => this.loading.delete(gameId));
    this.loading.set(gameId, pending);
    return pending;
  }

  /** The game of a join code: owned here (`own`, to act on it) or for reading (`view`). */
  async byJoinCode(
    joinCode: string,
    mode: "own" | "view" = "own",
    route?: string,
  ): Promise<GameRoom | null> {
    let gameId: string | undefined;
    for (const room of this.rooms.values()) if (room.record.joinCode === joinCode) gameId = room.id;
    gameId ??= (await this.deps.db.games.findByJoinCode(joinCode))?.id;
    if (!gameId) return null;
    return mode === "own" ? this.get(gameId, route) : this.view(gameId);
  }

  async byRejoinToken(token: string, route?: string) {
    const participant = await this.deps.db.participants.findByRejoinHash(hashToken(token));
    if (!participant || participant.kicked) return null;
    const room = await this.get(participant.gameId, route);
    return room ? { room, participantId: participant.id } : null;
  }

  /** The stored game (from memory when it is loaded), for access checks. */
  async record(gameId: string): Promise<GameRecord | null> {
    return this.rooms.get(gameId)?.record ?? this.deps.db.games.findById(gameId);
  }

  /** A new session (sessions/create-session.ts); in one process it is loaded at once. */
  async create(input: CreateSessionInput): Promise<CreateSessionResult> {
    const created = await createSession(this.deps.db, input);
    if (!created.ok) return created;
    // In a cluster the process the game's connections reach (the proxy's choice) takes it.
    if (!this.clustered) await this.get(created.gameId);
    this.deps.logger.info({ gameId: created.gameId }, "session created");
    return created;
  }

  /** Stops every room, then releases their leases (another process may take them at once). */
  async close(): Promise<void> {
    clearInterval(this.dropoutTimer);
    clearInterval(this.evictTimer);
    await Promise.all([...this.rooms.values()].map((room) => room.close()));
    await this.ownership.close();
  }
}
