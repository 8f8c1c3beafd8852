import type { PrismaDb } from "../database.ts";
import type { Game as GameRow, Seat as SeatRow } from "../generated/sqlite/client.ts";

export type GameStatus = "lobby" | "running" | "paused" | "finished";

/** A game as the rest of the system sees it (no Prisma types leak out). */
export interface GameRecord {
  id: string;
  joinCode: string;
  instructorHash: string;
  staffHash: string | null;
  title: string;
  scenarioId: string;
  scenario: unknown;
  seed: number;
  status: GameStatus;
  settings: Record<string, unknown>;
  phaseDeadline: Date | null;
  pausedRemainingMs: number | null;
  createdAt: Date;
  seats: SeatRecord[];
}

export interface SeatRecord {
  id: string;
  stateId: string;
  botPolicy: string | null;
}

export interface NewGame {
  id: string;
  joinCode: string;
  instructorHash: string;
  staffHash?: string | null;
  title: string;
  scenarioId: string;
  scenario: unknown;
  seed: number;
  settings?: Record<string, unknown>;
  seats: SeatRecord[];
}

function toGameRecord(row: GameRow & { seats: SeatRow[] }): GameRecord {
  return {
    id: row.id,
    joinCode: row.joinCode,
    instructorHash: row.instructorHash,
    staffHash: row.staffHash,
    title: row.title,
    scenarioId: row.scenarioId,
    scenario: JSON.parse(row.scenarioJson) as unknown,
    seed: row.seed,
    status: row.status as GameStatus,
    settings: JSON.parse(row.settingsJson) as Record<string, unknown>,
    phaseDeadline: row.phaseDeadline,
    pausedRemainingMs: row.pausedRemainingMs,
    createdAt: row.createdAt,
    seats: row.seats
      .map((seat) => ({ id: seat.id, stateId: seat.stateId, botPolicy: seat.botPolicy }))
      .sort((a, b) => a.stateId.localeCompare(b.stateId)),
  };
}

export function createGameRepository(prisma: PrismaDb) {
  return {
    async create(game: NewGame): Promise<GameRecord> {
      const row = await prisma.game.create({
        data: {
          id: game.id,
          joinCode: game.joinCode,
          instructorHash: game.instructorHash,
          staffHash: game.staffHash ?? null,
          title: game.title,
          scenarioId: game.scenarioId,
          scenarioJson: JSON.stringify(game.scenario),
          seed: game.seed,
          settingsJson: JSON.stringify(game.settings ?? {}),
          seats: { create: game.seats },
        },
        include: { seats: true },
      });
      return toGameRecord(row);
    },

    async findById(id: string): Promise<GameRecord | null> {
      const row = await prisma.game.findUnique({ where: { id }, include: { seats: true } });
      return row ? toGameRecord(row) : null;
    },

    async findByJoinCode(joinCode: string): Promise<GameRecord | null> {
      const row = await prisma.game.findUnique({ where: { joinCode }, include: { seats: true } });
      return row ? toGameRecord(row) : null;
    },

    async joinCodeTaken(joinCode: string): Promise<boolean> {
      return (await prisma.game.count({ where: { joinCode } })) > 0;
    },

    /** Games not finished: the server resumes these after a restart. */
    async listUnfinished(): Promise<GameRecord[]> {
      const rows = await prisma.game.findMany({
        where: { status: { not: "finished" } },
        include: { seats: true },
        orderBy: { createdAt: "asc" },
      });
      return rows.map(toGameRecord);
    },

    async list(limit = 50): Promise<GameRecord[]> {
      const rows = await prisma.game.findMany({
        include: { seats: true },
        orderBy: { createdAt: "desc" },
        take: limit,
      });
      return rows.map(toGameRecord);
    },

    async updateTiming(
      id: string,
      timing: {
        status?: GameStatus;
        phaseDeadline?: Date | null;
        pausedRemainingMs?: number | null;
      },
    ): Promise<void> {
      await prisma.game.update({ where: { id }, data: timing });
    },

    async setSeatBot(gameId: string, stateId: string, botPolicy: string | null): Promise<void> {
      await prisma.seat.update({
        where: { gameId_stateId: { gameId, stateId } },
        data: { botPolicy },
      });
    },
  };
}
