// `pnpm db:migrate`: applies pending migrations to DATABASE_URL (default: the SQLite file
// the server uses, <repo>/data/threatscape.db).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { databaseTarget, sqliteTargetIn } from "../src/database-target.ts";
import { applyPendingMigrations } from "../src/migrations.ts";
import { DatabaseUrl } from "../src/database-target.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const env = z
  .object({ DATABASE_URL: DatabaseUrl.optional(), DATA_DIR: z.string().optional() })
  .parse(process.env);
const target = env.DATABASE_URL
  ? databaseTarget(env.DATABASE_URL, repoRoot)
  : sqliteTargetIn(path.resolve(repoRoot, env.DATA_DIR ?? "data"));
const applied = await applyPendingMigrations(target);
const where = target.provider === "sqlite" ? target.file : "PostgreSQL";
console.log(
  applied.length ? `applied ${applied.join(", ")} to ${where}` : `${where} is up to date`,
);
