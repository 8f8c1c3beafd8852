#!/usr/bin/env node
/* global process, console, URL */
/**
 * First-load JS per route, gzip, from a `next build` (Turbopack) output, checked against the
 * budgets of issue 13. A route's first load is the root main files (framework + runtime) plus
 * the client chunks of its layout and page entries, as listed in the route's client-reference
 * manifest; polyfills (nomodule, old browsers only) and chunks loaded later by dynamic import
 * are not counted. Each chunk is gzipped at zlib's default level, as Next's built-in compression sends it.
 *
 *   pnpm --filter @threatscape/web size            # after `pnpm --filter @threatscape/web build`
 *   node scripts/first-load-size.mjs --json        # machine-readable
 *
 * Exits 1 when a route is over its budget, 2 when there is no build to measure.
 * (size-limit measures files or an esbuild/webpack bundle of an entry; it has no notion of a
 * Next.js route's chunk set, so the route's own manifest is read instead.)
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import vm from "node:vm";

const KB = 1024;
/** Budgets (KB gzip) by route; the first pattern that matches a route applies. */
const BUDGETS = [
  [/^\/$/, 120],
  [/^\/join(\/|$)/, 120],
  [/^\/play(\/|$)/, 200],
  [/^\/host(\/|$)/, 250],
  [/^\/screen(\/|$)/, 250],
  [/^\/review(\/|$)/, 250],
];

const appDir = new URL("..", import.meta.url).pathname;
const next = join(appDir, ".next");
const manifestPath = join(next, "build-manifest.json");
if (!existsSync(manifestPath)) {
  console.error(
    "No Next.js build at apps/web/.next: run `pnpm --filter @threatscape/web build` first.",
  );
  process.exit(2);
}
const build = JSON.parse(readFileSync(manifestPath, "utf8"));
const root = build.rootMainFiles ?? [];

/** Every page_client-reference-manifest.js under .next/server/app. */
function manifests(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...manifests(p));
    else if (name === "page_client-reference-manifest.js") out.push(p);
  }
  return out;
}

const gz = new Map();
function gzipSize(file) {
  let n = gz.get(file);
  if (n === undefined) {
    n = gzipSync(readFileSync(join(next, file))).length;
    gz.set(file, n);
  }
  return n;
}

const rows = [];
for (const file of manifests(join(next, "server", "app"))) {
  const sandbox = { globalThis: {} };
  sandbox.globalThis = sandbox;
  vm.runInNewContext(readFileSync(file, "utf8"), sandbox);
  for (const [entry, m] of Object.entries(sandbox.__RSC_MANIFEST ?? {})) {
    const route = entry.replace(/\/page$/, "") || "/";
    if (route.startsWith("/_") || route.startsWith("/dev")) continue;
    const files = new Set(root);
    for (const [name, chunks] of Object.entries(m.entryJSFiles ?? {})) {
      // The layouts and this page; Next's built-in error boundaries load only on an error.
      if (name.includes("/node_modules/")) continue;
      for (const c of chunks) files.add(c);
    }
    const bytes = [...files].reduce((a, f) => a + gzipSize(f), 0);
    const budget = BUDGETS.find(([re]) => re.test(route))?.[1] ?? null;
    rows.push({ route, kb: +(bytes / KB).toFixed(1), budget, chunks: files.size });
  }
}
// Route handlers (route.js) that serve HTML pages ship no script file: listed at 0 KB so a page
// moved to plain HTML (e.g. /join) stays visible in the report. (/join/[code] carries one
// inline script in its HTML, 1.8 KB gzip: app/join/[code]/join-script.ts.)
function handlers(dir, prefix = "") {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...handlers(p, `${prefix}/${name}`));
    else if (name === "route.js") out.push(prefix || "/");
  }
  return out;
}
for (const route of handlers(join(next, "server", "app"))) {
  const budget = BUDGETS.find(([re]) => re.test(route))?.[1] ?? null;
  if (budget !== null && !rows.some((r) => r.route === route))
    rows.push({ route, kb: 0, budget, chunks: 0 });
}
rows.sort((a, b) => a.route.localeCompare(b.route));
const over = rows.filter((r) => r.budget !== null && r.kb > r.budget);

if (process.argv.includes("--json")) console.log(JSON.stringify(rows, null, 2));
else {
  console.log(`First-load JS (gzip) from ${relative(process.cwd(), next) || "."}`);
  for (const r of rows)
    console.log(
      `${r.kb > (r.budget ?? Infinity) ? "✗" : "✓"} ${r.route.padEnd(44)} ${r.kb.toFixed(1).padStart(6)} KB` +
        (r.budget !== null ? `  / ${r.budget} KB` : "") +
        `  (${r.chunks} chunks)`,
    );
}
if (over.length) {
  console.error(`${over.length} route(s) over budget: ${over.map((r) => r.route).join(", ")}`);
  process.exit(1);
}
