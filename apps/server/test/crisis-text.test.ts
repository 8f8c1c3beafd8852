// Issue 12, defect 9: a crisis's description travels with its headline into the grader's
// record (the events export's summary, the replay), and the designer's note never does.
import { loadPreset } from "@threatscape/engine";
import { describe, expect, it } from "vitest";
import { describeAction } from "../src/review/game-history.ts";

describe("crisis text in the record", () => {
  const parsed = loadPreset("east-asia-2017");
  if (!parsed.ok) throw new Error("preset");
  const crises = parsed.scenario.crises;

  it("a released scripted crisis: headline and public description, no instructor note", () => {
    const line = describeAction(
      { type: "release-crisis", actor: "instructor", crisisId: "border-standoff" },
      crises,
    );
    expect(line).toBe(
      "Crisis released: Another Himalayan standoff: Chinese road-building on a disputed plateau, as at Doklam in June 2017.",
    );
    expect(line).not.toContain("Release to test");
  });

  it("an ad-hoc crisis: headline and description", () => {
    expect(
      describeAction({
        type: "ad-hoc-crisis",
        actor: "instructor",
        headline: "Fishing boats rammed",
        description: "A cutter rams two boats.",
        events: [],
      }),
    ).toBe("Crisis: Fishing boats rammed: A cutter rams two boats.");
  });
});
