// Opening the database: picks the adapter for the target, applies pending migrations,
// and hands out repositories. Nothing outside src/repositories touches Prisma models.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { DatabaseTarget } from "./database-target.ts";
import { PrismaClient as SqlitePrismaClient } from "./generated/sqlite/client.ts";
import { PrismaClient as PostgresPrismaClient } from "./generated/postgresql/client.ts";
import { applyPendingMigrations } from "./migrations.ts";
import { capturingFactory, rawWriter } from "./raw-writes.ts";
import { createAnnotationRepository } from "./repositories/annotation-repository.ts";
import { createEventLogRepository } from "./repositories/event-log-repository.ts";
import { createLeaseRepository } from "./repositories/lease-repository.ts";
import { createGameRepository } from "./repositories/game-repository.ts";
import { createMessageRepository } from "./repositories/message-repository.ts";
import { createParticipantRepository } from "./repositories/participant-repository.ts";
import { createSnapshotRepository } from "./repositories/snapshot-repository.ts";

/**
 * Both generated clients expose the same model API (only the provider differs), so the
 * repositories are written once against the SQLite client's type.
 */
export type PrismaDb = SqlitePrismaClient;

export interface Database {
  target: DatabaseTarget;
  games: ReturnType<typeof createGameRepository>;
  participants: ReturnType<typeof createParticipantRepository>;
  events: ReturnType<typeof createEventLogRepository>;
  /** Game ownership leases (scale-out; one holder in a single process). */
  leases: ReturnType<typeof createLeaseRepository>;
  snapshots: ReturnType<typeof createSnapshotRepository>;
  messages: ReturnType<typeof createMessageRepository>;
  annotations: ReturnType<typeof createAnnotationRepository>;
  /** Round-trips a trivial query; used by the health endpoint. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** Apply pending migrations first (the server does this at start). Default true. */
  migrate?: boolean;
}

export async function openDatabase(
  target: DatabaseTarget,
  options: OpenDatabaseOptions = {},
): Promise<Database & { appliedMigrations: string[] }> {
  const appliedMigrations = options.migrate === false ? [] : await applyPendingMigrations(target);
  const driver = capturingFactory(
    target.provider === "sqlite"
      ? new PrismaBetterSqlite3({ url: target.file })
      : new PrismaPg({ connectionString: target.url }),
  );
  const prisma: PrismaDb =
    target.provider === "sqlite"
      ? new SqlitePrismaClient({ adapter: driver.factory })
      : (new PostgresPrismaClient({ adapter: driver.factory }) as unknown as PrismaDb);
  await prisma.$connect();
  const raw = rawWriter(target.provider, driver.adapter);
  if (target.provider === "sqlite") {
    // WAL lets readers (queries, exports) proceed while the game loop appends events.
    await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await prisma.$executeRawUnsafe("PRAGMA busy_timeout = 5000");
  }
  return {
    target,
    appliedMigrations,
    games: createGameRepository(prisma),
    participants: createParticipantRepository(prisma),
    events: createEventLogRepository(prisma, raw),
    leases: createLeaseRepository(prisma),
    snapshots: createSnapshotRepository(prisma),
    messages: createMessageRepository(prisma, raw),
    annotations: createAnnotationRepository(prisma),
    ping: async () => {
      await prisma.$queryRawUnsafe("SELECT 1");
      return true;
    },
    close: () => prisma.$disconnect(),
  };
}
