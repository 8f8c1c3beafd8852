import type { Column } from "../raw-writes.ts";
// Game ownership leases for scale-out (one process owns a live game: its queue and timers).
// A lease is a row per game: owner, epoch, expiry. Taking a lease bumps the epoch with a
// compare-and-set on the epoch read, so two processes racing for it cannot both win, and
// every append of a fenced writer checks owner and epoch in its own transaction
// (event-log-repository.ts), so a process that lost the lease can never append.
import type { PrismaDb } from "../database.ts";

/** A held lease: what the owner presents on every append and renewal. */
export interface Lease {
  gameId: string;
  owner: string;
  epoch: number;
  expiresAt: Date;
}

export type AcquireResult =
  { ok: true; lease: Lease } | { ok: false; owner: string; expiresAt: Date };

export interface AcquireOptions {
  /** Lease length from `now`, in ms. */
  ttlMs: number;
  now: Date;
  /**
   * Take the lease even from a live owner (single-process deployments: the only other owner
   * can be this process's previous run). Safe either way: the old owner is fenced off.
   */
  steal?: boolean;
}

/** A fenced append found the lease moved on: this process no longer owns the game. */
export class LeaseLostError extends Error {
  constructor(
    readonly gameId: string,
    readonly owner: string,
    readonly epoch: number,
  ) {
    super(`game ${gameId}: lease epoch ${epoch} of ${owner} is no longer current`);
  }
}

/** `owner` of a released lease (nobody holds it; the next request takes it). */
export const RELEASED = "";

export function createLeaseRepository(prisma: PrismaDb) {
  return {
    /**
     * Takes the game's lease when it is free, released, expired, already ours, or `steal`.
     * The epoch always goes up, so writes of an earlier holding are fenced off. Returns the
     * current holder otherwise.
     */
    async acquire(gameId: string, owner: string, options: AcquireOptions): Promise<AcquireResult> {
      const expiresAt = new Date(options.now.getTime() + options.ttlMs);
      for (let attempt = 0; attempt < 3; attempt++) {
        const row = await prisma.gameLease.findUnique({ where: { gameId } });
        if (!row) {
          try {
            await prisma.gameLease.create({ data: { gameId, owner, epoch: 1, expiresAt } });
            return { ok: true, lease: { gameId, owner, epoch: 1, expiresAt } };
          } catch (error) {
            if ((error as { code?: string }).code === "P2002") continue; // lost a race: read again
            throw error;
          }
        }
        const free =
          row.owner === RELEASED ||
          row.owner === owner ||
          row.expiresAt.getTime() <= options.now.getTime() ||
          options.steal === true;
        if (!free) return { ok: false, owner: row.owner, expiresAt: row.expiresAt };
        const epoch = row.epoch + 1;
        const taken = await prisma.gameLease.updateMany({
          where: { gameId, epoch: row.epoch },
          data: { owner, epoch, expiresAt },
        });
        if (taken.count === 1) return { ok: true, lease: { gameId, owner, epoch, expiresAt } };
      }
      const row = await prisma.gameLease.findUnique({ where: { gameId } });
      return { ok: false, owner: row?.owner ?? RELEASED, expiresAt: row?.expiresAt ?? new Date(0) };
    },

    /** Extends a held lease; false when it was taken meanwhile (the holder must stop). */
    async renew(lease: Lease, ttlMs: number, now: Date): Promise<boolean> {
      const expiresAt = new Date(now.getTime() + ttlMs);
      const renewed = await prisma.gameLease.updateMany({
        where: { gameId: lease.gameId, owner: lease.owner, epoch: lease.epoch },
        data: { expiresAt },
      });
      if (renewed.count === 1) lease.expiresAt = expiresAt;
      return renewed.count === 1;
    },

    /** Gives a held lease up (the game left memory or moves to another process). */
    async release(lease: Lease): Promise<boolean> {
      const released = await prisma.gameLease.updateMany({
        where: { gameId: lease.gameId, owner: lease.owner, epoch: lease.epoch },
        data: { owner: RELEASED, expiresAt: new Date(0) },
      });
      return released.count === 1;
    },

    /** Games whose owner stopped renewing (a process died or hangs): candidates for takeover. */
    async expired(now: Date, limit = 100): Promise<string[]> {
      const rows = await prisma.gameLease.findMany({
        where: { owner: { not: RELEASED }, expiresAt: { lte: now } },
        select: { gameId: true },
        take: limit,
      });
      return rows.map((row) => row.gameId);
    },

    /** Whether `lease` is still the game's current one (a check before unlogged writes). */
    async isCurrent(lease: Pick<Lease, "gameId" | "owner" | "epoch">): Promise<boolean> {
      const row = await prisma.gameLease.findUnique({ where: { gameId: lease.gameId } });
      return row?.owner === lease.owner && row.epoch === lease.epoch;
    },

    async current(gameId: string): Promise<Lease | null> {
      const row = await prisma.gameLease.findUnique({ where: { gameId } });
      return row;
    },
  };
}

/**
 * The guard of a fenced insert (raw-writes.ts `insertGuarded`): the row goes in only while the
 * game's lease row still names this owner and epoch. Throws nothing; see `requireInserted`.
 */
export function leaseGuard(fence: Pick<Lease, "gameId" | "owner" | "epoch">) {
  return {
    table: "GameLease",
    columns: [
      ["gameId", "string"],
      ["owner", "string"],
      ["epoch", "int"],
    ] as const satisfies readonly Column[],
    values: [fence.gameId, fence.owner, fence.epoch],
  };
}

/** A fenced insert that wrote nothing lost its lease: `LeaseLostError`. */
export function requireInserted(
  inserted: number,
  fence: Pick<Lease, "gameId" | "owner" | "epoch">,
) {
  if (inserted !== 1) throw new LeaseLostError(fence.gameId, fence.owner, fence.epoch);
}
