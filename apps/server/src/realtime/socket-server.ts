import type { Server as HttpServer } from "node:http";
import {
  ServerEvent,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from "@threatscape/protocol";
import { Server } from "socket.io";
import type { Logger } from "../logger.ts";
import { serverVersion } from "../version.ts";

/** What the server binds to a connection; restored by connection-state recovery. */
export interface SocketData {
  gameId?: string;
  participantId?: string;
  role?: "student" | "instructor" | "screen";
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- no server-to-server events
export type InterServerEvents = {};
export type SocketServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;

export function createSocketServer(httpServer: HttpServer, logger: Logger): SocketServer {
  const io: SocketServer = new Server(httpServer, {
    // Leave upgrade requests that are not Socket.IO's (Next.js dev reloads) to their owner.
    destroyUpgrade: false,
    // Bridge short Wi-Fi drops: a client that reconnects within two minutes gets the
    // events it missed replayed (rejoin by token covers longer absences).
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: false },
    serveClient: false,
  });
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
