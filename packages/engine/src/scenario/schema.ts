/**
 * The scenario file format (docs/scenario-format.md). `Scenario` is both the zod schema
 * and the type; scenario.schema.json is generated from it (pnpm run schema).
 */
import { z } from "zod";
import { ACTION_CODE_NAMES } from "../cameo";
import { PartialParameters } from "../parameters";

export const ActionCode = z
  .enum(ACTION_CODE_NAMES)
  .describe("A CAMEO-coded act (THREAT-MODEL.md s.2)");

const id = z.string().min(1);
const nonNeg = z.number().finite().min(0);

/**
 * Scope conditions of balance-of-threat theory: an opportunistic revisionist bandwagons for
 * profit (Schweller 1994); a regime threatened from within aligns against its domestic
 * challengers first ("omnibalancing", David 1991).
 */
export const ScopeFlag = z.object({
  kind: z.enum(["revisionist", "internal-threat"]),
  note: z.string().min(1),
  sourceId: z.string().optional(),
});
export type ScopeFlag = z.infer<typeof ScopeFlag>;

export const ScenarioState = z.object({
  id: id.describe('ISO 3166 alpha-3 (modern) or COW abbreviation (historical), e.g. "JPN", "GMY"'),
  name: z.string().min(1),
  cowCode: z.number().int().optional().describe("COW numeric code, where one exists"),
  isoNumeric: z.string().optional().describe('ISO 3166 numeric, for the world-atlas map ("392")'),
  playable: z.boolean().describe("false for offshore powers kept only for shares and threats"),
  greatPower: z
    .boolean()
    .optional()
    .describe("Counts as a great power for balance of power (default: by power share)"),
  pop: nonNeg.describe("Population, millions"),
  urbanPop: nonNeg.describe("Urban population, millions"),
  gdp: z.number().finite().positive().describe("GDP, US$ bn (historical presets: used as shares)"),
  milex: nonNeg.describe("Military expenditure, US$ bn (historical: used only as shares)"),
  milper: nonNeg.describe("Military personnel, thousands"),
  irst: nonNeg.optional().describe("Iron and steel production, thousand tons (historical)"),
  pec: nonNeg
    .optional()
    .describe("Primary energy consumption, thousand tons coal-equivalent (historical)"),
  burden: z.number().min(0.5).max(35).describe("Military burden milex/GDP, percent"),
  posture: z.number().min(0).max(1).describe("Starting share of offensive/expeditionary forces"),
  projection: z.number().min(0).max(1).describe("Power projection (global ~1, regional 0.2..0.5)"),
  growth: z.number().min(-0.5).max(0.5).describe("Baseline growth per round (a round is a year)"),
  capital: z.object({
    name: z.string().min(1),
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
  }),
  nuclear: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe(
      "Nuclear deterrent: 0 none (default), 0.5 a small or unproven arsenal, 1 a secure second-strike force (Jervis 1989)",
    ),
  scope: ScopeFlag.optional().describe(
    "A state whose alignment balance-of-threat theory does not claim to explain (debrief shows it; validation reports it apart)",
  ),
  unverified: z
    .array(z.string())
    .optional()
    .describe("Fields whose figures could not be checked against a source"),
  sourceIds: z.array(z.string()),
});
export type ScenarioState = z.infer<typeof ScenarioState>;

export const TreatyKind = z.enum(["defence", "trade", "consultation", "non-aggression"]);
export type TreatyKind = z.infer<typeof TreatyKind>;

export const CodedEvent = z.object({
  actor: id,
  target: id,
  action: ActionCode,
  note: z.string(),
  sourceId: z.string().optional(),
});
export type CodedEvent = z.infer<typeof CodedEvent>;

export const Crisis = z.object({
  id,
  round: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe("Released automatically at the start of this round"),
  headline: z.string().min(1),
  /** The public text: shown to students and the projector with the headline. */
  description: z.string(),
  /** For the instructor only (why or when to release it); `viewFor` strips it for everyone else. */
  instructorNote: z.string().optional(),
  events: z.array(CodedEvent.omit({ sourceId: true })),
});
export type Crisis = z.infer<typeof Crisis>;

export const Rules = z.object({
  rounds: z.number().int().min(1).max(200).default(8),
  allowForce: z.boolean(),
  defenceDominant: z.boolean().describe("Buck-passing threshold 1.25 instead of 1.5"),
  allowTribute: z.boolean().describe('The "demand tribute" action (predatory hegemon)'),
  phaseSeconds: z.object({
    negotiation: z.number().int().min(0),
    orders: z.number().int().min(0),
    resolution: z.number().int().min(0),
    news: z.number().int().min(0),
  }),
  roles: z
    .record(z.string(), z.string())
    .optional()
    .describe('Optional role per state id (a key of parameters.roleWeights), e.g. { USA: "hawk" }'),
  hidden: z
    .array(z.enum(["hostility", "affinity", "trade", "intentions"]))
    .optional()
    .describe("Information students do not see about other states"),
});
export type Rules = z.infer<typeof Rules>;

const Shares = z.object({
  pop: nonNeg.optional(),
  urbanPop: nonNeg.optional(),
  gdp: nonNeg.optional(),
  milex: nonNeg.optional(),
  milper: nonNeg.optional(),
  irst: nonNeg.optional(),
  pec: nonNeg.optional(),
});

export const Scenario = z.object({
  formatVersion: z.literal(1),
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "kebab-case id"),
  name: z.string().min(1),
  year: z.number().int(),
  era: z.enum(["historical", "modern"]).describe("Selects the aggregate-power formula"),
  summary: z.string(),
  sources: z.array(z.object({ id, citation: z.string().min(1), url: z.string().optional() })),
  states: z.array(ScenarioState).min(2),
  restOfWorld: Shares.optional().describe(
    "Remainder of the world so shares are not inflated; never a player",
  ),
  contiguity: z.array(
    z.object({
      a: id,
      b: id,
      code: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
    }),
  ),
  bases: z.array(z.object({ owner: id, host: id })),
  trade: z
    .array(z.object({ from: id, to: id, value: nonNeg }))
    .describe("Exports from -> to, US$ bn per year"),
  hostility: z
    .array(z.object({ from: id, to: id, value: z.number().min(0).max(1) }))
    .describe("Starting hostility I0 of from towards to"),
  affinity: z
    .array(z.object({ a: id, b: id, value: z.number().min(0).max(1) }))
    .describe("Voting affinity U, symmetric"),
  treaties: z.array(
    z.object({
      id,
      kind: TreatyKind,
      name: z.string().min(1),
      members: z.array(id).min(2),
      directedAgainst: z.array(id),
      signed: z.number().int(),
      sourceId: z.string().optional(),
      tariffCut: z
        .number()
        .min(0)
        .max(1)
        .optional()
        .describe("Trade pacts: share of tariffs removed (default 1)"),
      secret: z
        .boolean()
        .optional()
        .describe("Hidden from non-members (e.g. Romania-Triple Alliance 1883)"),
    }),
  ),
  history: z
    .array(CodedEvent)
    .describe("Events just before round 1; they seed the intentions model"),
  crises: z.array(Crisis),
  rules: Rules,
  parameters: PartialParameters.optional(),
});
export type Scenario = z.infer<typeof Scenario>;
