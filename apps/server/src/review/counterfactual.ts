// "Fork from round 3 with theory-driven bots": take the logged game as it stood when round
// `fromRound` opened (predictions logged, nobody moved yet), hand every playable state to a
// bot, and play the remaining rounds headlessly with the same engine.
import {
  computeDebrief,
  playBotRound,
  simulationReport,
  type BotPolicyName,
  type GameState,
} from "@threatscape/engine";
import type { LoggedEvent } from "@threatscape/db";
import { createGame } from "@threatscape/engine";
import { foldRoomLog } from "../live/room-log.ts";

export interface ForkRequest {
  fromRound: number;
  /** Bot policy for every playable state, with per-state overrides. */
  policy: BotPolicyName;
  overrides?: Record<string, BotPolicyName>;
}

export interface ForkOutcome {
  fromRound: number;
  policy: BotPolicyName;
  overrides: Record<string, BotPolicyName>;
  rounds: number;
  finalBlocs: string[][];
  accuracy: { balanceOfThreat: number; balanceOfPower: number; baseline: number };
  /** Last round's score per state. */
  scores: Record<string, number>;
  treaties: {
    name: string;
    kind: string;
    members: string[];
    directedAgainst: string[];
    startedRound: number;
  }[];
}

/** The state at the opening of `round` (before anyone moved in it), or null if never reached. */
export function stateAtRoundOpening(
  scenario: unknown,
  seed: number,
  events: LoggedEvent[],
  round: number,
): GameState | null {
  const created = createGame(scenario, { seed });
  if (!created.ok) return null;
  if (round === 1) return created.state;
  let found: GameState | null = null;
  try {
    foldRoomLog(created.state, events, (_logged, _event, room) => {
      if (room.state.round !== round) return;
      found = room.state;
      return false;
    });
  } catch {
    return null; // a log that no longer replays has no round to fork from
  }
  return found;
}

export function runFork(start: GameState, request: ForkRequest, seed: number): ForkOutcome {
  const bots: Record<string, BotPolicyName> = {};
  for (const s of start.scenario.states)
    if (s.playable) bots[s.id] = request.overrides?.[s.id] ?? request.policy;
  let state = start;
  // A game has at most scenario.rules.rounds rounds; the guard only protects against a bug.
  for (let guard = 0; state.phase !== "ended" && guard < 400; guard++) {
    state = playBotRound(state, bots, `${seed}:fork:${request.fromRound}`).state;
  }
  const report = simulationReport(state);
  const debrief = computeDebrief(state);
  const last = report.rounds.at(-1);
  return {
    fromRound: request.fromRound,
    policy: request.policy,
    overrides: request.overrides ?? {},
    rounds: report.rounds.length,
    finalBlocs: debrief.blocs.final.filter((bloc) => bloc.length > 1),
    accuracy: {
      balanceOfThreat: debrief.accuracy.balanceOfThreat,
      balanceOfPower: debrief.accuracy.balanceOfPower,
      baseline: debrief.accuracy.baseline,
    },
    scores: last?.scores ?? {},
    treaties: report.finalTreaties.map(
      ({ name, kind, members, directedAgainst, startedRound }) => ({
        name,
        kind,
        members,
        directedAgainst,
        startedRound,
      }),
    ),
  };
}
