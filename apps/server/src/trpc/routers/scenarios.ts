import { listPresets, loadPreset, parseScenario } from "@threatscape/engine";
import { ErrorCode } from "@threatscape/protocol";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { scenarioSizeProblem } from "../../limits/scenario-limits.ts";
import { publicProcedure, router } from "../trpc.ts";

export const scenariosRouter = router({
  /** The presets an instructor can host, with their histories. */
  list: publicProcedure.query(() => listPresets()),

  /** One preset's states, for the host page. */
  get: publicProcedure
    .input(z.object({ presetId: z.string().min(1).max(80) }))
    .query(({ input }) => {
      const preset = loadPreset(input.presetId);
      if (!preset.ok) throw new TRPCError({ code: "NOT_FOUND", message: preset.error.message });
      const scenario = preset.scenario;
      return {
        id: scenario.id,
        name: scenario.name,
        year: scenario.year,
        summary: scenario.summary,
        rounds: scenario.rules.rounds,
        allowForce: scenario.rules.allowForce,
        states: scenario.states.map((state) => ({
          id: state.id,
          name: state.name,
          playable: state.playable,
        })),
        crises: scenario.crises.map((crisis) => ({
          id: crisis.id,
          headline: crisis.headline,
          round: crisis.round ?? null,
        })),
        sources: scenario.sources,
      };
    }),

  /** Checks an uploaded scenario file; every bad field comes back with its path. */
  validate: publicProcedure.input(z.object({ scenario: z.unknown() })).mutation(({ input }) => {
    const tooLarge = scenarioSizeProblem(input.scenario);
    if (tooLarge) return { ok: false as const, code: ErrorCode.payloadTooLarge, ...tooLarge };
    const parsed = parseScenario(input.scenario);
    if (parsed.ok)
      return {
        ok: true as const,
        name: parsed.scenario.name,
        states: parsed.scenario.states.length,
      };
    return {
      ok: false as const,
      code: ErrorCode.badRequest,
      message: parsed.error.message,
      issues: parsed.error.issues ?? [],
    };
  }),
});
