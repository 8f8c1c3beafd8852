/**
 * Every weight and threshold of the threat model as a named, documented parameter.
 * Walt gave no formula: these are design choices an instructor may change per scenario
 * (`scenario.parameters`), and the debrief shows them. Defaults follow THREAT-MODEL.md (v1)
 * except where marked "DEPARTURE" or "v2"; docs/model.md gives each one's reason and source.
 */
import { z } from "zod";

const num = (def: number, doc: string) => z.number().finite().default(def).describe(doc);
const unit = (def: number, doc: string) => z.number().min(0).max(1).default(def).describe(doc);

export const ScoreWeights = z
  .object({
    security: z.number().min(0).max(1).describe("Weight of Sec in the score"),
    prosperity: z.number().min(0).max(1).describe("Weight of Pros in the score"),
  })
  .strict()
  .describe("Score = security * Sec + prosperity * Pros (THREAT-MODEL.md s.7)");
export type ScoreWeights = z.infer<typeof ScoreWeights>;

export const ModelParameters = z.object({
  // s.2 aggregate power and capability
  apWeight: unit(
    0.4,
    "Weight of aggregate power in capability K = apWeight AP + (1 - apWeight) OC (s.2: 0.4)",
  ),
  milexWeight: unit(
    0.7,
    "Weight of the milex share in military capability MC = w s_milex + (1 - w) s_milper (s.2: 0.7)",
  ),
  postureBase: unit(
    0.5,
    "OC = MC (postureBase + (1 - postureBase) posture)(1 + mobilisationBoost mob) (s.2: 0.5)",
  ),
  mobilisationBoost: num(0.5, "Extra offensive capability at full mobilisation (s.2: 0.5)"),
  qualityExponent: num(
    0.5,
    "v2: K is multiplied by (GDP per capita / scenario mean)^exponent, a quality term after Beckley (2010, 2018); 0 gives v1",
  ),
  nuclearParity: unit(
    0.5,
    "v2: r_ij <= 1 - parity * nuclear_j: a secure second strike (nuclear 1) caps a threat's relative capability at parity (Jervis 1989); 0 gives v1",
  ),
  nuclearDeterrentLevel: unit(
    0.5,
    "v2: a state with nuclear >= this is never 'weak' in BoT: it can balance on its own (Waltz 1981)",
  ),
  // s.2 proximity
  lambda0Km: z
    .number()
    .positive()
    .nullable()
    .default(null)
    .describe(
      "Loss-of-strength gradient base distance in km; null derives it from the year: 800 (<1920), 1000 (<1950), 1500 (s.2)",
    ),
  projectionLambdaFactor: num(2, "lambda_i = lambda0 (1 + factor * projection_i) (s.2: 2)"),
  gradientExponent: num(2, "g(d) = 1 / (1 + (d / lambda)^exponent) (s.2: 2)"),
  seaPowerWeight: unit(
    0.5,
    "v2: proximity reached by sea or through bases counts this share of proximity over land (Levy and Thompson 2010; Mearsheimer 2001, the stopping power of water); 1 gives v1",
  ),
  contiguityBonus: z
    .tuple([
      unit(1, "land"),
      unit(0.9, "<=12 mi"),
      unit(0.8, "<=24 mi"),
      unit(0.6, "<=150 mi"),
      unit(0.4, "<=400 mi"),
    ])
    .default([1, 0.9, 0.8, 0.6, 0.4])
    .describe(
      "Contiguity bonus CB for COW codes 1..5 (s.2: 1.0, 0.9, 0.8, 0.6, 0.4; code 0 gives 0)",
    ),
  // s.2 intentions
  startingHostility: unit(0.1, "Default I0 when the scenario gives none (s.2: 0.1)"),
  defaultAffinity: unit(0.5, "Default voting affinity U (s.2: 0.5)"),
  hostilityDecay: unit(0.8, "H <- decay H + sum max(0,-g)/10 (s.2: 0.8)"),
  severeHostilityDecay: unit(
    0.9,
    "Slower decay of H after a severe act, g <= severeGoldstein (s.2: 0.9)",
  ),
  severeGoldstein: num(-9, "Goldstein weight at or below which an act is severe (s.2: -9)"),
  cooperationDecay: unit(0.6, "C <- decay C + sum max(0,g)/10 (s.2: 0.6)"),
  aggressivenessDecay: unit(0.8, "A <- decay A + sum over all targets max(0,-g)/10 (s.2: 0.8)"),
  perfidyDecay: unit(0.9, "B <- decay B + treaties broken this round (s.2: 0.9)"),
  weightHostility: num(1, "Weight of H_ij in the intentions logit (s.2: 1)"),
  weightAggressiveness: num(
    0.3,
    "Weight of A_i in the logit (s.2: 0.3; DEPARTURE: A counts acts against third parties only)",
  ),
  weightPerfidy: num(0.5, "Weight of B_i in the logit (s.2: 0.5)"),
  weightDisaffinity: num(
    0.5,
    "Weight of (1 - U_ij) in the logit (s.2: 0.5; DEPARTURE: centred on the default U)",
  ),
  weightCooperation: num(0.5, "Weight of C_ij in the logit, subtracted (s.2: 0.5)"),
  // s.3 perceived threat
  iotaNonAlly: unit(
    1,
    "Cap on the uncertainty floor iota0 of non-allies; the floor is min(cap, prior I0_ij) (s.3: a flat 0.25; v2: the cap 1 makes the floor the pair's prior, 0.1 by default, so benign states are not read as threats)",
  ),
  iotaAlly: unit(0.05, "Uncertainty floor iota0 for allies in good standing (s.3: 0.05)"),
  allyThreatShare: unit(
    0.5,
    "T*_ij = max(T_ij, share * max over j's defence allies k of T_ik) (s.3: 0.5; v2: for states that are not great powers)",
  ),
  greatPowerAllyThreatShare: unit(
    1,
    "v2: the same share for a great power protecting a weaker ally: extended deterrence makes threats to its allies its own (Snyder 1997; Huth 1988)",
  ),
  ententeThreatShare: unit(
    0.5,
    "v2: an entente (consultation pact) transmits this share of what a defence pact would (COW type III: a duty to consult, not to fight)",
  ),
  // s.4 balance of threat
  tau1: z
    .number()
    .min(0)
    .max(100)
    .default(10)
    .describe("Below tau1 a threat is ignored: NEUTRAL (s.4: 10; T* runs 0-100)"),
  tau2: z.number().min(0).max(100).default(20).describe("Soft-balancing threshold (s.4: 20)"),
  tau3: z.number().min(0).max(100).default(40).describe("Hard-balancing threshold (s.4: 40)"),
  patronAvailability: z
    .boolean()
    .default(true)
    .describe(
      "v8: a weak state's patron (a great power with a base on its soil or voting affinity above the default) outside the threat's coalition is an available ally, so the state does not bandwagon or hide (Walt 1987, ch. 5; Huth 1988; Lake 2009); false gives v7",
    ),
  internalBalancing: z
    .boolean()
    .default(true)
    .describe(
      "v8: in the noticed band (tau1 <= T* < tau2) with no ally sharing the threat, a state that can balance on its own (a great power or a secure second strike) leans against i* by internal means (Waltz 1979, p. 118; 1981); false gives v7",
    ),
  survivalIntentions: unit(0.6, "Survival threat needs I >= this (s.4: 0.6)"),
  survivalProximity: unit(0.6, "... and Prox >= this (s.4: 0.6)"),
  survivalRelativeCapability: unit(0.5, "... and r >= this (s.4: 0.5)"),
  candidateThreatRatio: unit(0.5, "Partner k qualifies when T*_kj <= ratio * T*_i*j (s.4: 0.5)"),
  weakRatio: num(0.25, "j is weak when K_j / K_i* < weakRatio (s.4: 0.25)"),
  feasibilityFactor: num(
    0.8,
    "Balancing is feasible when K_j + S >= factor (K_i* + allies) (s.4: 0.8)",
  ),
  proximateThreshold: unit(0.6, "i* is proximate when Prox >= this (s.4: 0.6)"),
  buckPassRatio: num(1.5, "Buck-pass when a frontline state feels ratio x the threat (s.4: 1.5)"),
  buckPassRatioDefenceDominant: num(1.25, "Same, in a defence-dominant scenario (s.4: 1.25)"),
  // s.4 balance of power
  powerMeasure: z
    .enum(["cinc", "gdp", "milex", "milper"])
    .default("cinc")
    .describe(
      "What balance-of-power theory calls power (s.3: CINC; GDP, milex, army as sensitivity options)",
    ),
  greatPowerMinShare: unit(
    0.1,
    "A state is a great power when it holds this share of the system's power (DEPARTURE: s.4 leaves it open)",
  ),
  hegemonShare: unit(
    1 / 3,
    "Everyone balances a state holding this share of great-power P (s.4: 1/3)",
  ),
  bipolarShare: unit(2 / 3, "Unaligned join the weaker of two blocs holding this share (s.4: 2/3)"),
  blocCap: unit(0.5, "Otherwise join whatever keeps every bloc under this share (s.4: 1/2)"),
  // s.4 landscape comparator
  landscapeBase: num(
    0.1,
    "Base propensity p_jk = base + trade term + treaty term - (T*_jk + T*_kj)/100 (s.4: 0.1)",
  ),
  landscapeTradeWeight: num(
    5,
    "Trade term = weight * (X_jk + X_kj) / min(Y_j, Y_k) (DEPARTURE: s.4 names the term only)",
  ),
  landscapeDefenceWeight: num(
    0.5,
    "Treaty term for a defence pact in force (DEPARTURE: s.10 expects the 1914 treaty ties)",
  ),
  landscapeOtherTreatyWeight: num(
    0.15,
    "Treaty term for a consultation, non-aggression or trade pact (DEPARTURE)",
  ),
  landscapeAffinityWeight: num(
    1,
    "Affinity term = weight * (U_jk - default U) (DEPARTURE: A&B's shared-interest propensity; s.4 has none)",
  ),
  landscapeUseDirectThreat: z
    .boolean()
    .default(true)
    .describe(
      "Use direct T instead of T* in propensities (DEPARTURE: T* would count alliance ties twice)",
    ),
  landscapeExhaustiveMax: z
    .number()
    .int()
    .min(2)
    .max(24)
    .default(20)
    .describe("Exhaustive search up to this many states, heuristic above (s.4: about 20)"),
  // s.5 classification
  hardBurdenRise: num(
    0.3,
    "Raising burden by this many percentage points is hard balancing (s.5: 0.3)",
  ),
  tradeCutShare: unit(
    0.1,
    "Cutting trade dependence on X by this share is soft balancing (s.5: 10 %)",
  ),
  freeRideRatio: unit(
    0.75,
    "Free-riding: burden below this ratio of the coalition average (s.5: 0.75)",
  ),
  // s.7 trade, growth, war
  ftaBoost: num(0.25, "A trade pact raises trade by this factor times its tariff cut (s.7: 0.25)"),
  tariffIntensity: unit(
    0.25,
    "Sanction intensity sigma of a tariff (DEPARTURE: s.7 leaves the levels open)",
  ),
  sanctionIntensity: unit(0.5, "Sanction intensity sigma of targeted sanctions"),
  embargoIntensity: unit(1, "Sanction intensity sigma of an embargo or blockade"),
  growthTradeWeight: num(0.3, "Growth term 0.3 * change in trade / GDP (s.7: 0.3)"),
  growthBurdenPenalty: num(0.5, "Growth penalty 0.5 * max(0, b - b(0)) (s.7: 0.5)"),
  warGdpLoss: unit(0.1, "The loser of a war loses this share of GDP (s.7: 10 %)"),
  warForcesLoss: unit(0.2, "... and this share of its forces (s.7: 20 %)"),
  peaceAfterRounds: z
    .number()
    .int()
    .min(1)
    .default(2)
    .describe("A war ends after this many rounds without an attack"),
  aidPercentOfGdp: num(0.5, "Default economic aid, percent of the donor's GDP"),
  tributePercentOfGdp: num(1, "Default tribute, percent of the payer's GDP"),
  balancingCostFactor: num(
    0.3,
    "Expected cost of balancing against i shown before acting: factor * D_j(i) * Y_j (s.7: 0.3)",
  ),
  // s.7 scores
  scoreWeights: ScoreWeights.default({ security: 0.5, prosperity: 0.5 }),
  roleWeights: z
    .record(z.string().min(1).max(40), ScoreWeights)
    .default({
      balanced: { security: 0.5, prosperity: 0.5 },
      hawk: { security: 0.7, prosperity: 0.3 },
      trader: { security: 0.3, prosperity: 0.7 },
    })
    .describe("Score weights per named role (s.7: e.g. hawk 0.7/0.3)"),
});
export type ModelParameters = z.infer<typeof ModelParameters>;

/** What a scenario file may set: any subset; strict, so a misspelt name is refused, not ignored. */
export const PartialParameters = ModelParameters.partial().strict();
export type PartialParameters = z.infer<typeof PartialParameters>;

export const DEFAULT_PARAMETERS: ModelParameters = ModelParameters.parse({});

export function resolveParameters(partial: PartialParameters | undefined): ModelParameters {
  return { ...DEFAULT_PARAMETERS, ...(partial ?? {}) } as ModelParameters;
}

/** lambda0 from THREAT-MODEL.md s.2: 800 km (1914), 1000 (1939), 1500 (1985 on). */
export function lambda0For(params: ModelParameters, year: number): number {
  if (params.lambda0Km !== null) return params.lambda0Km;
  if (year < 1920) return 800;
  if (year < 1950) return 1000;
  return 1500;
}
