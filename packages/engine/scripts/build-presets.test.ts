// The committed preset JSON is what scripts/preset-sources/ builds: a source fix that was not
// regenerated (or a hand edit of the JSON) fails here, not in a class.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const engine = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

it("every preset JSON matches its source tables (build-presets.ts --check)", () => {
  const run = spawnSync("pnpm", ["exec", "tsx", "scripts/build-presets.ts", "--check"], {
    cwd: engine,
    encoding: "utf8",
    timeout: 120_000,
  });
  expect(run.stdout.split("\n").filter((line) => line.startsWith("STALE"))).toEqual([]);
  expect(run.status).toBe(0);
}, 120_000);
