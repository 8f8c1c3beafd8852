// viewFor keeps a viewer's previous view object when nothing it may see changed, so the live
// server skips that audience with one identity check (most actions are private to a state).
import { describe, expect, it } from "vitest";
import { loadPreset } from "../presets";
import { applyAction } from "./apply-action";
import { createGame } from "./create-game";
import type { GameState } from "./types";
import { viewFor } from "./view";

function running(): GameState {
  const parsed = loadPreset("east-asia-2017");
  if (!parsed.ok) throw new Error("preset");
  const created = createGame(parsed.scenario, { seed: 1 });
  if (!created.ok) throw new Error(created.error.message);
  const started = applyAction(created.state, { type: "advance-phase", actor: "instructor" });
  if (!started.ok) throw new Error(started.error.message);
  return started.state;
}

function act(state: GameState, action: Parameters<typeof applyAction>[1]): GameState {
  const result = applyAction(state, action);
  if (!result.ok) throw new Error(result.error.message);
  return result.state;
}

describe("view identity", () => {
  it("a private order leaves every other viewer's view the same object, and changes the actor's", () => {
    const before = running();
    const korea = viewFor(before, { kind: "state", stateId: "KOR" });
    const projector = viewFor(before, { kind: "public" });
    const japan = viewFor(before, { kind: "state", stateId: "JPN" });
    const after = act(before, { type: "set-burden", actor: "JPN", burden: 4.5 });
    expect(viewFor(after, { kind: "state", stateId: "KOR" })).toBe(korea);
    expect(viewFor(after, { kind: "public" })).toBe(projector);
    const japanAfter = viewFor(after, { kind: "state", stateId: "JPN" });
    expect(japanAfter).not.toBe(japan);
    expect(japanAfter.orders.JPN).toEqual([
      expect.objectContaining({ type: "set-burden", burden: 4.5 }),
    ]);
    // Unchanged parts keep their identity inside the new view too.
    expect(japanAfter.states).toBe(japan.states);
  });

  it("a change a viewer can see gives it a new view with the change", () => {
    const before = running();
    const korea = viewFor(before, { kind: "state", stateId: "KOR" });
    const after = act(before, { type: "advance-phase", actor: "instructor" });
    const koreaAfter = viewFor(after, { kind: "state", stateId: "KOR" });
    expect(koreaAfter).not.toBe(korea);
    expect(koreaAfter.phase).toBe(after.phase);
    expect(koreaAfter.phase).not.toBe(korea.phase);
  });
});
