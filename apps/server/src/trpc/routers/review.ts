import { BotPolicyName, JoinCode } from "@threatscape/protocol";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { newId } from "../../sessions/secrets.ts";
import { EXPORT_LINK_TTL_MS, signExportToken } from "../../review/export-links.ts";
import { ExportFormat, ExportTable } from "../../review/exports.ts";
import { ReviewService } from "../../review/review-service.ts";
import { publicProcedure, router, staffProcedure } from "../trpc.ts";

const StateId = z.string().regex(/^[A-Z][A-Z0-9]{1,5}$/);

const withReview = staffProcedure.use(({ ctx, next }) =>
  next({ ctx: { ...ctx, review: new ReviewService(ctx.db, ctx.room) } }),
);

const AnnotationFields = z.object({
  participantId: z.string().min(1).max(64).nullable().default(null),
  stateId: StateId.nullable().default(null),
  round: z.number().int().min(0).max(500).nullable().default(null),
  eventSeq: z.number().int().min(0).nullable().default(null),
  criterion: z.string().trim().max(120).nullable().default(null),
  note: z.string().trim().max(5000).default(""),
  grade: z.number().min(0).max(1000).nullable().default(null),
  author: z.string().trim().min(1).max(80),
});

export const reviewRouter = router({
  /** The instructor debrief (live during the game, complete at the end). */
  debrief: withReview.query(({ ctx }) => ctx.review.debrief()),

  replay: withReview
    .input(
      z.object({
        viewer: z.discriminatedUnion("kind", [
          z.object({ kind: z.literal("omniscient") }),
          z.object({ kind: z.literal("state"), stateId: StateId }),
        ]),
        seq: z.number().int().min(0).optional(),
      }),
    )
    .query(({ ctx, input }) => ctx.review.replay(input.viewer, input.seq)),

  students: withReview.query(({ ctx }) => ctx.review.students()),

  studentSummary: withReview
    .input(z.object({ participantId: z.string().min(1).max(64) }))
    .query(async ({ ctx, input }) => {
      const summary = await ctx.review.studentSummary(input.participantId);
      if (!summary)
        throw new TRPCError({ code: "NOT_FOUND", message: "no such student in this game" });
      return summary;
    }),

  annotations: router({
    list: withReview.query(({ ctx }) => ctx.db.annotations.listForGame(ctx.room.id)),
    add: withReview.input(AnnotationFields).mutation(({ ctx, input }) => {
      // `input` also carries the access fields (gameId, secret): store only the note's own.
      const { participantId, stateId, round, eventSeq, criterion, note, grade, author } = input;
      return ctx.db.annotations.create({
        id: newId("a"),
        gameId: ctx.room.id,
        participantId,
        stateId,
        round,
        eventSeq,
        criterion,
        note,
        grade,
        author,
      });
    }),
    update: withReview
      .input(
        z.object({
          annotationId: z.string().min(1).max(64),
          note: z.string().trim().max(5000).optional(),
          grade: z.number().min(0).max(1000).nullable().optional(),
          criterion: z.string().trim().max(120).nullable().optional(),
        }),
      )
      .mutation(async ({ ctx, input }) => {
        const existing = (await ctx.db.annotations.listForGame(ctx.room.id)).find(
          (a) => a.id === input.annotationId,
        );
        if (!existing)
          throw new TRPCError({ code: "NOT_FOUND", message: "no such note in this game" });
        const { annotationId, note, grade, criterion } = input;
        return ctx.db.annotations.update(annotationId, {
          ...(note !== undefined ? { note } : {}),
          ...(grade !== undefined ? { grade } : {}),
          ...(criterion !== undefined ? { criterion } : {}),
        });
      }),
    remove: withReview
      .input(z.object({ annotationId: z.string().min(1).max(64) }))
      .mutation(async ({ ctx, input }) => {
        const existing = (await ctx.db.annotations.listForGame(ctx.room.id)).find(
          (a) => a.id === input.annotationId,
        );
        if (!existing)
          throw new TRPCError({ code: "NOT_FOUND", message: "no such note in this game" });
        await ctx.db.annotations.remove(input.annotationId);
        return { removed: input.annotationId };
      }),
  }),

  export: withReview
    .input(z.object({ table: ExportTable, format: ExportFormat }))
    .query(({ ctx, input }) => ctx.review.export(input.table, input.format)),

  /**
   * A download link for one export file that works for a minute and carries no secret:
   * `{ url: "/export/<gameId>/<file>?token=…", expiresAt }` (ms since epoch).
   */
  exportLink: staffProcedure
    .input(
      z.object({
        file: z.union([
          z.object({ table: ExportTable, format: ExportFormat }),
          z.object({ table: z.literal("workbook"), format: z.literal("xlsx") }),
        ]),
      }),
    )
    .mutation(({ ctx, input }) => {
      const file = `${input.file.table}.${input.file.format}`;
      const now = Date.now();
      const token = signExportToken(ctx.room.record, ctx.room.id, file, now);
      return {
        url: `/export/${encodeURIComponent(ctx.room.id)}/${file}?token=${token}`,
        expiresAt: now + EXPORT_LINK_TTL_MS,
      };
    }),

  /**
   * The projector's end-of-game slide: the class's BoT vs BoP scorecard (aggregates only,
   * ReviewService.scorecard), by join code like the projector itself, once the game is over.
   * Rate-limited like every code lookup.
   */
  scorecard: publicProcedure
    .input(z.object({ joinCode: JoinCode }))
    .query(async ({ ctx, input }) => {
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
      if (!room.isFinished)
        throw new TRPCError({
          code: "PRECONDITION_FAILED",
          message: "the scorecard is shown when the game is over",
        });
      return new ReviewService(ctx.db, room).scorecard();
    }),

  /** Counterfactual: replay up to a round, then let bots play the rest. */
  fork: withReview
    .input(
      z.object({
        fromRound: z.number().int().min(1).max(200),
        policy: BotPolicyName.default("walt"),
        overrides: z.record(StateId, BotPolicyName).optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const outcome = await ctx.review.fork(input);
      if ("error" in outcome) throw new TRPCError({ code: "BAD_REQUEST", message: outcome.error });
      return outcome;
    }),
});
