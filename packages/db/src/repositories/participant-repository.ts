import type { PrismaDb } from "../database.ts";
import type { Participant as ParticipantRow } from "../generated/sqlite/client.ts";

export type ParticipantRole = "student" | "instructor" | "staff";

export interface ParticipantRecord {
  id: string;
  gameId: string;
  seatId: string | null;
  displayName: string;
  role: ParticipantRole;
  isBot: boolean;
  kicked: boolean;
  lastSeenAt: Date;
  createdAt: Date;
}

function toRecord(row: ParticipantRow): ParticipantRecord {
  return {
    id: row.id,
    gameId: row.gameId,
    seatId: row.seatId,
    displayName: row.displayName,
    role: row.role as ParticipantRole,
    isBot: row.isBot,
    kicked: row.kicked,
    lastSeenAt: row.lastSeenAt,
    createdAt: row.createdAt,
  };
}

export function createParticipantRepository(prisma: PrismaDb) {
  return {
    async create(participant: {
      id: string;
      gameId: string;
      displayName: string;
      rejoinHash: string;
      role?: ParticipantRole;
      seatId?: string | null;
      isBot?: boolean;
    }): Promise<ParticipantRecord> {
      return toRecord(await prisma.participant.create({ data: participant }));
    },

    async findByRejoinHash(rejoinHash: string): Promise<ParticipantRecord | null> {
      const row = await prisma.participant.findUnique({ where: { rejoinHash } });
      return row ? toRecord(row) : null;
    },

    async listForGame(gameId: string): Promise<ParticipantRecord[]> {
      const rows = await prisma.participant.findMany({
        where: { gameId },
        orderBy: { createdAt: "asc" },
      });
      return rows.map(toRecord);
    },

    async update(
      id: string,
      changes: Partial<
        Pick<ParticipantRecord, "seatId" | "kicked" | "lastSeenAt" | "displayName">
      > & {
        /** A new rejoin token's hash (the seat moved to another browser). */
        rejoinHash?: string;
      },
    ): Promise<ParticipantRecord> {
      return toRecord(await prisma.participant.update({ where: { id }, data: changes }));
    },
  };
}
