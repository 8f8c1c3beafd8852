// @threatscape/protocol: the wire contract between the server and every client.
// Event names and error codes are `as const` objects with a same-named union type; every
// message has one zod schema whose value and type share a name. The server parses every
// incoming payload with these schemas; types alone are not validation.
import { z } from "zod";

/** Server-to-client events. */
export const ServerEvent = {
  /** Sent once on connection: who the server is, so a client can show it is connected. */
  hello: "system:hello",
} as const;
export type ServerEvent = (typeof ServerEvent)[keyof typeof ServerEvent];

export const ErrorCode = {
  badRequest: "BAD_REQUEST",
  unauthorised: "UNAUTHORISED",
  notFound: "NOT_FOUND",
  rateLimited: "RATE_LIMITED",
  internal: "INTERNAL",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const ServerHello = z.object({
  server: z.literal("threatscape"),
  version: z.string(),
  /** Server clock (ms since epoch) so clients can correct round timers for skew. */
  serverTime: z.number().int(),
});
export type ServerHello = z.infer<typeof ServerHello>;

export const HealthStatus = z.object({
  status: z.enum(["ok", "degraded"]),
  version: z.string(),
  uptimeSeconds: z.number(),
  database: z.object({ provider: z.enum(["sqlite", "postgresql"]), reachable: z.boolean() }),
  connectedClients: z.number().int(),
});
export type HealthStatus = z.infer<typeof HealthStatus>;

/** Typed Socket.IO maps, derived from the schemas above. */
export interface ServerToClientEvents {
  [ServerEvent.hello]: (hello: ServerHello) => void;
}
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- grows with the live-session events
export interface ClientToServerEvents {}
