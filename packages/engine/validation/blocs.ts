/** Bloc labels of a game's final state for the ARI (validation/README.md). */
import { blocNumbers, gameBlocs } from "../src/index";
import type { GameState } from "../src/index";

/**
 * One label per playable state: its alignment bloc (defence ties and shared adversaries,
 * src/predict/alignment-blocs.ts) at the end of the game, or a singleton label.
 */
export function finalBlocLabels(state: GameState, playable: readonly string[]): string[] {
  const label = blocNumbers(gameBlocs(state));
  return playable.map((id) => (label.has(id) ? `bloc:${label.get(id)}` : `solo:${id}`));
}
