import { describe, expect, it } from "vitest";
import { controlLabel } from "./control-label";

describe("who played a state, in the prediction table", () => {
  const rounds = [1, 2, 3];

  it("names only the rounds a bot acted in", () => {
    // Round 2 is absent: a bot held Korea's seat then but never acted.
    const bots = { 1: { KOR: "walt" }, 3: { KOR: "walt" } };
    expect(controlLabel("KOR", rounds, bots, true)).toEqual({
      text: "Student; bot in R1, R3",
      kind: "human",
    });
  });

  it("says Student when no bot acted, whoever held the seat", () => {
    expect(controlLabel("JPN", rounds, { 2: { KOR: "walt" } }, true)).toEqual({
      text: "Student",
      kind: "human",
    });
  });

  it("says Bot (policy) when a bot played every round, Unplayed when nobody did", () => {
    const bots = { 1: { CHN: "waltz" }, 2: { CHN: "waltz" }, 3: { CHN: "waltz" } };
    expect(controlLabel("CHN", rounds, bots, false)).toEqual({ text: "Bot (waltz)", kind: "bot" });
    expect(controlLabel("MNG", rounds, bots, false)).toEqual({ text: "Unplayed", kind: "bot" });
  });
});
