import { healthStatus } from "../http/health.ts";
import { publicProcedure, router } from "./trpc.ts";

export const appRouter = router({
  health: publicProcedure.query(({ ctx }) => healthStatus(ctx)),
});

/** The router's type, imported type-only by apps/web. */
export type AppRouter = typeof appRouter;
