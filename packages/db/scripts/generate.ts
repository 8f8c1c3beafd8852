// `pnpm db:generate`: derives the PostgreSQL schema from prisma/schema.prisma and
// generates a Prisma client for each provider into src/generated/.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { postgresSchemaText, providers } from "../src/schema-files.ts";

const require = createRequire(import.meta.url);
writeFileSync(providers.postgresql.schemaPath, postgresSchemaText());

// `prisma generate` only checks that a schema-engine binary path exists (generation itself
// runs in WebAssembly); without this it would try to download one, which fails offline.
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const prismaCli = require.resolve("prisma/build/index.js");
for (const provider of Object.values(providers)) {
  execFileSync(process.execPath, [prismaCli, "generate", "--schema", provider.schemaPath], {
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
}
