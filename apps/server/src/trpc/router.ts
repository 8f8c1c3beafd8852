import { z } from "zod";
import { healthStatus } from "../http/health.ts";
import { reviewRouter } from "./routers/review.ts";
import { scenariosRouter } from "./routers/scenarios.ts";
import { sessionsRouter } from "./routers/sessions.ts";
import { publicProcedure, router } from "./trpc.ts";

export const appRouter = router({
  health: publicProcedure.query(({ ctx }) => healthStatus(ctx)),
  /** The address for join links, QR codes and the projector (not a secret: it is projected). */
  joinAddress: publicProcedure
    .input(z.object({ browserOrigin: z.url({ protocol: /^https?$/ }) }))
    .query(({ ctx, input }) => ctx.joinAddress(input.browserOrigin)),
  scenarios: scenariosRouter,
  sessions: sessionsRouter,
  review: reviewRouter,
});

/** The router's type, imported type-only by apps/web. */
export type AppRouter = typeof appRouter;
