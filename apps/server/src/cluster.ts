// Scale-out wiring (REDIS_URL set): one Redis client carries Socket.IO's fan-out between
// processes (@socket.io/redis-streams-adapter, which keeps connection-state recovery working
// across processes), the shared rate-limit counters, and the game hand-off: a process that
// receives a connection for a game another live process owns asks it, over the adapter
// (serverSideEmit with acks), to let the game go, then takes its lease.
import { createAdapter } from "@socket.io/redis-streams-adapter";
import { createClient } from "redis";
import { z } from "zod";
import type { ServerEnv } from "./env.ts";
import type { Logger } from "./logger.ts";
import { redisStore, type LimitStore } from "./limits/rate-limits.ts";
import type { GameRegistry } from "./live/game-registry.ts";
import type { Handoff } from "./live/ownership.ts";
import type { SocketServer } from "./live/socket-server.ts";

/** How long a hand-off request waits for the other processes' answers. */
const HANDOFF_TIMEOUT_MS = 1_500;
const GameId = z.string().min(1).max(64);

export interface ClusterLink {
  /** Socket.IO's `adapter` option. */
  adapter: ReturnType<typeof createAdapter>;
  limitStore: LimitStore;
  /** Answers other processes' hand-off requests; returns this process's own `Handoff`. */
  handoff(io: () => SocketServer, registry: () => GameRegistry): Handoff;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** Connects to Redis (retrying while it is down, as the client does after a restart). */
export async function connectCluster(env: ServerEnv, logger: Logger): Promise<ClusterLink | null> {
  if (!env.REDIS_URL) return null;
  const redis = createClient({
    url: env.REDIS_URL,
    socket: { reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000) },
  });
  let lastError = 0;
  redis.on("error", (error: unknown) => {
    // One line a few seconds while Redis is away, not one per retry.
    if (Date.now() - lastError > 5_000) logger.warn({ err: error }, "redis unavailable");
    lastError = Date.now();
  });
  await redis.connect();
  logger.info({ redis: new URL(env.REDIS_URL).host }, "cluster mode: fan-out through Redis");
  return {
    adapter: createAdapter(redis, {
      streamName: "threatscape:socket.io",
      // Only chat and notices cross Redis (views stay on the game's owner: broadcaster.ts).
      // A recovering connection reads the stream from its offset to the end in one go; a
      // gap longer than the stream holds is not recovered: the client resumes by token.
      maxLen: 10_000,
      onlyPlaintext: true,
      heartbeatInterval: 1_000,
      heartbeatTimeout: 3_000,
    }),
    limitStore: redisStore(redis),
    handoff(io, registry) {
      io().on("lease:release", (raw: unknown, ack: (released: boolean) => void) => {
        const gameId = GameId.safeParse(raw);
        if (!gameId.success || typeof ack !== "function") return;
        const owned = registry().ownership.holds(gameId.data);
        if (!owned) return ack(false);
        logger.info({ gameId: gameId.data }, "handing game to another process");
        registry()
          .letGo(gameId.data)
          .then(
            () => ack(true),
            (error: unknown) => {
              logger.error({ err: error, gameId: gameId.data }, "hand-off failed");
              ack(false);
            },
          );
      });
      return {
        // All processes answer (the owner once it let go); one that died answers nothing,
        // so the wait is bounded and the caller then polls the lease until it expires.
        request: (gameId) =>
          Promise.race([
            io()
              .serverSideEmitWithAck("lease:release", gameId)
              .catch(() => []),
            new Promise((resolve) => setTimeout(resolve, HANDOFF_TIMEOUT_MS).unref()),
          ]).then(() => {}),
      };
    },
    ping: async () => (await redis.ping()) === "PONG",
    close: async () => {
      await redis.close().catch(() => redis.destroy());
    },
  };
}
