import type { PrismaDb } from "../database.ts";
import type { Column, RawWriter } from "../raw-writes.ts";
import { leaseGuard, requireInserted, type Lease } from "./lease-repository.ts";

export interface MessageRecord {
  id: string;
  gameId: string;
  channel: string;
  fromStateId: string | null;
  authorId: string;
  body: string;
  round: number;
  createdAt: Date;
}

const MESSAGE_COLUMNS: readonly Column[] = [
  ["id", "string"],
  ["gameId", "string"],
  ["channel", "string"],
  ["fromStateId", "string"],
  ["authorId", "string"],
  ["body", "string"],
  ["round", "int"],
  ["createdAt", "datetime"],
];

export function createMessageRepository(prisma: PrismaDb, raw: RawWriter) {
  return {
    /**
     * Stores one chat message (a raw insert: every chat request makes one, raw-writes.ts).
     * With a `fence` (the game's lease, scale-out) it is stored only while that lease is
     * current, in the same statement; else `LeaseLostError` and nothing is written.
     */
    async create(
      message: Omit<MessageRecord, "createdAt"> & { createdAt?: Date },
      fence?: Pick<Lease, "gameId" | "owner" | "epoch">,
    ): Promise<MessageRecord> {
      const createdAt = message.createdAt ?? new Date();
      const row = [
        message.id,
        message.gameId,
        message.channel,
        message.fromStateId,
        message.authorId,
        message.body,
        message.round,
        createdAt,
      ];
      if (!fence) await raw.insert("Message", MESSAGE_COLUMNS, row);
      else
        requireInserted(
          await raw.insertGuarded("Message", MESSAGE_COLUMNS, row, leaseGuard(fence)),
          fence,
        );
      return { ...message, createdAt };
    },

    /** Messages of the given channels, oldest first. */
    async listForChannels(gameId: string, channels: string[]): Promise<MessageRecord[]> {
      return prisma.message.findMany({
        where: { gameId, channel: { in: channels } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      });
    },

    async listForGame(gameId: string): Promise<MessageRecord[]> {
      return prisma.message.findMany({
        where: { gameId },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      });
    },
  };
}
