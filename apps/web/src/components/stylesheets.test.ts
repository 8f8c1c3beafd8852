// The design system's rules for stylesheets, checked: one home for colours (globals.css tokens, so
// no colour literal repeats across the screens' sheets) and no sheet over 300 lines without a
// reason stated at its top (the team rule).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const sheets = readdirSync(root, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".module.css"))
  .map((f) => ({ file: f, text: readFileSync(path.join(root, f), "utf8") }));

describe("component stylesheets", () => {
  it("are found", () => {
    expect(sheets.length).toBeGreaterThan(20);
  });

  it.each(sheets.map((s) => [s.file, s.text]))(
    "%s is at most 300 lines or says why",
    (_f, text) => {
      const lines = text.trimEnd().split("\n").length;
      if (lines > 300) expect(text.slice(0, 400)).toMatch(/over 300 lines/i);
    },
  );

  it("repeat no colour literal across the screens (a token in globals.css instead)", () => {
    const seen = new Map<string, string[]>();
    for (const { file, text } of sheets) {
      if (!/^components\/(ui|student|review|host|screen)\//.test(file.split(path.sep).join("/")))
        continue;
      const body = text.replace(/\/\*[\s\S]*?\*\//g, "");
      for (const [hex] of body.matchAll(/#[0-9a-fA-F]{3,8}\b/g)) {
        const key = hex.toLowerCase();
        seen.set(key, [...(seen.get(key) ?? []), file]);
      }
    }
    const repeated = [...seen].filter(([, files]) => files.length > 1);
    expect(repeated).toEqual([]);
  });
});
