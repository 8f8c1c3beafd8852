/** Game state: plain JSON-serialisable data, so it can be stored, diffed and replayed. */
import type { ActionCode } from "../cameo";
import type { ModelParameters } from "../parameters";
import type { RngState } from "../random";
import type { Scenario, TreatyKind } from "../scenario/schema";
import type { Category } from "../predict/categories";
import type { ThreatTable } from "../threat/threat-matrix";
import type { Order } from "./action";
import type { Bloc } from "./blocs";

export type StateId = string;
export type Phase = "negotiation" | "orders" | "resolution" | "news" | "ended";

export type Base = { owner: StateId; host: StateId };

export type TreatyTerms = {
  kind: TreatyKind;
  name: string;
  members: StateId[];
  directedAgainst: StateId[];
  /** Trade pacts: share of tariffs removed, 0..1. */
  tariffCut: number;
  /** Basing rights granted by the treaty (owner keeps forces on host). */
  basing: Base[];
  /** Rounds in force; null = indefinite (members may leave lawfully). */
  duration: number | null;
  /** Secret treaties are visible only to their members (and the instructor). */
  secret: boolean;
};

export type Treaty = TreatyTerms & {
  id: string;
  /** Round it entered into force; 0 for treaties of the scenario. */
  startedRound: number;
  endsAfterRound: number | null;
  origin: "scenario" | "game";
  /** Members that have given notice; they leave when the round resolves. */
  leaving: StateId[];
};

export type Proposal = {
  id: string;
  version: number;
  proposer: StateId;
  terms: TreatyTerms;
  ratifiedBy: StateId[];
  status: "open" | "in-force" | "rejected" | "withdrawn" | "lapsed";
  round: number;
  amendments: { version: number; by: StateId; round: number }[];
};

export type Demand = {
  id: string;
  from: StateId;
  to: StateId;
  kind: "concession" | "tribute" | "basing";
  /** Tribute: percent of the payer's GDP. */
  amount: number;
  text: string;
  round: number;
  status: "pending" | "accepted" | "refused" | "expired";
};

/** A coded act: what the intentions model reads (THREAT-MODEL.md s.2). */
export type CodedAct = {
  round: number;
  actor: StateId;
  /** null for undirected acts (a general mobilisation): they raise A_i only. */
  target: StateId | null;
  action: ActionCode;
  cameo: string;
  goldstein: number;
  origin: "history" | "crisis" | "order" | "diplomacy";
  note: string;
};

export type StateRuntime = {
  gdp: number;
  gdp0: number;
  burden: number;
  burden0: number;
  posture: number;
  mob: number;
  /** Set when mobilised this round; unrenewed mobilisation decays to 0. */
  mobRenewed: boolean;
  /** Forces remaining after war losses, 1 at the start. */
  forces: number;
  /** Total trade / GDP at the end of the previous round (for the growth term). */
  tradeRatio: number;
};

export type Intentions = {
  /** H[i][j]: hostility of i towards j (sparse). */
  H: Record<StateId, Record<StateId, number>>;
  /** C[i][j]: cooperation of i towards j. */
  C: Record<StateId, Record<StateId, number>>;
  /** Aggressiveness of i, per target (null target under key "*"), so a perceiver can leave out acts against itself. */
  A: Record<StateId, Record<StateId, number>>;
  /** Perfidy B_i. */
  B: Record<StateId, number>;
};

export type War = { a: StateId; b: StateId; startedRound: number; lastAttackRound: number };

/**
 * A logged prediction. v2 adds `score`, the graded lean towards balancing the target (0-1:
 * at least 0.5 when the category balances it, below 0.5 otherwise, 0.5 on the decision edge),
 * and `scope`, set when the theory does not claim to explain the state's alignment.
 */
export type Prediction = {
  category: Category;
  target: StateId | null;
  partner?: StateId | null;
  score?: number;
  scope?: ScopeKind | null;
};
export type ScopeKind = "revisionist" | "internal-threat";
export type Classification = { category: Category; target: StateId | null; reasons: string[] };

export type ScoreBreakdown = {
  security: number;
  prosperity: number;
  score: number;
  weights: { security: number; prosperity: number };
};

export type RoundRecord = {
  round: number;
  /** Threat matrix logged with the predictions (compact; see threat-matrix.ts for accessors). */
  threat: ThreatTable;
  predictions: {
    balanceOfThreat: Record<StateId, Prediction>;
    balanceOfPower: Record<StateId, Prediction>;
    landscape: { blocs: [StateId[], StateId[]]; frustration: number; exhaustive: boolean };
    random: Record<StateId, Prediction>;
  };
  /** Snapshot taken with the predictions, read by the classifier at resolution. */
  start: {
    burden: Record<StateId, number>;
    dependence: Record<StateId, Record<StateId, number>>;
    treaties: string[];
  };
  actual?: Record<StateId, Classification>;
  scores?: Record<StateId, ScoreBreakdown>;
  /** Blocs at the end of the round, secret pacts included (`gameBlocs`, predict/alignment-blocs.ts). */
  blocs?: Bloc[];
  wars?: { attacker: StateId; defender: StateId; winner: StateId; pAttacker: number }[];
};

export type NewsItem = {
  round: number;
  headline: string;
  /**
   * A crisis's news carries its public text, so the description travels with the headline
   * everywhere news goes (students, projector, exports): `id` is the scripted crisis, null for
   * an instructor's ad-hoc one. Never the crisis's `instructorNote`.
   */
  crisis?: { id: string | null; description: string };
  /** null = public; otherwise the states that may read it. */
  visibleTo: StateId[] | null;
  at?: number;
};

export type GameState = {
  scenario: Scenario;
  params: ModelParameters;
  seed: number | string;
  round: number;
  phase: Phase;
  rng: RngState;
  nextId: number;
  states: Record<StateId, StateRuntime>;
  roles: Record<StateId, string>;
  treaties: Record<string, Treaty>;
  proposals: Record<string, Proposal>;
  demands: Record<string, Demand>;
  bases: Base[];
  /** sanctions[from][to] = intensity sigma 0..1 imposed by from on to. */
  sanctions: Record<StateId, Record<StateId, number>>;
  intentions: Intentions;
  /** Starting hostility I0 and affinity U, sparse (defaults in params). */
  I0: Record<StateId, Record<StateId, number>>;
  U: Record<StateId, Record<StateId, number>>;
  wars: War[];
  /** Acts of the current round not yet folded into the intentions model. */
  pendingActs: CodedAct[];
  acts: CodedAct[];
  /** Private orders queued this round, executed at resolution. */
  orders: Record<StateId, Order[]>;
  submitted: Record<StateId, boolean>;
  brokenTreaties: {
    round: number;
    stateId: StateId;
    treatyId: string;
    kind: "broken" | "breach";
    action?: string;
    against?: StateId;
  }[];
  crisesReleased: string[];
  news: NewsItem[];
  rounds: RoundRecord[];
  /** States played by a bot (flagged in exports). */
  bots: Record<StateId, string>;
};
