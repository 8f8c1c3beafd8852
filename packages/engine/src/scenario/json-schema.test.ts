import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scenarioJsonSchemaText } from "./json-schema";

describe("scenario.schema.json", () => {
  it("the committed file equals the one generated from the zod schema (pnpm run schema)", () => {
    const committed = readFileSync(new URL("../../scenario.schema.json", import.meta.url), "utf8");
    expect(committed).toBe(scenarioJsonSchemaText());
  });
});
