/**
 * Every action the reducer accepts, as one zod discriminated union (`Action`, value and
 * type). applyAction parses with it, so a malformed payload is an error value, not a crash.
 */
import { z } from "zod";
import { CodedEvent, TreatyKind } from "../scenario/schema";

const stateId = z.string().min(1);
const at = z
  .number()
  .finite()
  .optional()
  .describe("Client or server time in ms: time arrives inside actions");
const base = { actor: stateId, at };

export const TreatyTermsInput = z.object({
  kind: TreatyKind,
  // shown to every member and in the news: at least one visible letter, digit or sign
  name: z
    .string()
    .min(1)
    .max(120)
    .refine((n) => /[\p{L}\p{N}\p{P}\p{S}]/u.test(n), "needs at least one visible letter or digit")
    .optional(),
  members: z.array(stateId).min(2).max(400),
  directedAgainst: z.array(stateId).default([]),
  tariffCut: z.number().min(0).max(1).optional(),
  basing: z.array(z.object({ owner: stateId, host: stateId })).default([]),
  duration: z.number().int().min(1).max(200).nullable().default(null),
  secret: z.boolean().default(false),
});
export type TreatyTermsInput = z.input<typeof TreatyTermsInput>;

// Orders: private until the round resolves.
export const SetBurden = z.object({
  type: z.literal("set-burden"),
  ...base,
  burden: z.number().min(0.5).max(35),
  against: stateId.optional(),
});
export const SetPosture = z.object({
  type: z.literal("set-posture"),
  ...base,
  posture: z.number().min(0).max(1),
});
export const Mobilise = z.object({
  type: z.literal("mobilise"),
  ...base,
  level: z.union([z.literal(0.5), z.literal(1)]),
  against: stateId.optional(),
});
export const Demobilise = z.object({ type: z.literal("demobilise"), ...base });
export const Sanction = z.object({ type: z.literal("sanction"), ...base, target: stateId });
export const Embargo = z.object({ type: z.literal("embargo"), ...base, target: stateId });
export const LiftSanctions = z.object({
  type: z.literal("lift-sanctions"),
  ...base,
  target: stateId,
});
export const Tariff = z.object({
  type: z.literal("tariff"),
  ...base,
  target: stateId,
  level: z.number().min(0).max(1).optional(),
});
export const Aid = z.object({
  type: z.literal("aid"),
  ...base,
  target: stateId,
  percentOfGdp: z.number().min(0).max(10).optional(),
});
export const Threaten = z.object({
  type: z.literal("threaten"),
  ...base,
  target: stateId,
  kind: z.enum(["force", "sanctions", "annexation", "ultimatum"]),
});
export const Criticise = z.object({ type: z.literal("criticise"), ...base, target: stateId });
export const JointExercise = z.object({
  type: z.literal("joint-exercise"),
  ...base,
  target: stateId,
});
export const SeizeAssets = z.object({ type: z.literal("seize-assets"), ...base, target: stateId });
export const Attack = z.object({
  type: z.literal("attack"),
  ...base,
  target: stateId,
  mode: z.enum(["attack", "blockade", "occupy"]).default("attack"),
});

export const Order = z.discriminatedUnion("type", [
  SetBurden,
  SetPosture,
  Mobilise,
  Demobilise,
  Sanction,
  Embargo,
  LiftSanctions,
  Tariff,
  Aid,
  Threaten,
  Criticise,
  JointExercise,
  SeizeAssets,
  Attack,
]);
export type Order = z.infer<typeof Order>;
export const ORDER_TYPES = new Set<string>(Order.options.map((o) => o.shape.type.value));

// Diplomacy: visible to the parties at once.
export const ProposeTreaty = z.object({
  type: z.literal("propose-treaty"),
  ...base,
  terms: TreatyTermsInput,
});
export const AmendTreaty = z.object({
  type: z.literal("amend-treaty"),
  ...base,
  proposalId: z.string(),
  terms: TreatyTermsInput,
});
export const AcceptTreaty = z.object({
  type: z.literal("accept-treaty"),
  ...base,
  proposalId: z.string(),
});
export const RejectTreaty = z.object({
  type: z.literal("reject-treaty"),
  ...base,
  proposalId: z.string(),
});
export const WithdrawProposal = z.object({
  type: z.literal("withdraw-proposal"),
  ...base,
  proposalId: z.string(),
});
export const LeaveTreaty = z.object({
  type: z.literal("leave-treaty"),
  ...base,
  treatyId: z.string(),
});
export const BreakTreaty = z.object({
  type: z.literal("break-treaty"),
  ...base,
  treatyId: z.string(),
});
export const MakeDemand = z.object({
  type: z.literal("demand"),
  ...base,
  target: stateId,
  kind: z.enum(["concession", "tribute", "basing"]).default("concession"),
  amount: z.number().min(0).max(10).optional(),
  text: z.string().max(500).default(""),
});
export const AcceptDemand = z.object({
  type: z.literal("accept-demand"),
  ...base,
  demandId: z.string(),
});
export const RefuseDemand = z.object({
  type: z.literal("refuse-demand"),
  ...base,
  demandId: z.string(),
});
export const BreakOffTalks = z.object({
  type: z.literal("break-off-talks"),
  ...base,
  target: stateId,
});
export const SubmitOrders = z.object({
  type: z.literal("submit-orders"),
  ...base,
  orders: z.array(Order).max(50).optional(),
});
export const NoChange = z.object({ type: z.literal("no-change"), ...base });

// Instructor
const instructor = { actor: z.literal("instructor"), at };
export const AdvancePhase = z.object({ type: z.literal("advance-phase"), ...instructor });
export const ResolveRoundAction = z.object({ type: z.literal("resolve-round"), ...instructor });
export const ReleaseCrisis = z.object({
  type: z.literal("release-crisis"),
  ...instructor,
  crisisId: z.string(),
});
export const AdHocCrisis = z.object({
  type: z.literal("ad-hoc-crisis"),
  ...instructor,
  headline: z.string().min(1).max(200),
  description: z.string().max(2000).default(""),
  events: z.array(CodedEvent.omit({ sourceId: true })).max(50),
});
export const SetBot = z.object({
  type: z.literal("set-bot"),
  ...instructor,
  stateId,
  policy: z.string().min(1).nullable(),
});

export const Action = z.discriminatedUnion("type", [
  ...Order.options,
  ProposeTreaty,
  AmendTreaty,
  AcceptTreaty,
  RejectTreaty,
  WithdrawProposal,
  LeaveTreaty,
  BreakTreaty,
  MakeDemand,
  AcceptDemand,
  RefuseDemand,
  BreakOffTalks,
  SubmitOrders,
  NoChange,
  AdvancePhase,
  ResolveRoundAction,
  ReleaseCrisis,
  AdHocCrisis,
  SetBot,
]);
export type Action = z.infer<typeof Action>;
/** What a client may send (defaults not yet applied). */
export type ActionInput = z.input<typeof Action>;

/** Actions only the instructor (or the server on its behalf) may take. */
export const INSTRUCTOR_ACTIONS = new Set<string>(
  [AdvancePhase, ResolveRoundAction, ReleaseCrisis, AdHocCrisis, SetBot].map(
    (schema) => schema.shape.type.value,
  ),
);
export type InstructorActionInput = Extract<ActionInput, { actor: "instructor" }>;
export type StateOnlyActionInput = Exclude<ActionInput, { actor: "instructor" }>;

export function isInstructorAction(input: { type?: unknown }): boolean {
  return typeof input.type === "string" && INSTRUCTOR_ACTIONS.has(input.type);
}

type WithoutActor<T> = T extends unknown ? Omit<T, "actor" | "at"> : never;
/** An order as a state's player sends it: the seat decides the actor. */
export type StateOrderInput = WithoutActor<z.input<typeof Order>>;
/**
 * What a seated student may send: any state action without `actor` (the seat decides it)
 * and without `at` (the server stamps time); `submit-orders` carries actor-less orders.
 */
export type StateActionInput =
  | WithoutActor<Exclude<StateOnlyActionInput, { type: "submit-orders" }>>
  | { type: "submit-orders"; orders?: StateOrderInput[] };

/**
 * Sets `actor` on a state's action and on each of its orders, and the server time `at`
 * (ms since the epoch), overriding whatever the client put there, so nobody can act for
 * another state or back-date an action. Pure; the engine still validates the result.
 * Shape: unknown in (the client's payload), an `ActionInput`-shaped record out.
 */
export function asActor(stateId: string, input: Record<string, unknown>, at: number): unknown {
  const orders = Array.isArray(input.orders)
    ? input.orders.map((order: unknown) =>
        order && typeof order === "object" ? { ...order, actor: stateId, at } : order,
      )
    : undefined;
  return { ...input, actor: stateId, at, ...(orders ? { orders } : {}) };
}
