"use client";
// One Socket.IO connection per tab to the server that served the page (same origin, so
// nothing to configure), with its state exposed to components.
import type { ServerHello, ServerToClientEvents } from "@threatscape/protocol";
import { ServerEvent } from "@threatscape/protocol/browser";
import { useEffect, useState } from "react";
import type { Socket } from "socket.io-client";

export type ConnectionState =
  | { status: "connecting" }
  | { status: "connected"; version: string; clockSkewMs: number }
  | { status: "disconnected"; reason: string };

export function useServerConnection(): ConnectionState {
  const [state, setState] = useState<ConnectionState>({ status: "connecting" });
  useEffect(() => {
    // socket.io-client (~13 KB gzip) is imported after first paint: this badge is on the
    // landing page, whose first load is kept to the framework and the page itself.
    let socket: Socket<ServerToClientEvents> | null = null;
    let closed = false;
    void import("socket.io-client").then(({ io }) => {
      if (closed) return;
      // Default transports (polling, then upgrade): works behind proxies that refuse WebSocket.
      const s: Socket<ServerToClientEvents> = io();
      socket = s;
      s.on(ServerEvent.hello, (payload) => {
        // A structural check, not the zod schema: this runs on the landing page, whose first
        // load must not carry zod; the greeting only feeds a status badge.
        const hello = asHello(payload);
        if (!hello) {
          setState({ status: "disconnected", reason: "unexpected greeting from server" });
          return;
        }
        setState({
          status: "connected",
          version: hello.version,
          clockSkewMs: hello.serverTime - Date.now(),
        });
      });
      s.on("disconnect", (reason) => setState({ status: "disconnected", reason }));
      s.on("connect_error", (error) => setState({ status: "disconnected", reason: error.message }));
    });
    return () => {
      closed = true;
      socket?.close();
    };
  }, []);
  return state;
}

function asHello(payload: unknown): ServerHello | null {
  if (typeof payload !== "object" || payload === null) return null;
  const p = payload as Record<string, unknown>;
  return p.server === "threatscape" &&
    typeof p.version === "string" &&
    typeof p.serverTime === "number" &&
    Number.isInteger(p.serverTime)
    ? { server: "threatscape", version: p.version, serverTime: p.serverTime }
    : null;
}
