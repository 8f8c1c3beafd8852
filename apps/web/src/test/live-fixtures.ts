// Typed wire fixtures for unit tests: a real game's view through the engine's own `viewFor`,
// so tests hold what the server would send (no casts of wire types).
import { createGame, loadPreset, viewFor, type GameState, type Viewer } from "@threatscape/engine";
import type { GameSnapshot, LiveScenario, LiveView } from "@threatscape/protocol";

export function presetScenario(id = "east-asia-2017"): LiveScenario {
  const loaded = loadPreset(id);
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.scenario;
}

export function newGame(id = "east-asia-2017"): GameState {
  const game = createGame(presetScenario(id), { seed: 1 });
  if (!game.ok) throw new Error(game.error.message);
  return game.state;
}

export function liveView(state: GameState, viewer: Viewer): LiveView {
  const { scenario: _scenario, ...view } = viewFor(state, viewer);
  return view;
}

/** A snapshot of `audience` at `version`, as the server sends it on join. */
export function snapshotOf(
  version: number,
  overrides: Partial<GameSnapshot> = {},
  state: GameState = newGame(),
): GameSnapshot {
  const stateId = "JPN";
  return {
    gameId: "g_1",
    title: "IR 101",
    joinCode: "ABCDEF",
    version,
    audience: `state:${stateId}`,
    serverTime: 1_000_000,
    you: { role: "student", participantId: null, stateId },
    timing: {
      status: "running",
      round: 1,
      rounds: 4,
      phase: "negotiation",
      deadline: 1_060_000,
      remainingMs: null,
      phaseMs: 60_000,
      pausedReason: null,
    },
    lobby: [],
    unseated: [],
    settings: { dropoutPolicy: "bot", dropoutGraceSeconds: 60 },
    view: liveView(state, { kind: "state", stateId }),
    ...overrides,
  };
}
