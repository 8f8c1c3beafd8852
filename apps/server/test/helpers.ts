import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startServer, type StartOptions, type ThreatscapeServer } from "../src/app.ts";
import { parseServerEnv } from "../src/env.ts";
import { createLogger } from "../src/logger.ts";

/** A real server in this process on a free port, with its own SQLite file and no web app. */
export async function startTestServer(
  overrides: Record<string, string> = {},
  options: Pick<StartOptions, "networkInterfaces"> = {},
): Promise<ThreatscapeServer & { dataDir: string }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "threatscape-server-"));
  const env = parseServerEnv({
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    SERVE_WEB: "false",
    LOG_LEVEL: "silent",
    ...overrides,
  });
  const server = await startServer({ env, logger: createLogger(env.LOG_LEVEL), ...options });
  return {
    ...server,
    dataDir,
    close: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Fetch options that authorise an /export download by secret (never in the URL). */
export const bearer = (secret: string): RequestInit => ({
  headers: { authorization: `Bearer ${secret}` },
});
