/** Writes scenario.schema.json from the zod schema: pnpm --filter @threatscape/engine run schema */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { scenarioJsonSchemaText } from "../src/scenario/json-schema";

const target = fileURLToPath(new URL("../scenario.schema.json", import.meta.url));
writeFileSync(target, scenarioJsonSchemaText());
console.log(`wrote ${target}`);
