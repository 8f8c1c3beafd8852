/** Bloc labels of a game's final state for the ARI (validation/README.md). */
import { alignmentBlocs, blocNumbers, hostileFromThreat } from "../src/index";
import type { GameState } from "../src/index";

/**
 * One label per playable state: its alignment bloc (defence ties and shared adversaries,
 * src/predict/alignment-blocs.ts) at the end of the game, or a singleton label.
 */
export function finalBlocLabels(state: GameState, playable: readonly string[]): string[] {
  const last = state.rounds[state.rounds.length - 1];
  const blocs = alignmentBlocs(
    Object.values(state.treaties),
    state.scenario.states.map((s) => s.id),
    last ? hostileFromThreat(last.threat, state.params.tau2) : undefined,
  );
  const label = blocNumbers(blocs);
  return playable.map((id) => (label.has(id) ? `bloc:${label.get(id)}` : `solo:${id}`));
}
