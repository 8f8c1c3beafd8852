import type { PrismaDb } from "../database.ts";
import { isUniqueViolation, type Column, type RawWriter } from "../raw-writes.ts";

/** One entry of a game's append-only log. `seq` runs 1, 2, 3 ... with no gaps. */
export interface LoggedEvent {
  gameId: string;
  seq: number;
  type: string;
  actor: string;
  payload: unknown;
  createdAt: Date;
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
];

export function createEventLogRepository(prisma: PrismaDb, raw: RawWriter) {
  return {
    /**
     * Appends one event at `seq` (the caller's game queue knows the next number). The
     * primary key (gameId, seq) turns a lost race into an error instead of a silent fork.
     */
    async append(
      event: Omit<LoggedEvent, "createdAt"> & { createdAt?: Date },
    ): Promise<LoggedEvent> {
      const createdAt = event.createdAt ?? new Date();
      try {
        // The hot path of every live request: a raw insert (raw-writes.ts).
        await raw.insert("GameEvent", EVENT_COLUMNS, [
          event.gameId,
          event.seq,
          event.type,
          event.actor,
          JSON.stringify(event.payload),
          createdAt,
        ]);
        return { ...event, createdAt };
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
