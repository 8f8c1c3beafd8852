// Applying and creating migrations with Prisma's schema engine (see schema-engine.ts).
// Folder layout is Prisma's standard one: prisma/migrations/<timestamp>_<name>/migration.sql
// plus migration_lock.toml, one tree per provider.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { adapterFactoryFor, type DatabaseTarget } from "./database-target.ts";
import { openSchemaEngine } from "./schema-engine.ts";
import { providers, readSchema, type Provider } from "./schema-files.ts";

const noFilters = { externalTables: [], externalEnums: [] };

function migrationList(provider: Provider) {
  const { migrationsDir } = providers[provider];
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  const names = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => {
      const file = path.join(migrationsDir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: existsSync(file)
            ? { tag: "ok" as const, value: readFileSync(file, "utf8") }
            : { tag: "error" as const, value: `${file} is missing` },
        },
      };
    }),
  };
}

/** Applies every pending migration (idempotent, recorded in `_prisma_migrations`). */
export async function applyPendingMigrations(target: DatabaseTarget): Promise<string[]> {
  const { engine, close } = await openSchemaEngine(
    readSchema(target.provider),
    adapterFactoryFor(target),
  );
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: migrationList(target.provider),
      filters: noFilters,
    });
    return appliedMigrationNames;
  } catch (error) {
    // better-sqlite3's adapter reports SQLITE_BUSY as `SocketTimeout`, a kind this engine
    // build cannot decode; say what it means.
    if (String(error).includes("SocketTimeout")) {
      throw new Error(
        `${target.provider === "sqlite" ? target.file : "the database"} is locked by another process (is a Threatscape server already running on it?)`,
        { cause: error },
      );
    }
    throw error;
  } finally {
    await close();
  }
}

export interface NewMigration {
  provider: Provider;
  name: string | null;
  sql: string;
}

/**
 * The schema as of the newest PostgreSQL migration. The published WebAssembly engine cannot
 * read a live PostgreSQL catalogue through adapter-pg ("Column type 'char' could not be
 * deserialized"), so PostgreSQL migrations are diffed from this snapshot, which `db:diff`
 * rewrites with every migration it writes. SQLite migrations are diffed from the
 * migrations themselves, replayed on an in-memory shadow database.
 */
export function migratedSchemaSnapshotPath(provider: Provider): string {
  return path.join(providers[provider].migrationsDir, "migrated-schema.prisma.snapshot");
}

/**
 * Writes a new migration for `provider` holding the difference between its migrations
 * folder and the schema. Returns name null when there is nothing to migrate.
 */
export async function createMigration(
  provider: Provider,
  name: string,
  options: { now?: Date; dryRun?: boolean } = {},
): Promise<NewMigration> {
  const schema = readSchema(provider);
  const list = migrationList(provider);
  const snapshotPath = migratedSchemaSnapshotPath(provider);
  // Neither diff below connects to a database (SQLite's shadow database is in memory).
  const { engine, close } = await openSchemaEngine(
    schema,
    adapterFactoryFor({ provider: "sqlite", file: ":memory:", url: "file::memory:" }),
  );
  try {
    let from;
    if (list.migrationDirectories.length === 0) from = { tag: "empty" as const };
    else if (provider === "sqlite") from = { tag: "migrations" as const, ...list };
    else {
      if (!existsSync(snapshotPath)) throw new Error(`${snapshotPath} is missing`);
      from = {
        tag: "schemaDatamodel" as const,
        files: [{ path: schema.path, content: readFileSync(snapshotPath, "utf8") }],
      };
    }
    const result = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: null,
      filters: noFilters,
    } as Parameters<typeof engine.diff>[0]);
    const sql = result.stdout ?? "";
    if (!sql.trim() || /^-- This is an empty migration\.?\s*$/.test(sql.trim())) {
      return { provider, name: null, sql: "" };
    }
    const stamp = (options.now ?? new Date()).toISOString().replace(/\D/g, "").slice(0, 14);
    const folder = `${stamp}_${name.replace(/[^a-z0-9_]+/gi, "_").toLowerCase()}`;
    if (options.dryRun) return { provider, name: folder, sql };
    const dir = path.join(list.baseDir, folder);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), sql);
    if (provider === "postgresql") writeFileSync(snapshotPath, schema.content);
    const lockPath = path.join(list.baseDir, "migration_lock.toml");
    if (!existsSync(lockPath)) {
      writeFileSync(
        lockPath,
        `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${provider}"\n`,
      );
    }
    return { provider, name: folder, sql };
  } finally {
    await close();
  }
}
