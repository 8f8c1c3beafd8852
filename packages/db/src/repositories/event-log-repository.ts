import type { PrismaDb } from "../database.ts";
import { LeaseLostError, type Lease } from "./lease-repository.ts";

/** What a fenced writer presents with each append: the lease it holds (scale-out). */
export type Fence = Pick<Lease, "gameId" | "owner" | "epoch">;

/** One entry of a game's append-only log. `seq` runs 1, 2, 3 ... with no gaps. */
export interface LoggedEvent {
  gameId: string;
  seq: number;
  type: string;
  actor: string;
  payload: unknown;
  createdAt: Date;
  /** The lease epoch it was appended under (null without a lease). */
  leaseEpoch?: number | null;
}

export class SequenceConflictError extends Error {
  constructor(gameId: string, seq: number) {
    super(`event ${seq} of game ${gameId} already exists: two writers appended at once`);
  }
}

export function createEventLogRepository(prisma: PrismaDb) {
  return {
    /**
     * Appends one event at `seq` (the caller's game queue knows the next number). The
     * primary key (gameId, seq) turns a lost race into an error instead of a silent fork.
     * With a `fence` (a held lease) it appends only while that lease is current, else throws
     * `LeaseLostError` and writes nothing.
     */
    async append(
      event: Omit<LoggedEvent, "createdAt"> & { createdAt?: Date },
      fence?: Fence,
    ): Promise<LoggedEvent> {
      const data = {
        gameId: event.gameId,
        seq: event.seq,
        type: event.type,
        actor: event.actor,
        payloadJson: JSON.stringify(event.payload),
        ...(event.createdAt ? { createdAt: event.createdAt } : {}),
        leaseEpoch: fence?.epoch ?? null,
      };
      try {
        const row = fence
          ? // The lease row is updated first: that checks owner and epoch and locks the row
            // until the event is in, so a takeover (which bumps the epoch on the same row)
            // waits for this append and then loads it, or this append fails.
            await prisma.$transaction(async (tx) => {
              const held = await tx.gameLease.updateMany({
                where: { gameId: fence.gameId, owner: fence.owner, epoch: fence.epoch },
                data: { lastSeq: event.seq },
              });
              if (held.count !== 1)
                throw new LeaseLostError(fence.gameId, fence.owner, fence.epoch);
              return tx.gameEvent.create({ data });
            })
          : await prisma.gameEvent.create({ data });
        return { ...event, createdAt: row.createdAt };
      } catch (error) {
        if ((error as { code?: string }).code === "P2002")
          throw new SequenceConflictError(event.gameId, event.seq);
        throw error;
      }
    },

    /** Events after `afterSeq` (0 = from the start), in order. */
    async list(gameId: string, afterSeq = 0): Promise<LoggedEvent[]> {
      const rows = await prisma.gameEvent.findMany({
        where: { gameId, seq: { gt: afterSeq } },
        orderBy: { seq: "asc" },
      });
      return rows.map((row) => ({
        gameId: row.gameId,
        seq: row.seq,
        type: row.type,
        actor: row.actor,
        payload: JSON.parse(row.payloadJson) as unknown,
        createdAt: row.createdAt,
        leaseEpoch: row.leaseEpoch,
      }));
    },

    async lastSeq(gameId: string): Promise<number> {
      const row = await prisma.gameEvent.findFirst({
        where: { gameId },
        orderBy: { seq: "desc" },
        select: { seq: true },
      });
      return row?.seq ?? 0;
    },
  };
}
