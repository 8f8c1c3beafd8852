import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z } from "zod";
import type { Database } from "@threatscape/db";
import type { JoinAddress } from "../http/join-address.ts";
import type { GameRegistry } from "../live/game-registry.ts";
import { shapeProblem } from "../limits/input-limits.ts";
import type { AccessLimits } from "../limits/rate-limits.ts";
import type { Logger } from "../logger.ts";
import { authorise } from "../sessions/access.ts";

export interface TrpcContext {
  db: Database;
  logger: Logger;
  registry: GameRegistry;
  startedAt: number;
  connectedClients: () => number;
  /** Caller's address (TRUST_PROXY decides whether X-Forwarded-For counts), for rate limits. */
  clientAddress: string;
  limits: AccessLimits;
  /** Where to invite students, for an instructor whose browser shows `browserOrigin`. */
  joinAddress: (browserOrigin: string) => JoinAddress;
}

const t = initTRPC.context<TrpcContext>().create({
  transformer: superjson,
  // Never send stacks or server paths; an unexpected error says only that it happened (the
  // log has the rest). Refusals keep their code and message.
  isDev: false,
  errorFormatter: ({ shape, error }) => {
    const { stack: _stack, ...data } = shape.data as typeof shape.data & { stack?: string };
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    // Bad input: a sentence and the issues by field (as the socket's BAD_REQUEST), not the
    // zod issues serialised into the message.
    if (error.cause instanceof z.ZodError)
      return {
        ...shape,
        message: "the request is malformed",
        data: {
          ...data,
          issues: error.cause.issues.map((issue) => ({
            path: issue.path.join(".") || "(input)",
            message: issue.message,
          })),
        },
      };
    // Input that is not JSON: said so, not the parser's own words.
    if (error.cause instanceof SyntaxError)
      return { ...shape, message: "the request is not JSON", data };
    return {
      ...shape,
      message: internal ? "the server could not complete this request" : shape.message,
      data,
    };
  },
});

export const router = t.router;

/** Every procedure: input nested too deeply or too large is refused before any parsing. */
export const publicProcedure = t.procedure.use(async ({ getRawInput, next }) => {
  const problem = shapeProblem(await getRawInput());
  if (problem) throw new TRPCError({ code: "PAYLOAD_TOO_LARGE", message: `input is ${problem}` });
  return next();
});

/** Input shared by every procedure that acts on one game with a secret. */
export const GameAccess = z.object({
  gameId: z.string().min(1).max(64),
  secret: z.string().min(16).max(200),
});

const access = async (ctx: TrpcContext, input: z.infer<typeof GameAccess>, staff: boolean) => {
  const room = await authorise(
    ctx.registry,
    ctx.limits,
    ctx.clientAddress,
    input.gameId,
    input.secret,
    staff,
    "view",
  );
  if (room === "limited")
    throw new TRPCError({
      code: "TOO_MANY_REQUESTS",
      message: "too many wrong secrets: wait a minute and try again",
    });
  if (!room)
    throw new TRPCError({
      code: "UNAUTHORIZED",
      message: staff ? "wrong session or secret" : "wrong session or instructor secret",
    });
  return room;
};

/** The instructor of the game (instructor secret). */
export const instructorProcedure = publicProcedure
  .input(GameAccess)
  .use(async ({ ctx, input, next }) =>
    next({ ctx: { ...ctx, room: await access(ctx, input, false), access: "instructor" as const } }),
  );

/** The instructor or course staff (staff secret): replay, grading, exports. */
export const staffProcedure = publicProcedure
  .input(GameAccess)
  .use(async ({ ctx, input, next }) =>
    next({ ctx: { ...ctx, room: await access(ctx, input, true) } }),
  );
