import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import type { Database } from "@threatscape/db";
import type { Logger } from "../logger.ts";

export interface TrpcContext {
  db: Database;
  logger: Logger;
  startedAt: number;
  connectedClients: () => number;
}

const t = initTRPC.context<TrpcContext>().create({ transformer: superjson });

export const router = t.router;
export const publicProcedure = t.procedure;
