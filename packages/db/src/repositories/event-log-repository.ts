import type { PrismaDb } from "../database.ts";
import { isUniqueViolation, type Column, type RawWriter } from "../raw-writes.ts";
import { leaseGuard, requireInserted, type Lease } from "./lease-repository.ts";

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

const EVENT_COLUMNS: readonly Column[] = [
  ["gameId", "string"],
  ["seq", "int"],
  ["type", "string"],
  ["actor", "string"],
  ["payloadJson", "string"],
  ["createdAt", "datetime"],
  ["leaseEpoch", "int"],
];
export function createEventLogRepository(prisma: PrismaDb, raw: RawWriter) {
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
      const createdAt = event.createdAt ?? new Date();
      const row = [
        event.gameId,
        event.seq,
        event.type,
        event.actor,
        JSON.stringify(event.payload),
        createdAt,
        fence?.epoch ?? null,
      ];
      try {
        // The hot path of every live request: a raw insert (raw-writes.ts). Fenced: the
        // insert happens only while the lease row still names this owner and epoch (one
        // statement; on PostgreSQL it locks that row, so a takeover waits for it and then
        // loads this event, or this insert finds the new epoch and writes nothing).
        if (!fence) await raw.insert("GameEvent", EVENT_COLUMNS, row);
        else {
          const inserted = await raw.insertGuarded(
            "GameEvent",
            EVENT_COLUMNS,
            row,
            leaseGuard(fence),
          );
          requireInserted(inserted, fence);
        }
        return { ...event, createdAt, leaseEpoch: fence?.epoch ?? null };
      } catch (error) {
        if (isUniqueViolation(error)) throw new SequenceConflictError(event.gameId, event.seq);
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
