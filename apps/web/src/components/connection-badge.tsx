"use client";
import { useServerConnection } from "~/lib/use-server-connection";

const labels = {
  connecting: "Connecting to the classroom server…",
  connected: "Connected to the classroom server",
  disconnected: "Not connected to the classroom server",
} as const;

export function ConnectionBadge() {
  const connection = useServerConnection();
  return (
    <p className="connection" data-status={connection.status} role="status" aria-live="polite">
      <span className="connection-dot" aria-hidden="true" />
      {labels[connection.status]}
      {connection.status === "connected" && <span className="muted"> · v{connection.version}</span>}
      {connection.status === "disconnected" && (
        <span className="muted"> · {connection.reason}</span>
      )}
    </p>
  );
}
