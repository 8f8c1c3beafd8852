import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "./support/find-chromium.ts";

const port = Number(process.env.E2E_PORT ?? 3107);
const dataDir = mkdtempSync(path.join(os.tmpdir(), "threatscape-e2e-"));
const repoRoot = path.resolve(import.meta.dirname, "../..");

export default defineConfig({
  testDir: "./specs",
  outputDir: "./test-results",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    viewport: { width: 1280, height: 720 },
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 1280, height: 720 },
        launchOptions: {
          executablePath: findChromium(),
          // Without the background-networking flags Chromium floods the closed network.
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  // The real product: the production web build served by the real server, on its own
  // SQLite file so tests never touch a developer's data.
  webServer: {
    command:
      "pnpm --filter @threatscape/web run build && pnpm --filter @threatscape/server run start",
    cwd: repoRoot,
    url: `http://127.0.0.1:${port}/healthz`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      // All interfaces, as `pnpm start` runs: the join-address spec scans the QR code and
      // opens its LAN address as a phone would.
      HOST: "0.0.0.0",
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      // Every spec hosts its own session from this one address (and retries host again):
      // above the default of 10 new sessions per 10 minutes per address.
      SESSIONS_PER_ADDRESS: "200",
      SESSIONS_PER_SERVER: "200",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
