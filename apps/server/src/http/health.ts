import type { HealthStatus } from "@threatscape/protocol";
import type { TrpcContext } from "../trpc/trpc.ts";
import { serverVersion } from "../version.ts";

export async function healthStatus(context: TrpcContext): Promise<HealthStatus> {
  const reachable = await context.db.ping().catch(() => false);
  return {
    status: reachable ? "ok" : "degraded",
    version: serverVersion,
    uptimeSeconds: Math.round((Date.now() - context.startedAt) / 1000),
    database: { provider: context.db.target.provider, reachable },
    connectedClients: context.connectedClients(),
    liveGames: context.registry.liveGames,
    instance: context.registry.ownership.owner,
  };
}
