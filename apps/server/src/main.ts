// `pnpm start` / `pnpm dev` entry point: parse the environment, start, print where to go,
// shut down gracefully on SIGTERM / SIGINT.
import { startServer } from "./app.ts";
import { parseServerEnv } from "./env.ts";
import { isLoopbackHost } from "./http/join-address.ts";
import { createLogger } from "./logger.ts";

const dev = process.argv.includes("--dev");
let env;
try {
  env = parseServerEnv({ ...process.env, ...(dev ? { NODE_ENV: "development" } : {}) });
} catch (error) {
  console.error(String(error instanceof Error ? error.message : error));
  process.exit(2);
}
const logger = createLogger(env.LOG_LEVEL, env.INSTANCE_ID);

try {
  const server = await startServer({ env, logger, dev });
  logger.info({ port: server.port, database: server.db.target.provider }, "server started");
  const local = `http://localhost:${server.port}`;
  const lan = server.lanOrigins();
  // One of a cluster (REDIS_URL): people open the proxy, never this process's own port.
  if (env.REDIS_URL)
    console.log(
      `\n  Threatscape server process ${server.registry.ownership.owner} on :${server.port}, behind the proxy`,
    );
  else console.log(`\n  Threatscape is running. Open ${local}`);
  // The console's join link, QR code and projector use the same addresses (join-address.ts).
  if (env.PUBLIC_URL) console.log(`  Students are invited to ${env.PUBLIC_URL} (PUBLIC_URL)`);
  else if (lan.length) console.log(`  Students on this network can join at ${lan.join(" or ")}`);
  else if (env.REDIS_URL)
    console.log("  Set PUBLIC_URL to the proxy's address, where students are invited");
  else if (isLoopbackHost(env.HOST))
    console.log(
      `  Only this computer can open it (HOST=${env.HOST}): set HOST=0.0.0.0 for a class`,
    );
  else console.log("  No network address found: students' devices cannot reach it yet");
  console.log(
    `  Data: ${server.db.target.provider === "sqlite" ? server.db.target.file : "PostgreSQL"}\n`,
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    const force = setTimeout(() => {
      logger.warn("shutdown grace period over; exiting");
      process.exit(1);
    }, env.SHUTDOWN_GRACE_SECONDS * 1000);
    force.unref();
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "error during shutdown");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
} catch (error) {
  logger.fatal({ err: error }, "could not start");
  process.exit(1);
}
