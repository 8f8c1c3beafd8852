/**
 * Prints the parameters table of the engine README from the zod schema (src/parameters.ts),
 * so names, defaults and meanings have one home:  tsx scripts/parameters-table.ts
 */
import { DEFAULT_PARAMETERS, ModelParameters } from "../src/parameters";

const rows = Object.entries(ModelParameters.shape).map(([name, schema]) => {
  const value = DEFAULT_PARAMETERS[name as keyof typeof DEFAULT_PARAMETERS];
  const text =
    typeof value === "number" ? String(Math.round(value * 1e6) / 1e6) : JSON.stringify(value);
  return `| \`${name}\` | \`${text}\` | ${(schema.description ?? "").replace(/\|/g, "/")} |`;
});
console.log(["| name | default | meaning |", "| --- | --- | --- |", ...rows].join("\n"));
