// The only place that reads process.env: parsed once with zod, so a bad setting stops the
// process at start with a message that names it, instead of failing later.
import { isIP } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DatabaseUrl } from "@threatscape/db";
import { z } from "zod";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

const booleanFlag = z
  .enum(["true", "false", "1", "0"])
  .transform((value) => value === "true" || value === "1");

/** Comma-separated proxy addresses, or off ("", "false"): see limits/client-address.ts. */
const TrustProxy = z
  .string()
  .trim()
  .transform((value) =>
    value === "" || value === "false" || value === "0"
      ? []
      : value.split(",").map((address) => address.trim()),
  )
  .refine((addresses) => addresses.every((address) => isIP(address) !== 0), {
    message: "TRUST_PROXY takes the proxy's IP addresses, comma-separated (or false)",
  });

export const ServerEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  /** One port serves the web app, Socket.IO and tRPC. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** 0.0.0.0 so students' laptops on the classroom network can reach the instructor's machine. */
  HOST: z.string().min(1).default("0.0.0.0"),
  /** Unset: SQLite file in DATA_DIR. `postgresql://...` switches to PostgreSQL. */
  DATABASE_URL: DatabaseUrl.optional(),
  DATA_DIR: z.string().min(1).default(path.join(repoRoot, "data")),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Serve the Next.js app from this process (false for API-only processes and tests). */
  SERVE_WEB: booleanFlag.default(true),
  WEB_DIR: z.string().min(1).default(path.join(repoRoot, "apps/web")),
  /**
   * The address students are invited to (join link, QR code, projector) when the machine's
   * own LAN address is not the one to use: a host name, or a reverse proxy in front of the
   * server. An http(s) origin; a trailing slash or path is dropped.
   */
  PUBLIC_URL: z.preprocess(
    (value) => (value === "" ? undefined : value), // `PUBLIC_URL=` in a .env file: unset
    z
      .url({ protocol: /^https?$/, error: "an http:// or https:// URL" })
      .transform((value) => new URL(value).origin)
      .optional(),
  ),
  /** Seconds to finish in-flight work on SIGTERM/SIGINT before exiting anyway. */
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().positive().default(10),
  /**
   * Off by default: X-Forwarded-For is ignored. Set to the reverse proxy's address(es) to
   * take the client address from the header when (and only when) that proxy connects.
   */
  TRUST_PROXY: TrustProxy.default([]),
  /** New sessions per 10 minutes from one address, and on the whole server. */
  SESSIONS_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(10),
  SESSIONS_PER_SERVER: z.coerce.number().int().min(1).max(100_000).default(60),
  /**
   * Scale-out: `redis://host:port` makes this process one of several behind a proxy
   * (Socket.IO fan-out, shared rate limits and game hand-offs through Redis; leases in the
   * database decide which process owns each game). Unset: a single process.
   */
  REDIS_URL: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.url({ protocol: /^rediss?$/, error: "a redis:// or rediss:// URL" }).optional(),
  ),
  /**
   * How long a game's lease lasts unrenewed (ms): a dead owner's games move after this.
   * Default 5 s with REDIS_URL (a cluster); 60 s for one process, where nobody else takes
   * them (a restart takes its own at once) and renewing 20 games 12 times a second is waste.
   */
  LEASE_TTL_MS: z.coerce.number().int().min(200).max(120_000).optional(),
  /** This process's name in the lease table and the logs (default: host:pid:random). */
  INSTANCE_ID: z.string().trim().min(1).max(100).optional(),
});
export type ServerEnv = z.infer<typeof ServerEnv>;

export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const result = ServerEnv.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `  ${issue.path.join(".")}: ${issue.message}`,
    );
    throw new Error(`invalid environment:\n${problems.join("\n")}`);
  }
  return result.data;
}

export { repoRoot };
