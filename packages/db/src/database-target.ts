// Which database a process talks to, from one URL: SQLite (a file, the zero-set-up default)
// or PostgreSQL (`postgresql://...`). Apps parse their env and pass the URL in; this
// package never reads process.env itself.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { z } from "zod";
import type { Provider } from "./schema-files.ts";

export type DatabaseTarget =
  { provider: "sqlite"; file: string; url: string } | { provider: "postgresql"; url: string };

export const DatabaseUrl = z
  .string()
  .trim()
  .refine((url) => /^(file:|postgres(ql)?:\/\/)/.test(url), {
    message: "must start with file: (SQLite) or postgresql:// (PostgreSQL)",
  });

/** `file:./data/x.db`, `file:/abs/x.db` or `postgresql://user:pass@host/db`. Relative files resolve against `baseDir`. */
export function databaseTarget(url: string, baseDir = process.cwd()): DatabaseTarget {
  const parsed = DatabaseUrl.parse(url);
  if (parsed.startsWith("file:")) {
    const file = path.resolve(baseDir, parsed.slice("file:".length));
    return { provider: "sqlite", file, url: `file:${file}` };
  }
  return { provider: "postgresql", url: parsed };
}

/** The default: an SQLite file in the data directory. */
export function sqliteTargetIn(dataDir: string, fileName = "threatscape.db"): DatabaseTarget {
  const file = path.resolve(dataDir, fileName);
  return { provider: "sqlite", file, url: `file:${file}` };
}

export function adapterFactoryFor(
  target: DatabaseTarget,
  options: { shadowDatabaseUrl?: string } = {},
): SqlMigrationAwareDriverAdapterFactory {
  if (target.provider === "sqlite") {
    mkdirSync(path.dirname(target.file), { recursive: true });
    return new PrismaBetterSqlite3(
      { url: target.file },
      { shadowDatabaseUrl: options.shadowDatabaseUrl ?? ":memory:" },
    );
  }
  const main = new PrismaPg({ connectionString: target.url });
  const shadowUrl = options.shadowDatabaseUrl;
  if (!shadowUrl) return main;
  // adapter-pg has no shadowDatabaseUrl option (it creates a database named at random,
  // which needs CREATEDB rights): use the scratch database we were given, emptied first.
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: () => main.connect(),
    connectToShadowDb: async () => {
      const shadow = await new PrismaPg({ connectionString: shadowUrl }).connect();
      await shadow.executeScript("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
      return shadow;
    },
  };
}

export function providerOf(target: DatabaseTarget): Provider {
  return target.provider;
}
