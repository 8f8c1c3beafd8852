import type { Bloc } from "./game/blocs";
/** The JSON report of a finished (or running) game, as printed by `pnpm simulate --format json`. */
import { computeDebrief } from "./debrief/debrief";
import type { Debrief } from "./debrief/debrief";
import type { GameState, Prediction, StateId } from "./game/types";
import { computeThreatMatrix } from "./threat/threat-matrix";

type Pair = { category: string; target: StateId | null };
export type SimulationReport = {
  scenario: string;
  seed: number | string;
  bots: Record<StateId, string>;
  rounds: {
    round: number;
    threat: Record<
      StateId,
      Record<
        StateId,
        {
          total: number;
          aggregatePower: number;
          proximity: number;
          offensiveCapability: number;
          intentions: number;
          allyShare: number;
          viaAlly: StateId | null;
        }
      >
    >;
    predictions: {
      balanceOfThreat: Record<
        StateId,
        Pair & { partner: StateId | null; score: number | null; scope: string | null }
      >;
      balanceOfPower: Record<StateId, Pair & { score: number | null }>;
      random: Record<StateId, Pair>;
      landscape: { blocs: [StateId[], StateId[]]; frustration: number; exhaustive: boolean };
    };
    actual: Record<StateId, Pair & { reasons: string[] }>;
    scores: Record<StateId, number>;
    scoreDetail: Record<StateId, { security: number; prosperity: number }>;
    wars: { attacker: StateId; defender: StateId; winner: StateId; pAttacker: number }[];
    /** Defence blocs at the end of the round (game/blocs.ts), secret pacts included. */
    blocs: Bloc[];
  }[];
  finalTreaties: {
    id: string;
    kind: string;
    name: string;
    members: StateId[];
    directedAgainst: StateId[];
    startedRound: number;
  }[];
  debrief: Debrief;
};

const pair = (p: Prediction) => ({ category: p.category, target: p.target });
const map = <T, U>(o: Record<string, T>, f: (v: T) => U) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));

export function simulationReport(state: GameState): SimulationReport {
  return {
    scenario: state.scenario.id,
    seed: state.seed,
    bots: state.bots,
    rounds: state.rounds
      .filter((r) => r.actual)
      .map((r) => ({
        round: r.round,
        blocs: r.blocs ?? [],
        threat: map(computeThreatMatrix(r.threat), (row) =>
          map(row, (e) => ({
            total: e.total,
            aggregatePower: e.aggregatePower,
            proximity: e.proximity,
            offensiveCapability: e.offensiveCapability,
            intentions: e.intentions,
            allyShare: e.allyShare,
            viaAlly: e.viaAlly,
          })),
        ),
        predictions: {
          balanceOfThreat: map(r.predictions.balanceOfThreat, (p) => ({
            ...pair(p),
            partner: p.partner ?? null,
            score: p.score ?? null,
            scope: p.scope ?? null,
          })),
          balanceOfPower: map(r.predictions.balanceOfPower, (p) => ({
            ...pair(p),
            score: p.score ?? null,
          })),
          random: map(r.predictions.random, pair),
          landscape: r.predictions.landscape,
        },
        actual: map(r.actual!, (c) => ({
          category: c.category,
          target: c.target,
          reasons: c.reasons,
        })),
        scores: map(r.scores ?? {}, (s) => s.score),
        scoreDetail: map(r.scores ?? {}, (s) => ({
          security: s.security,
          prosperity: s.prosperity,
        })),
        wars: r.wars ?? [],
      })),
    finalTreaties: Object.values(state.treaties).map((t) => ({
      id: t.id,
      kind: t.kind,
      name: t.name,
      members: t.members,
      directedAgainst: t.directedAgainst,
      startedRound: t.startedRound,
    })),
    debrief: computeDebrief(state),
  };
}
