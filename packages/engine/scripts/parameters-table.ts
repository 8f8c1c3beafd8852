/**
 * Prints the parameters table of the engine README from the zod schema (src/parameters.ts),
 * so names, defaults and meanings have one home:  tsx scripts/parameters-table.ts
 * (parameters-table.test.ts fails when the README's table differs from it).
 */
import { fileURLToPath } from "node:url";
import { DEFAULT_PARAMETERS, ModelParameters } from "../src/parameters";

/** The table's lines, header first, one row per parameter in schema order. */
export function parametersTable(): string[] {
  const rows = Object.entries(ModelParameters.shape).map(([name, schema]) => {
    const value = DEFAULT_PARAMETERS[name as keyof typeof DEFAULT_PARAMETERS];
    const text =
      typeof value === "number" ? String(Math.round(value * 1e6) / 1e6) : JSON.stringify(value);
    return `| \`${name}\` | \`${text}\` | ${(schema.description ?? "").replace(/\|/g, "/")} |`;
  });
  return ["| name | default | meaning |", "| --- | --- | --- |", ...rows];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(parametersTable().join("\n"));
