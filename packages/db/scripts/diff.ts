// `pnpm db:diff [name]`: writes a new migration for SQLite and for PostgreSQL from
// prisma/schema.prisma (after `pnpm db:generate` has derived the PostgreSQL schema).
import { z } from "zod";
import { createMigration } from "../src/migrations.ts";

const args = z
  .object({
    name: z
      .string()
      .regex(/^[\w-]+$/, "letters, digits, _ and - only")
      .default("change"),
  })
  .parse({ name: process.argv[2] });

for (const provider of ["sqlite", "postgresql"] as const) {
  const migration = await createMigration(provider, args.name);
  const folder = provider === "sqlite" ? "prisma/migrations" : "prisma/postgresql/migrations";
  console.log(
    migration.name
      ? `${provider}: wrote ${folder}/${migration.name}/migration.sql`
      : `${provider}: schema and migrations agree; nothing to write`,
  );
}
