/** Replay is a fold of the same reducer over the logged actions (boardgame.io style). */
import type { Result } from "../result";
import { applyAction } from "./apply-action";
import type { GameState } from "./types";

/** Final state after folding `log` over `initial`; stops at the first rejected action (a log holds accepted actions only). */
export function replay(
  initial: GameState,
  log: readonly unknown[],
): Result<GameState> & { steps: number } {
  let state = initial;
  for (let i = 0; i < log.length; i++) {
    const r = applyAction(state, log[i]);
    if (!r.ok)
      return {
        ok: false,
        error: { code: r.error.code, message: `log entry ${i}: ${r.error.message}` },
        steps: i,
      };
    state = r.state;
  }
  return { ok: true, state, steps: log.length };
}

/** Every intermediate state: states[0] = initial, states[i + 1] = after log[i] (for round-by-round grading). */
export function replayStates(initial: GameState, log: readonly unknown[]): GameState[] {
  const out = [initial];
  let state = initial;
  for (const a of log) {
    const r = applyAction(state, a);
    if (!r.ok) break;
    state = r.state;
    out.push(state);
  }
  return out;
}
