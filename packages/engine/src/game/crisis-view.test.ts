// Issue 12, defect 9: a crisis's description travels with its headline (the news item carries
// it, so it reaches every audience live), and the designer's note to the instructor never
// reaches a student or the projector.
import { describe, expect, it } from "vitest";
import { loadPreset } from "../presets";
import { applyAction } from "./apply-action";
import { createGame } from "./create-game";
import type { GameState } from "./types";
import { viewFor } from "./view";

function eastAsia(): GameState {
  const parsed = loadPreset("east-asia-2017");
  if (!parsed.ok) throw new Error("preset");
  const created = createGame(parsed.scenario, { seed: 1 });
  if (!created.ok) throw new Error(created.error.message);
  const started = applyAction(created.state, { type: "advance-phase", actor: "instructor" });
  if (!started.ok) throw new Error(started.error.message);
  return started.state;
}

describe("crises (issue 12, defect 9)", () => {
  it("the designer's note is a separate field the instructor alone reads", () => {
    const state = eastAsia();
    const crisis = state.scenario.crises.find((c) => c.id === "border-standoff")!;
    expect(crisis.instructorNote).toBe("Release to test the India-China dyad.");
    expect(crisis.description).not.toContain("Release to test");
    const released = applyAction(state, {
      type: "release-crisis",
      actor: "instructor",
      crisisId: "border-standoff",
    });
    if (!released.ok) throw new Error(released.error.message);
    const next = released.state;
    for (const viewer of [
      { kind: "state", stateId: "IND" },
      { kind: "state", stateId: "JPN" },
      { kind: "public" },
    ] as const) {
      const view = viewFor(next, viewer);
      const shown = view.scenario.crises.find((c) => c.id === "border-standoff")!;
      expect(shown.description).toBe(crisis.description);
      expect("instructorNote" in shown).toBe(false);
      expect(JSON.stringify(view)).not.toContain("Release to test");
    }
    const instructor = viewFor(next, { kind: "instructor" });
    expect(instructor.scenario.crises.find((c) => c.id === "border-standoff")?.instructorNote).toBe(
      "Release to test the India-China dyad.",
    );
  });

  it("a released scripted crisis reaches every viewer live, description included, as news", () => {
    const released = applyAction(eastAsia(), {
      type: "release-crisis",
      actor: "instructor",
      crisisId: "border-standoff",
    });
    if (!released.ok) throw new Error(released.error.message);
    for (const viewer of [{ kind: "state", stateId: "IND" }, { kind: "public" }] as const) {
      const item = viewFor(released.state, viewer).news.at(-1)!;
      expect(item.headline).toBe("Another Himalayan standoff");
      expect(item.crisis).toEqual({
        id: "border-standoff",
        description: "Chinese road-building on a disputed plateau, as at Doklam in June 2017.",
      });
    }
  });

  it("an ad-hoc crisis's description travels with its headline", () => {
    const result = applyAction(eastAsia(), {
      type: "ad-hoc-crisis",
      actor: "instructor",
      headline: "Fishing boats rammed",
      description: "A coast guard cutter rams two fishing boats near the Senkakus.",
      events: [{ actor: "CHN", target: "JPN", action: "threaten-force", note: "ramming" }],
    });
    if (!result.ok) throw new Error(result.error.message);
    for (const viewer of [{ kind: "state", stateId: "JPN" }, { kind: "public" }] as const) {
      const item = viewFor(result.state, viewer).news.at(-1)!;
      expect(item.headline).toBe("Fishing boats rammed");
      expect(item.crisis).toEqual({
        id: null,
        description: "A coast guard cutter rams two fishing boats near the Senkakus.",
      });
    }
  });
});
