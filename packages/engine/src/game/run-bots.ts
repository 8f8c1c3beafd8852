/** Drive bots through a round: shared by the simulate CLI, the benchmark, tests and the server's bot stand-ins. */
import { botPolicies } from "../bots/policies";
import type { BotPolicyName } from "../bots/policies";
import { applyAction } from "./apply-action";
import type { GameState, StateId } from "./types";
import { viewFor } from "./view";

export type PlayResult = {
  state: GameState;
  log: unknown[];
  rejected: { action: unknown; code: string; message: string }[];
};

/** Let every bot act once in the current phase (sorted by state id). Rejected actions are reported, not fatal. */
export function runBots(
  state: GameState,
  bots: Record<StateId, BotPolicyName>,
  seed: number | string,
  log: unknown[] = [],
  rejected: PlayResult["rejected"] = [],
): PlayResult {
  let s = state;
  for (const id of Object.keys(bots).sort()) {
    const policy = botPolicies[bots[id]!];
    for (const action of policy(viewFor(s, { kind: "state", stateId: id }), { seed })) {
      const r = applyAction(s, action);
      if (r.ok) {
        s = r.state;
        log.push(action);
      } else rejected.push({ action, code: r.error.code, message: r.error.message });
    }
  }
  return { state: s, log, rejected };
}

/** Play one full round with bots: two negotiation passes (proposals, then answers), orders, resolution, news. */
export function playBotRound(
  state: GameState,
  bots: Record<StateId, BotPolicyName>,
  seed: number | string,
  log: unknown[] = [],
  rejected: PlayResult["rejected"] = [],
): PlayResult {
  let s = state;
  const step = (action: unknown) => {
    const r = applyAction(s, action);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    s = r.state;
    log.push(action);
  };
  if (s.phase === "news") step({ type: "advance-phase", actor: "instructor" });
  s = runBots(s, bots, seed, log, rejected).state;
  s = runBots(s, bots, seed, log, rejected).state;
  step({ type: "advance-phase", actor: "instructor" });
  s = runBots(s, bots, seed, log, rejected).state;
  s = runBots(s, bots, seed, log, rejected).state;
  step({ type: "advance-phase", actor: "instructor" });
  return { state: s, log, rejected };
}
