import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Sqlite from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMigration } from "../src/migrations.ts";
import { applyPendingMigrations } from "../src/migrations.ts";
import { postgresSchemaText, providers } from "../src/schema-files.ts";
import { startLocalPostgres, type LocalPostgres } from "../src/testing/local-postgres.ts";

type Column = { table: string; column: string; nullable: boolean };

function sqliteColumns(file: string): Column[] {
  const db = new Sqlite(file, { readonly: true });
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[];
  const columns = tables.flatMap(({ name }) =>
    (
      db.prepare(`PRAGMA table_info("${name}")`).all() as {
        name: string;
        notnull: number;
        pk: number;
      }[]
    ).map((column) => ({
      table: name,
      column: column.name,
      nullable: column.notnull === 0 && column.pk === 0,
    })),
  );
  db.close();
  return columns.sort((a, b) => `${a.table}.${a.column}`.localeCompare(`${b.table}.${b.column}`));
}

describe("migrations", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "threatscape-db-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("the derived PostgreSQL schema is in sync with prisma/schema.prisma (run pnpm db:generate)", () => {
    expect(readFileSync(providers.postgresql.schemaPath, "utf8")).toBe(postgresSchemaText());
  });

  it.each(["sqlite", "postgresql"] as const)(
    "%s migrations already describe the whole schema (run pnpm db:diff)",
    async (provider) => {
      const pending = await createMigration(provider, "check", { dryRun: true });
      expect(pending.sql).toBe("");
    },
  );

  it("applies every SQLite migration to a new file, once", async () => {
    const file = path.join(dir, "fresh.db");
    const target = { provider: "sqlite" as const, file, url: `file:${file}` };
    const first = await applyPendingMigrations(target);
    expect(first.length).toBeGreaterThan(0);
    expect(await applyPendingMigrations(target)).toEqual([]);
    const tables = new Set(sqliteColumns(file).map((column) => column.table));
    for (const table of [
      "Game",
      "Seat",
      "Participant",
      "GameEvent",
      "Snapshot",
      "Message",
      "Annotation",
    ]) {
      expect(tables).toContain(table);
    }
  });
});

describe("PostgreSQL", () => {
  let server: LocalPostgres | undefined;
  let skipReason = "";
  beforeAll(async () => {
    const started = await startLocalPostgres();
    if (started.ok) server = started.server;
    else {
      skipReason = started.reason;
      console.warn(`SKIPPED PostgreSQL migration test: ${skipReason}`);
    }
  });
  afterAll(async () => server?.stop());

  it("migrates to the same tables and columns as SQLite", async (context) => {
    if (!server) return context.skip(`PostgreSQL unavailable: ${skipReason}`);
    const applied = await applyPendingMigrations({ provider: "postgresql", url: server.url });
    expect(applied.length).toBeGreaterThan(0);
    expect(await applyPendingMigrations({ provider: "postgresql", url: server.url })).toEqual([]);

    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    const { rows } = await client.query<{
      table_name: string;
      column_name: string;
      is_nullable: string;
    }>(
      "SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'",
    );
    await client.end();
    const postgresColumns = rows
      .map((row) => ({
        table: row.table_name,
        column: row.column_name,
        nullable: row.is_nullable === "YES",
      }))
      .filter((column) => column.table !== "_prisma_migrations")
      .sort((a, b) => `${a.table}.${a.column}`.localeCompare(`${b.table}.${b.column}`));

    const sqliteDir = mkdtempSync(path.join(os.tmpdir(), "threatscape-db-"));
    const file = path.join(sqliteDir, "compare.db");
    await applyPendingMigrations({ provider: "sqlite", file, url: `file:${file}` });
    const sqlite = sqliteColumns(file).filter((column) => column.table !== "_prisma_migrations");
    rmSync(sqliteDir, { recursive: true, force: true });

    expect(postgresColumns).toEqual(sqlite);
  });
});
