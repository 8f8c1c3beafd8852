import type { IncomingMessage } from "node:http";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z } from "zod";
import type { Database } from "@threatscape/db";
import type { JoinAddress } from "../http/join-address.ts";
import type { GameRegistry } from "../live/game-registry.ts";
import type { Logger } from "../logger.ts";

export interface TrpcContext {
  db: Database;
  logger: Logger;
  registry: GameRegistry;
  startedAt: number;
  connectedClients: () => number;
  /** Caller's address, for rate limits. */
  clientAddress: string;
  /** Where to invite students, for an instructor whose browser shows `browserOrigin`. */
  joinAddress: (browserOrigin: string) => JoinAddress;
}

export function clientAddressOf(req: IncomingMessage): string {
  const forwarded = req.headers["x-forwarded-for"];
  return (
    (typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined) ??
    req.socket.remoteAddress ??
    "unknown"
  );
}

const t = initTRPC.context<TrpcContext>().create({ transformer: superjson });

export const router = t.router;
export const publicProcedure = t.procedure;

/** Input shared by every procedure that acts on one game with a secret. */
export const GameAccess = z.object({
  gameId: z.string().min(1).max(64),
  secret: z.string().min(16).max(200),
});

/** The instructor of the game (instructor secret). */
export const instructorProcedure = t.procedure
  .input(GameAccess)
  .use(async ({ ctx, input, next }) => {
    const room = await ctx.registry.authorise(input.gameId, input.secret, false);
    if (!room)
      throw new TRPCError({ code: "UNAUTHORIZED", message: "wrong session or instructor secret" });
    return next({ ctx: { ...ctx, room, access: "instructor" as const } });
  });

/** The instructor or course staff (staff secret): replay, grading, exports. */
export const staffProcedure = t.procedure.input(GameAccess).use(async ({ ctx, input, next }) => {
  const room = await ctx.registry.authorise(input.gameId, input.secret, true);
  if (!room) throw new TRPCError({ code: "UNAUTHORIZED", message: "wrong session or secret" });
  return next({ ctx: { ...ctx, room } });
});
