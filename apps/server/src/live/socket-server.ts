import type { Server as HttpServer } from "node:http";
import {
  ServerEvent,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from "@threatscape/protocol";
import { Server, type ServerOptions } from "socket.io";
import type { Logger } from "../logger.ts";
import { serverVersion } from "../version.ts";
import { RecoveryAdapter } from "./recovery-adapter.ts";

/** What the server binds to a connection; restored by connection-state recovery. */
export interface SocketData {
  gameId?: string;
  participantId?: string;
  role?: "student" | "instructor" | "screen";
}

/**
 * Decides whether a disconnected connection may be recovered as it was: its rooms are the
 * audiences it held when it dropped. A student moved or kicked meanwhile must not get them
 * back (nor the messages sent to them since), so such a session is refused and the client
 * connects afresh and resumes by token into its current seat.
 */
export type RecoveryGuard = (data: SocketData, rooms: ReadonlySet<string>) => Promise<boolean>;

/** Between server processes (cluster): a request to let a game go to the asker. */
export interface InterServerEvents {
  "lease:release": (gameId: string, ack: (released: boolean) => void) => void;
}
export type SocketServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;

export function createSocketServer(
  httpServer: HttpServer,
  logger: Logger,
  guard: RecoveryGuard,
  /** Socket.IO's adapter (cluster: Redis streams); default in memory. */
  clusterAdapter?: ServerOptions["adapter"],
): SocketServer {
  const io: SocketServer = new Server(httpServer, {
    // Leave upgrade requests that are not Socket.IO's (Next.js dev reloads) to their owner.
    destroyUpgrade: false,
    // Bridge short Wi-Fi drops: a client that reconnects within two minutes gets the
    // events it missed replayed (rejoin by token covers longer absences); views and
    // dashboards are re-sent whole instead of replayed (recovery-adapter.ts).
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: false },
    // In a cluster the Redis streams adapter keeps the packets (deltas included) in Redis.
    adapter: clusterAdapter ?? RecoveryAdapter,
    serveClient: false,
  });
  // restoreSession is the adapter's public hook for recovery; the check runs before the
  // missed packets are replayed, so a stale session replays nothing.
  const adapter = io.of("/").adapter;
  const restore = adapter.restoreSession.bind(adapter);
  adapter.restoreSession = async (pid, offset) => {
    const session = await restore(pid, offset);
    if (!session) return session;
    const current = await guard(session.data as SocketData, new Set(session.rooms)).catch(
      () => false,
    );
    if (!current) logger.debug({ pid }, "stale session not recovered");
    // The adapter's typing omits it, but its own in-memory restore resolves null too.
    return (current ? session : null) as typeof session;
  };
  io.on("connection", (socket) => {
    logger.debug({ socketId: socket.id, recovered: socket.recovered }, "socket connected");
    socket.emit(ServerEvent.hello, {
      server: "threatscape",
      version: serverVersion,
      serverTime: Date.now(),
    });
    socket.on("disconnect", (reason) =>
      logger.debug({ socketId: socket.id, reason }, "socket left"),
    );
  });
  return io;
}
