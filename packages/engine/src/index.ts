/** Public API of @threatscape/engine: pure, deterministic, shared by the server and the web app. */
export { ErrorCode } from "./result";
export type { EngineError, Result } from "./result";
export { seedRng, nextRandom } from "./random";
export type { RngState } from "./random";
export { greatCircleKm, EARTH_RADIUS_KM } from "./geo";
export {
  ModelParameters,
  PartialParameters,
  ScoreWeights,
  DEFAULT_PARAMETERS,
  resolveParameters,
  lambda0For,
} from "./parameters";
export { ACTION_CODES, ACTION_CODE_NAMES, goldstein } from "./cameo";
export type { ActionCode } from "./cameo";

export {
  Scenario,
  ScenarioState,
  ScopeFlag,
  TreatyKind,
  CodedEvent,
  Crisis,
  Rules,
} from "./scenario/schema";
export { parseScenario, pathSegment } from "./scenario/parse-scenario";
export type { ParseScenarioResult, ScenarioIssue } from "./scenario/parse-scenario";
export { scenarioJsonSchema } from "./scenario/json-schema";
export { listPresets, loadPreset, PRESET_IDS } from "./presets";
export type { PresetId, PresetSummary } from "./presets";
export { syntheticScenario } from "./synthetic";

export * from "./threat/formulas";
export { computeWorld, relCap, nuclearRelativeCapability } from "./threat/world";
export type { World } from "./threat/world";
export {
  computeThreatMatrix,
  computeThreatTable,
  threatRow,
  threatTotal,
  threatEntryAt,
  primaryFromTable,
} from "./threat/threat-matrix";
export type { ThreatEntry, ThreatTable } from "./threat/threat-matrix";

export { CATEGORIES } from "./predict/categories";
export type { Category } from "./predict/categories";
export {
  predictBalanceOfThreat,
  balanceOfThreatFor,
  primaryThreat,
} from "./predict/balance-of-threat";
export type { BotDetail, BalanceOfThreatOptions } from "./predict/balance-of-threat";
export { predictBalanceOfPower } from "./predict/balance-of-power";
export { alignmentBlocs, gameBlocs, hostileFromThreat } from "./predict/alignment-blocs";
export type { AlignmentTreaty } from "./predict/alignment-blocs";
export { commitmentsOf } from "./predict/commitments";
export type { Commitments } from "./predict/commitments";
export { landscapeSplit } from "./predict/landscape";
export type { LandscapeResult } from "./predict/landscape";
export { classifyRound } from "./predict/classify";

export {
  Action,
  Order,
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
  TreatyTermsInput,
  INSTRUCTOR_ACTIONS,
  isInstructorAction,
  asActor,
} from "./game/action";
export type {
  ActionInput,
  InstructorActionInput,
  StateActionInput,
  StateOrderInput,
} from "./game/action";
export { defenceBlocs, blocNumbers } from "./game/blocs";
export { treatyDisplayName } from "./game/treaty-name";
export type { Bloc, BlocTreaty } from "./game/blocs";
export type * from "./game/types";
export { createGame, openRound } from "./game/create-game";
export type { CreateGameOptions, CreateGameResult } from "./game/create-game";
export { applyAction } from "./game/apply-action";
export { resolveRound } from "./game/resolve-round";
export { computeScores } from "./game/scores";
export { viewFor } from "./game/view";
export type { Viewer, GameView, PublicStateRuntime, RoundView } from "./game/view";
export { replay, replayStates } from "./game/replay";
export { runBots, playBotRound } from "./game/run-bots";
export type { PlayResult } from "./game/run-bots";
export { botPolicies, BOT_POLICIES, isBotPolicy, walt, waltz, random, hawk } from "./bots/policies";
export { waltAssessment } from "./bots/walt";
export { estimateWorld } from "./bots/estimate";
export type { Estimate } from "./bots/estimate";
export type { BotPolicy, BotPolicyName } from "./bots/policies";

export { computeDebrief, scorePrediction } from "./debrief/debrief";
export type { Debrief, DebriefCase } from "./debrief/debrief";
export {
  cohensKappa,
  confusionMatrix,
  mcnemarExact,
  adjustedRandIndex,
  pearson,
} from "./debrief/metrics";
export { simulationReport } from "./report";
export type { SimulationReport } from "./report";
