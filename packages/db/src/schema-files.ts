// Where each provider's schema and migrations live. prisma/schema.prisma (SQLite) is the
// source of truth; the PostgreSQL schema is the same text with another provider and output.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const prismaDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../prisma");

export type Provider = "sqlite" | "postgresql";

export interface ProviderFiles {
  provider: Provider;
  schemaPath: string;
  migrationsDir: string;
}

export const providers: Record<Provider, ProviderFiles> = {
  sqlite: {
    provider: "sqlite",
    schemaPath: path.join(prismaDir, "schema.prisma"),
    migrationsDir: path.join(prismaDir, "migrations"),
  },
  postgresql: {
    provider: "postgresql",
    schemaPath: path.join(prismaDir, "postgresql/schema.prisma"),
    migrationsDir: path.join(prismaDir, "postgresql/migrations"),
  },
};

const derivedHeader =
  "// GENERATED from ../schema.prisma by `pnpm db:generate`: edit that file, not this one.\n";

/** The PostgreSQL variant of the schema: same models, another provider and client output. */
export function postgresSchemaText(): string {
  const source = readFileSync(providers.sqlite.schemaPath, "utf8");
  const derived = source
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace(
      'output       = "../src/generated/sqlite"',
      'output       = "../../src/generated/postgresql"',
    );
  if (derived === source)
    throw new Error("prisma/schema.prisma: datasource or generator block not found");
  return derivedHeader + derived;
}

export function readSchema(provider: Provider): { path: string; content: string } {
  const { schemaPath } = providers[provider];
  return { path: schemaPath, content: readFileSync(schemaPath, "utf8") };
}
