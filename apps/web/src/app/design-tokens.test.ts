// One home for the design tokens: globals.css. The no-JavaScript pages (landing, join) inline a
// copy of the tokens they use so they need no CSS request; this keeps those copies true.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { landingHtml } from "./landing-html";
import { codeEntryHtml } from "./join/code-entry-html";

const here = import.meta.dirname;

/** `--name: value` pairs of the first `:root { … }` block in `css`, colours lower-case and long. */
function rootTokens(css: string): Map<string, string> {
  const block = /:root\s*\{([^}]*)\}/.exec(css.replace(/\/\*[\s\S]*?\*\//g, ""))?.[1] ?? "";
  const tokens = new Map<string, string>();
  for (const [, name, value] of block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);?/g)) {
    const v = value!.trim().toLowerCase();
    tokens.set(
      name!,
      /^#[0-9a-f]{3}$/.test(v) ? `#${[...v.slice(1)].map((c) => c + c).join("")}` : v,
    );
  }
  return tokens;
}

const globals = rootTokens(readFileSync(path.join(here, "globals.css"), "utf8"));

describe("design tokens", () => {
  it("globals.css defines the colour, spacing, radius and type tokens", () => {
    for (const name of ["--ink", "--accent", "--bad", "--space-3", "--radius", "--text-body"]) {
      expect(globals.has(name), name).toBe(true);
    }
  });

  const pages: [string, string][] = [
    ["landing", landingHtml("1.0.0")],
    ["join code entry", codeEntryHtml("", null)],
    ["join session", readFileSync(path.join(here, "join/[code]/join-session-html.ts"), "utf8")],
  ];
  it.each(pages)("the %s page's inlined tokens equal globals.css", (_page, html) => {
    const inlined = rootTokens(html);
    expect(inlined.size).toBeGreaterThan(3);
    for (const [name, value] of inlined) {
      if (globals.has(name)) expect(value, name).toBe(globals.get(name));
    }
  });
});
