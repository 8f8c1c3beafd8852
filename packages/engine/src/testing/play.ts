/** Test helpers: a game on the fixture scenario, and actions that must be accepted. */
import { applyAction } from "../game/apply-action";
import { createGame } from "../game/create-game";
import type { GameState } from "../game/types";
import type { Scenario } from "../scenario/schema";
import { fixtureScenario } from "./fixtures";

export function newGame(overrides: Partial<Scenario> = {}): GameState {
  const r = createGame(fixtureScenario(overrides), { seed: 7 });
  if (!r.ok) throw new Error(r.error.message);
  return r.state;
}

/** Applies `a`, throwing with the engine's code and message if it is refused. */
export function act(s: GameState, a: unknown): GameState {
  const r = applyAction(s, a);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.state;
}
