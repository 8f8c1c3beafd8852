// Serves the Next.js app (apps/web) from this process, so the web app, Socket.IO and tRPC
// share one origin and one port: the browser finds the server with no configuration.
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { existsSync } from "node:fs";
import path from "node:path";

export interface WebApp {
  handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void>;
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void>;
  close(): Promise<void>;
}

export async function loadWebApp(options: {
  dir: string;
  dev: boolean;
  hostname: string;
  port: number;
  httpServer: Server;
}): Promise<WebApp> {
  if (!options.dev && !existsSync(path.join(options.dir, ".next", "BUILD_ID"))) {
    throw new Error(
      `the web app is not built (${path.join(options.dir, ".next")} missing): run \`pnpm build\`, or start with \`pnpm start\` which builds first`,
    );
  }
  // Loaded only when the web app is served: Next.js is most of an idle server's memory.
  const { default: next } = await import("next");
  const app = next({
    dev: options.dev,
    dir: options.dir,
    hostname: options.hostname,
    port: options.port,
    httpServer: options.httpServer,
    customServer: true,
    quiet: !options.dev,
  });
  await app.prepare();
  const handleRequest = app.getRequestHandler();
  const handleUpgrade = (
    app as unknown as { getUpgradeHandler(): WebApp["handleUpgrade"] }
  ).getUpgradeHandler();
  return { handleRequest, handleUpgrade, close: () => app.close() };
}
