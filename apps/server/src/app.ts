// Composition root: one HTTP server carrying the web app, tRPC (/trpc), Socket.IO
// (/socket.io) and a health endpoint (/healthz). main.ts runs it; tests start it in process.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import { databaseTarget, openDatabase, sqliteTargetIn, type Database } from "@threatscape/db";
import { ErrorCode, SeatDesk } from "@threatscape/protocol";
import type { ServerEnv } from "./env.ts";
import { repoRoot } from "./env.ts";
import { handleExportDownload } from "./http/export-download.ts";
import { healthStatus } from "./http/health.ts";
import { chooseJoinAddress, lanOrigins, type Interfaces } from "./http/join-address.ts";
import { loadWebApp, type WebApp } from "./http/web-app.ts";
import { handleSeatDesk, isSeatPath, sessionPreview } from "./http/seat-desk.ts";
import type { Logger } from "./logger.ts";
import { createSocketServer, type SocketServer } from "./live/socket-server.ts";
import { appRouter } from "./trpc/router.ts";
import type { TrpcContext } from "./trpc/trpc.ts";
import { clientAddress } from "./limits/client-address.ts";
import { MAX_BODY_BYTES } from "./limits/input-limits.ts";
import { AccessLimits } from "./limits/rate-limits.ts";
import { GameRegistry } from "./live/game-registry.ts";
import { socketBroadcaster } from "./live/broadcaster.ts";
import { currentSessionGuard, registerSocketHandlers } from "./live/socket-handlers.ts";
import { connectCluster } from "./cluster.ts";
import { Ownership, routeKey } from "./live/ownership.ts";
import { systemClock } from "./live/clock.ts";
import { watchLoopStalls } from "./loop-stall.ts";

export interface ThreatscapeServer {
  /** Base URL the server listens on (loopback form), e.g. http://127.0.0.1:3000. */
  url: string;
  port: number;
  /** Where students on the network reach this server now (empty when it listens on loopback). */
  lanOrigins(): string[];
  db: Database;
  io: SocketServer;
  registry: GameRegistry;
  close(): Promise<void>;
}

export interface StartOptions {
  env: ServerEnv;
  logger: Logger;
  /** Next.js dev mode (hot reload) instead of the production build. */
  dev?: boolean;
  /** The machine's network interfaces (read on each request: a laptop changes networks). */
  networkInterfaces?: () => Interfaces;
}

const unavailablePreview = {
  ok: false as const,
  error: {
    code: ErrorCode.unavailable,
    message: "the session could not be looked up: reload in a moment",
  },
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

export async function startServer({
  env,
  logger,
  dev = false,
  networkInterfaces = os.networkInterfaces,
}: StartOptions): Promise<ThreatscapeServer> {
  const target = env.DATABASE_URL
    ? databaseTarget(env.DATABASE_URL, repoRoot)
    : sqliteTargetIn(env.DATA_DIR);
  const db = await openDatabase(target);
  if (db.appliedMigrations.length)
    logger.info({ migrations: db.appliedMigrations }, "applied migrations");

  let web: WebApp | undefined;
  // Scale-out (REDIS_URL): fan-out, shared limits and hand-offs through Redis.
  const cluster = await connectCluster(env, logger);
  const stopLoopWatch = watchLoopStalls(logger);
  const limits = new AccessLimits(
    { perAddress: env.SESSIONS_PER_ADDRESS, perServer: env.SESSIONS_PER_SERVER },
    cluster?.limitStore,
  );
  const addressOf = (req: IncomingMessage) =>
    clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], env.TRUST_PROXY);
  const baseContext = {
    db,
    logger,
    startedAt: Date.now(),
    // `io` is created below, before the server accepts any request.
    connectedClients: () => io.engine.clientsCount,
    // `currentLan` needs the port, known once listening, before any request.
    joinAddress: (browserOrigin: string) =>
      chooseJoinAddress({ browserOrigin, publicUrl: env.PUBLIC_URL, lan: currentLan() }),
  };
  const trpcHandler = createHTTPHandler({
    router: appRouter,
    basePath: "/trpc/",
    // Streamed bodies are counted as they arrive: over the limit is a 413, never read in full.
    maxBodySize: MAX_BODY_BYTES,
    createContext: ({ req }): TrpcContext => ({
      ...baseContext,
      registry,
      limits,
      clientAddress: addressOf(req),
    }),
    onError: ({ error, path }) => {
      if (error.code === "INTERNAL_SERVER_ERROR") logger.error({ err: error, path }, "tRPC error");
    },
  });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const pathname = (req.url ?? "/").split("?")[0] ?? "/";
    // Every route: a declared body over the limit is refused before anything reads it.
    if (Number(req.headers["content-length"] ?? 0) > MAX_BODY_BYTES) {
      res.setHeader("connection", "close");
      return sendJson(res, 413, {
        error: {
          code: "PAYLOAD_TOO_LARGE",
          message: `request bodies are limited to ${MAX_BODY_BYTES} bytes`,
        },
      });
    }
    if (pathname === "/healthz") {
      const health = await healthStatus({ ...baseContext, registry, limits, clientAddress: "" });
      return sendJson(res, health.status === "ok" ? 200 : 503, health);
    }
    if (pathname.startsWith("/trpc/")) return trpcHandler(req, res);
    if (pathname.startsWith("/export/"))
      return handleExportDownload(req, res, { registry, db, limits, address: addressOf(req) });
    if (isSeatPath(pathname))
      return handleSeatDesk(req, res, {
        registry,
        limits,
        address: addressOf(req),
        // The proxy's routing key, as on a socket's handshake (GameRegistry.get).
        route: routeKey(new URL(req.url ?? "/", "http://x").searchParams.get("game")),
        logger,
      });
    if (web) {
      // The join page's session preview comes from here, never from the client.
      delete req.headers[SeatDesk.previewHeader];
      if (req.method === "GET") {
        const preview = await sessionPreview(pathname, {
          registry,
          limits,
          address: addressOf(req),
        }).catch((error: unknown) => {
          logger.error({ err: error, url: req.url }, "join page preview failed");
          return unavailablePreview;
        });
        if (preview)
          req.headers[SeatDesk.previewHeader] = encodeURIComponent(JSON.stringify(preview));
      }
      return web.handleRequest(req, res);
    }
    sendJson(res, 404, { error: { code: "NOT_FOUND", message: `no route for ${pathname}` } });
  };
  const httpServer = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.error({ err: error, url: req.url }, "request failed");
      if (!res.headersSent)
        sendJson(res, 500, { error: { code: "INTERNAL", message: "internal error" } });
      else res.end();
    });
  });
  // The recovery guard reads the registry, which needs the socket server's broadcaster.
  const io = createSocketServer(
    httpServer,
    logger,
    (data, rooms) => guard(data, rooms),
    cluster?.adapter,
  );
  const ownership: Ownership = new Ownership({
    db,
    logger,
    clock: systemClock,
    ttlMs: env.LEASE_TTL_MS ?? (cluster ? 5_000 : 60_000),
    clustered: cluster !== null,
    handoff: cluster?.handoff(
      () => io,
      () => registry,
    ),
    ...(env.INSTANCE_ID ? { owner: env.INSTANCE_ID } : {}),
  });
  const registry: GameRegistry = new GameRegistry({
    db,
    broadcaster: socketBroadcaster(io),
    logger,
    ownership,
  });
  const guard = currentSessionGuard(registry);
  registerSocketHandlers(io, registry, logger, { limits, trustProxy: env.TRUST_PROXY });
  const resumed = await registry.resumeUnfinished();
  if (resumed) logger.info({ games: resumed }, "resumed live games from their logs");

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(env.PORT, env.HOST, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  const currentLan = () => lanOrigins(env.HOST, port, networkInterfaces());

  if (env.SERVE_WEB) {
    web = await loadWebApp({ dir: env.WEB_DIR, dev, hostname: "localhost", port, httpServer });
    httpServer.on("upgrade", (req, socket, head) => {
      if (!req.url?.startsWith("/socket.io/")) void web?.handleUpgrade(req, socket, head);
    });
  }

  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    lanOrigins: currentLan,
    db,
    io,
    registry,
    close: () => {
      closing ??= (async () => {
        // Let each game's queue finish what it acknowledged, then stop its timers.
        stopLoopWatch();
        await registry.close();
        // Socket.IO's close also closes the HTTP server and its connections.
        await new Promise<void>((resolve) => io.close(() => resolve()));
        httpServer.closeAllConnections();
        await web?.close();
        await cluster?.close();
        await db.close();
      })();
      return closing;
    },
  };
}
