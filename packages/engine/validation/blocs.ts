/** Bloc labels of a game's final state for the ARI (validation/README.md). */
import { defenceBlocs } from "../src/index";
import type { GameState } from "../src/index";

/** One label per playable state: its bloc number, or a singleton label outside every bloc. */
export function finalBlocLabels(state: GameState, playable: readonly string[]): string[] {
  const blocs = defenceBlocs(
    Object.values(state.treaties),
    state.scenario.states.map((s) => s.id),
  );
  const label = new Map<string, string>();
  for (const b of blocs) for (const m of b.members) label.set(m, `bloc:${b.number}`);
  return playable.map((id) => label.get(id) ?? `solo:${id}`);
}
