import { BotPolicyName, DropoutPolicy, JoinCode, SessionTitle } from "@threatscape/protocol";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { authorise } from "../../sessions/access.ts";
import {
  GameAccess,
  instructorProcedure,
  publicProcedure,
  router,
  staffProcedure,
} from "../trpc.ts";
import { instructorSummary, publicSummary } from "../../live/projection.ts";

const PhaseSeconds = z
  .object({
    negotiation: z.number().int().min(10).max(3600),
    orders: z.number().int().min(10).max(3600),
    news: z.number().int().min(5).max(600),
  })
  .partial();

export const CreateSessionInput = z
  .object({
    title: SessionTitle,
    presetId: z.string().min(1).max(80).optional(),
    /** An uploaded scenario document (JSON), instead of a preset. */
    scenario: z.unknown().optional(),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .optional(),
    dropoutPolicy: DropoutPolicy.default("bot"),
    dropoutGraceSeconds: z.number().int().min(5).max(600).default(60),
    phaseSeconds: PhaseSeconds.optional(),
  })
  .refine((input) => (input.presetId === undefined) !== (input.scenario === undefined), {
    message: "give either presetId or scenario",
  });

export const sessionsRouter = router({
  /** Limited per address and for everyone (limits/rate-limits.ts), checked before any work. */
  create: publicProcedure.input(CreateSessionInput).mutation(async ({ ctx, input }) => {
    if (!(await ctx.limits.mayCreateSession(ctx.clientAddress)))
      throw new TRPCError({
        code: "TOO_MANY_REQUESTS",
        message: "too many new sessions from here or on this server: wait a few minutes",
      });
    const result = await ctx.registry.create({
      title: input.title,
      scenario:
        input.presetId !== undefined ? { presetId: input.presetId } : { scenario: input.scenario },
      seed: input.seed,
      settings: {
        dropoutPolicy: input.dropoutPolicy,
        dropoutGraceSeconds: input.dropoutGraceSeconds,
        ...(input.phaseSeconds ? { phaseSeconds: input.phaseSeconds } : {}),
      },
    });
    return result;
  }),

  /** What a student sees before joining. Rate-limited: join codes must not be guessable. */
  lookup: publicProcedure.input(z.object({ joinCode: JoinCode })).query(async ({ ctx, input }) => {
    if (!(await ctx.limits.mayTryCode(ctx.clientAddress, input.joinCode)))
      throw new TRPCError({
        code: "TOO_MANY_REQUESTS",
        message: "too many failed attempts from here: wait a minute",
      });
    const room = await ctx.registry.byJoinCode(input.joinCode, "view");
    if (!room) {
      await ctx.limits.codeFailed(ctx.clientAddress);
      throw new TRPCError({ code: "NOT_FOUND", message: "no session has this code" });
    }
    await ctx.limits.codeWorked(ctx.clientAddress, input.joinCode);
    return { joinCode: input.joinCode, ...publicSummary(room) };
  }),

  /**
   * "My sessions": the instructor's browser lists the games it holds secrets for (or was given
   * a link to) and learns each one's title, code and progress. Each entry is checked like any
   * other secret (rate-limited per address and game); a refused one says only `refused`.
   */
  mine: publicProcedure
    .input(z.object({ sessions: z.array(GameAccess).max(20) }))
    .query(async ({ ctx, input }) =>
      Promise.all(
        input.sessions.map(async ({ gameId, secret }) => {
          const room = await authorise(
            ctx.registry,
            ctx.limits,
            ctx.clientAddress,
            gameId,
            secret,
            false,
            // A read: in a cluster, listing one's sessions must not pull live games here.
            "view",
          );
          if (room === "limited") return { gameId, ok: false as const, reason: "limited" as const };
          if (!room) return { gameId, ok: false as const, reason: "refused" as const };
          return {
            gameId,
            ok: true as const,
            title: room.record.title,
            joinCode: room.record.joinCode,
            createdAt: room.record.createdAt,
            status: room.status,
            round: room.state.round,
            rounds: room.state.scenario.rules.rounds,
          };
        }),
      ),
    ),

  /** The instructor's overview (lobby, timing, dashboard). */
  summary: instructorProcedure.query(({ ctx }) => instructorSummary(ctx.room)),

  /** Everything logged, for replay and grading: the scenario, seed, event log and messages. */
  history: staffProcedure.query(async ({ ctx }) => {
    const { room } = ctx;
    const [events, messages, participants] = await Promise.all([
      ctx.db.events.list(room.id),
      ctx.db.messages.listForGame(room.id),
      ctx.db.participants.listForGame(room.id),
    ]);
    return {
      gameId: room.id,
      title: room.record.title,
      scenario: room.record.scenario,
      seed: room.record.seed,
      createdAt: room.record.createdAt,
      events,
      messages,
      participants: participants.map((p) => ({
        id: p.id,
        displayName: p.displayName,
        stateId: p.seatId
          ? (room.record.seats.find((seat) => seat.id === p.seatId)?.stateId ?? null)
          : null,
        kicked: p.kicked,
      })),
    };
  }),

  /** Bot policies an instructor can choose from. */
  botPolicies: publicProcedure.query(() => BotPolicyName.options),
});
