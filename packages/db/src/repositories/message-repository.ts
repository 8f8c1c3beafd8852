import type { PrismaDb } from "../database.ts";

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

export function createMessageRepository(prisma: PrismaDb) {
  return {
    async create(
      message: Omit<MessageRecord, "createdAt"> & { createdAt?: Date },
    ): Promise<MessageRecord> {
      const row = await prisma.message.create({ data: message });
      return { ...message, createdAt: row.createdAt };
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
