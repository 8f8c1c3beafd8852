"use client";
// One Socket.IO connection per tab to the server that served the page (same origin, so
// nothing to configure), with its state exposed to components.
import { ServerEvent, ServerHello, type ServerToClientEvents } from "@threatscape/protocol";
import { useEffect, useState } from "react";
import { io, type Socket } from "socket.io-client";

export type ConnectionState =
  | { status: "connecting" }
  | { status: "connected"; version: string; clockSkewMs: number }
  | { status: "disconnected"; reason: string };

export function useServerConnection(): ConnectionState {
  const [state, setState] = useState<ConnectionState>({ status: "connecting" });
  useEffect(() => {
    // Default transports (polling, then upgrade): works behind proxies that refuse WebSocket.
    const socket: Socket<ServerToClientEvents> = io();
    socket.on(ServerEvent.hello, (payload) => {
      const hello = ServerHello.safeParse(payload);
      if (!hello.success) {
        setState({ status: "disconnected", reason: "unexpected greeting from server" });
        return;
      }
      setState({
        status: "connected",
        version: hello.data.version,
        clockSkewMs: hello.data.serverTime - Date.now(),
      });
    });
    socket.on("disconnect", (reason) => setState({ status: "disconnected", reason }));
    socket.on("connect_error", (error) =>
      setState({ status: "disconnected", reason: error.message }),
    );
    return () => {
      socket.close();
    };
  }, []);
  return state;
}
