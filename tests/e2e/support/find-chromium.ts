// Playwright cannot download its own browsers on these machines, so the e2e tests run in
// a system Chromium: PLAYWRIGHT_CHROMIUM_EXECUTABLE, then the usual paths, then (as root
// with apt-get, as on CI) Debian's `chromium` package is installed.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const candidates = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

function firstExisting(): string | undefined {
  return candidates.find((candidate) => existsSync(candidate));
}

export function findChromium(): string {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`PLAYWRIGHT_CHROMIUM_EXECUTABLE=${fromEnv} does not exist`);
  }
  const found = firstExisting();
  if (found) return found;

  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = spawnSync("which", ["apt-get"]).status === 0;
  if (isRoot && hasApt) {
    console.log("e2e: no Chromium found; installing Debian's chromium package (about a minute)...");
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    const installed = firstExisting();
    if (installed) return installed;
  }
  throw new Error(
    [
      "The end-to-end tests need Chromium and none was found.",
      "Install one, then run the tests again:",
      "  Debian/Ubuntu:  sudo apt-get install chromium",
      "  macOS:          install Google Chrome",
      "or point PLAYWRIGHT_CHROMIUM_EXECUTABLE at a Chromium or Chrome binary.",
    ].join("\n"),
  );
}
