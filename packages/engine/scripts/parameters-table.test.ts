import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parametersTable } from "./parameters-table";

// Prettier pads the README's columns; compare cells, not spacing.
const cells = (line: string) =>
  line
    .split("|")
    .map((c) => c.trim())
    .filter(Boolean)
    .map((c) => (/^-+$/.test(c) ? "---" : c));

describe("the README's parameters table", () => {
  it("is the one generated from the schema (tsx scripts/parameters-table.ts)", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8").split("\n");
    const start = readme.findIndex((l) => /^\| name +\| default +\| meaning/.test(l));
    expect(start).toBeGreaterThan(0);
    const end = readme.findIndex((l, i) => i > start && !l.startsWith("|"));
    expect(readme.slice(start, end).map(cells)).toEqual(parametersTable().map(cells));
  });
});
