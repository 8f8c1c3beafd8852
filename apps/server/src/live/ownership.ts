// Which process owns which live game (scale-out, issue 14). The owner holds a lease in the
// database (`GameLease`: owner, epoch, expiry), renews it, and appends only through a
// fenced log (every append checks owner and epoch in its transaction), so a process that
// lost its lease (it hung, or the database saw it die) can never append again. An expired
// lease is adopted by a sweeping process, which loads the game from its log.
// Single process (no REDIS_URL): the same path, with leases taken from a previous run at once.
import os from "node:os";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { LeaseLostError, type Database, type Lease } from "@threatscape/db";
import type { Logger } from "../logger.ts";
import type { Clock } from "./clock.ts";

/** Asks the process holding a game's lease to let it go (cluster: over Redis). */
export interface Handoff {
  /** Resolves when the holder has released the game, or gave no answer in time. */
  request(gameId: string): Promise<void>;
}

/** The game could not be taken in time (its owner neither answered nor expired). */
export class GameMovingError extends Error {
  constructor(readonly gameId: string) {
    super(`game ${gameId} is owned by another process that did not let it go`);
  }
}

/**
 * In a cluster: a request for a game another live process owns, without the game in its
 * route (`?game=<join code>`, which the proxy hashes). Only a routed request may move a game,
 * so a client cannot pull a class's game from process to process (each move closes every
 * student's connection).
 */
export class WrongRouteError extends Error {
  constructor(readonly gameId: string) {
    super(`game ${gameId} is owned by another process and the request was not routed to it`);
  }
}

/**
 * Whether a request's route key (`?game=`) names the game exactly as the proxy hashes it: its
 * join code as issued (upper case, no separators; HAProxy hashes the raw string, so a
 * variant would reach another process), or, for an instructor who proved the secret
 * (`byId`), its id (a first visit on a device, before the join code is stored). Students know
 * the id too (Joined.gameId), so it routes nothing for them.
 */
export function routesTo(
  game: { id: string; joinCode: string },
  route: string | undefined,
  byId = false,
): boolean {
  return route !== undefined && (route === game.joinCode || (byId && route === game.id));
}

const RouteKey = z.string().max(64);

/** The `?game=` of a handshake or URL (outside input: a short string, else none). */
export function routeKey(raw: unknown): string | undefined {
  const parsed = RouteKey.safeParse(raw);
  return parsed.success && parsed.data ? parsed.data : undefined;
}

/** What a client is told when its request reached the wrong process (WrongRouteError). */
export const wrongRouteMessage =
  "this request reached a server process that does not run this game: send it through the proxy with ?game=<join code> in the address; nothing was changed";

/** A game that moved away (or is moving): the caller may try again in a moment. */
export const isGameMoving = (error: unknown): boolean =>
  error instanceof GameMovingError || error instanceof LeaseLostError;

export interface OwnershipOptions {
  db: Database;
  logger: Logger;
  clock: Clock;
  /** Lease length in ms; renewed every third of it. */
  ttlMs: number;
  /** Several processes share the database: no stealing, and a sweeper adopts expired games. */
  clustered: boolean;
  handoff?: Handoff;
  /** This process's name in the lease table. */
  owner?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const processOwnerId = () =>
  `${os.hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;

export class Ownership {
  readonly owner: string;
  private readonly held = new Map<string, Lease>();
  private renewTimer?: NodeJS.Timeout;
  private sweepTimer?: NodeJS.Timeout;
  /** Called when a lease is lost (renewal refused, or a fenced append refused). */
  onLost: (gameId: string) => void = () => {};

  constructor(private readonly options: OwnershipOptions) {
    this.owner = options.owner ?? processOwnerId();
  }

  /** Starts renewing; in a cluster also sweeps expired leases into `adopt` (each ~ttl/2). */
  start(adopt: (gameId: string) => Promise<unknown>): void {
    const { ttlMs, clustered, logger } = this.options;
    this.renewTimer = setInterval(() => void this.renewAll(), Math.max(50, ttlMs / 3));
    this.renewTimer.unref();
    if (!clustered) return;
    const sweep = async () => {
      const expired = await this.options.db.leases.expired(new Date(this.options.clock.now()));
      for (const gameId of expired) if (!this.held.has(gameId)) await adopt(gameId);
    };
    // Jitter spreads the processes' sweeps, so one usually adopts before the others look.
    const every = Math.max(50, ttlMs / 2) + Math.floor(Math.random() * (ttlMs / 4));
    this.sweepTimer = setInterval(() => {
      sweep().catch((error: unknown) => logger.warn({ err: error }, "lease sweep failed"));
    }, every);
    this.sweepTimer.unref();
  }

  get clustered(): boolean {
    return this.options.clustered;
  }

  holds(gameId: string): boolean {
    return this.held.has(gameId);
  }

  /**
   * Takes the game's lease. When another live process holds it: asks it to let go
   * (`askOwner`), then waits until it does or the lease expires; `GameMovingError` after
   * a lease length and a little more.
   */
  async acquire(gameId: string, askOwner = true): Promise<Lease> {
    const { db, clock, ttlMs, clustered, handoff } = this.options;
    const giveUpAt = clock.now() + ttlMs + 2_000;
    // Asked again each second: the holder asked first may have been dead, and another process
    // (or the same one, restarted) may have adopted the game meanwhile; that one answers.
    const ask = askOwner && handoff ? handoff : null;
    let askedAt = -Infinity;
    for (;;) {
      const now = new Date(clock.now());
      const result = await db.leases.acquire(gameId, this.owner, {
        ttlMs,
        now,
        steal: !clustered,
      });
      if (result.ok) {
        this.held.set(gameId, result.lease);
        if (result.lease.epoch > 1)
          this.options.logger.info({ gameId, epoch: result.lease.epoch }, "took game");
        return result.lease;
      }
      if (clock.now() >= giveUpAt) {
        this.options.logger.warn({ gameId, holder: result.owner }, "game not handed over in time");
        throw new GameMovingError(gameId);
      }
      if (ask && clock.now() - askedAt >= 1_000) {
        askedAt = clock.now();
        await ask.request(gameId);
      } else await sleep(Math.min(200, Math.max(10, result.expiresAt.getTime() - now.getTime())));
    }
  }

  /** The lease if it is free or expired now (the sweeper, a restart): no asking, no waiting. */
  async tryAcquire(gameId: string): Promise<Lease | null> {
    const { db, clock, ttlMs, clustered } = this.options;
    const result = await db.leases.acquire(gameId, this.owner, {
      ttlMs,
      now: new Date(clock.now()),
      steal: !clustered,
    });
    if (!result.ok) return null;
    this.held.set(gameId, result.lease);
    return result.lease;
  }

  /**
   * The database as the game's room sees it: every log append and chat message is fenced by
   * this lease in its own insert statement; participant writes (joins, rare) check the lease
   * just before (a process frozen between that check and the write is the one gap left).
   */
  fenced(lease: Lease): Database {
    const { db } = this.options;
    const lostOn = (error: unknown): never => {
      if (error instanceof LeaseLostError) this.lost(lease.gameId);
      throw error;
    };
    const checked =
      <A extends unknown[], R>(write: (...args: A) => Promise<R>) =>
      async (...args: A): Promise<R> => {
        if (!(await db.leases.isCurrent(lease)))
          lostOn(new LeaseLostError(lease.gameId, lease.owner, lease.epoch));
        return write(...args);
      };
    return {
      ...db,
      events: {
        ...db.events,
        append: (event) => db.events.append(event, lease).catch(lostOn),
      },
      messages: {
        ...db.messages,
        create: (message) => db.messages.create(message, lease).catch(lostOn),
      },
      participants: {
        ...db.participants,
        create: checked(db.participants.create),
        update: checked(db.participants.update),
      },
    };
  }

  async release(gameId: string): Promise<void> {
    const lease = this.held.get(gameId);
    if (!lease) return;
    this.held.delete(gameId);
    await this.options.db.leases.release(lease).catch((error: unknown) => {
      this.options.logger.warn({ err: error, gameId }, "lease not released (it will expire)");
    });
  }

  async close(): Promise<void> {
    clearInterval(this.renewTimer);
    clearInterval(this.sweepTimer);
    await Promise.all([...this.held.keys()].map((gameId) => this.release(gameId)));
  }

  private lost(gameId: string): void {
    if (!this.held.delete(gameId)) return;
    this.options.logger.warn({ gameId }, "lease lost: another process owns this game now");
    this.onLost(gameId);
  }

  private async renewAll(): Promise<void> {
    const { db, clock, ttlMs, logger } = this.options;
    for (const lease of [...this.held.values()]) {
      // A database error is not a loss: the lease may still be ours; fencing decides.
      const renewed = await db.leases
        .renew(lease, ttlMs, new Date(clock.now()))
        .catch((error: unknown) => {
          logger.warn({ err: error, gameId: lease.gameId }, "lease renewal failed");
          return true;
        });
      if (!renewed && this.held.get(lease.gameId) === lease) this.lost(lease.gameId);
    }
  }
}
