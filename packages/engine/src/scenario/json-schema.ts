import { z } from "zod";
import { Scenario } from "./schema";

/** The JSON Schema of a scenario file (input side: fields with defaults are optional). */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Scenario, { io: "input", target: "draft-2020-12" }),
    $id: "https://threatscape.local/scenario.schema.json",
    title: "Threatscape scenario",
  };
}

export const scenarioJsonSchemaText = (): string =>
  `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
