import { describe, expect, it } from "vitest";
import {
  actionCounts,
  describePair,
  formatP,
  indexAtSeq,
  kappaReading,
  keyboardStep,
  matchKind,
  matchText,
  mcnemarSentence,
  playedBy,
  primaryThreat,
  viewerWords,
} from "./analysis";

describe("prediction against what the state did", () => {
  it("is a match when category and target agree, amber when only the category does", () => {
    const actual = { category: "HARD_BALANCE", target: "CHN" };
    expect(matchKind({ category: "HARD_BALANCE", target: "CHN" }, actual)).toBe("match");
    expect(matchKind({ category: "HARD_BALANCE", target: "PRK" }, actual)).toBe("category");
    expect(matchKind({ category: "BANDWAGON", target: "CHN" }, actual)).toBe("miss");
    expect(
      matchKind({ category: "NEUTRAL", target: null }, { category: "NEUTRAL", target: null }),
    ).toBe("match");
    expect(matchKind(null, actual)).toBeNull();
  });

  it("names who played the state: the bot that acted that round, else the seated student", () => {
    const bots = { 1: { CHN: "walt" }, 2: { JPN: "hawk" } };
    const humans = ["JPN"];
    expect(playedBy("CHN", 1, bots, humans)).toEqual({ kind: "bot", policy: "walt" });
    expect(playedBy("JPN", 1, bots, humans)).toEqual({ kind: "student" });
    // A bot standing in for an absent student that round is the bot, not the student.
    expect(playedBy("JPN", 2, bots, humans)).toEqual({ kind: "bot", policy: "hawk" });
    expect(playedBy("IND", 1, bots, humans)).toEqual({ kind: "nobody" });
    const label = (who: Parameters<typeof matchText>[1]) => matchText("match", who).label;
    expect(label(playedBy("CHN", 1, bots, humans))).toBe("matches what the bot (walt) did");
    expect(label(playedBy("JPN", 1, bots, humans))).toBe("matches what the student did");
    expect(label({ kind: "bot" })).toBe("matches what the bot did");
    expect(label({ kind: "nobody" })).toBe("matches what the state did");
    expect(matchText("miss", { kind: "student" })).toEqual({
      symbol: "✗",
      label: "does not match",
    });
  });

  it("reads a category and target aloud", () => {
    expect(describePair({ category: "BANDWAGON", target: "USA" })).toBe("Bandwagon with USA");
    expect(describePair({ category: "NEUTRAL", target: null })).toBe("Neutral");
  });
});

describe("statistics in plain English", () => {
  it("states which theory the class followed and whether McNemar is significant", () => {
    const text = mcnemarSentence({
      cases: 9,
      onlyBalanceOfThreatRight: 7,
      onlyBalanceOfPowerRight: 2,
      mcnemarP: 0.1797,
    });
    expect(text).toContain(
      "Of the 9 cases where the theories disagree, the class followed balance of threat in 7 of 9",
    );
    expect(text).toContain("p = 0.18, not significant");
    const bop = mcnemarSentence({
      cases: 30,
      onlyBalanceOfThreatRight: 1,
      onlyBalanceOfPowerRight: 12,
      mcnemarP: 0.0034,
    });
    expect(bop).toContain(
      "13 had only one theory right; of those, the class followed balance of power in 12 of 13",
    );
    expect(bop).toContain("p = 0.003, significant at the 5 % level");
  });

  it("says so when the theories never disagreed or never split", () => {
    expect(
      mcnemarSentence({
        cases: 0,
        onlyBalanceOfThreatRight: 0,
        onlyBalanceOfPowerRight: 0,
        mcnemarP: 1,
      }),
    ).toMatch(/same prediction/);
    expect(
      mcnemarSentence({
        cases: 4,
        onlyBalanceOfThreatRight: 0,
        onlyBalanceOfPowerRight: 0,
        mcnemarP: 1,
      }),
    ).toMatch(/nothing to weigh/);
  });

  it("formats p-values and kappa", () => {
    expect(formatP(0.00004)).toBe("p < 0.001");
    expect(formatP(0.0347)).toBe("p = 0.03");
    expect(kappaReading(-0.08)).toBe("worse than chance");
    expect(kappaReading(0.45)).toBe("moderate agreement");
  });
});

describe("replay navigation", () => {
  const timeline = [
    { seq: 1, round: 1 },
    { seq: 2, round: 1 },
    { seq: 5, round: 2 },
    { seq: 6, round: 2 },
    { seq: 9, round: 3 },
  ];

  it("steps by event, by round and to the ends", () => {
    expect(keyboardStep("ArrowRight", timeline, 1)).toBe(2);
    expect(keyboardStep("ArrowLeft", timeline, 0)).toBe(0);
    expect(keyboardStep("PageDown", timeline, 0)).toBe(2);
    expect(keyboardStep("PageDown", timeline, 4)).toBe(4);
    expect(keyboardStep("PageUp", timeline, 3)).toBe(2);
    expect(keyboardStep("PageUp", timeline, 2)).toBe(0);
    expect(keyboardStep("End", timeline, 0)).toBe(4);
    expect(keyboardStep("x", timeline, 0)).toBeNull();
  });

  it("finds the event at or before a seq", () => {
    expect(indexAtSeq(timeline, 5)).toBe(2);
    expect(indexAtSeq(timeline, 7)).toBe(3);
    expect(indexAtSeq(timeline, null)).toBe(4);
  });

  it("picks the primary threat", () => {
    expect(primaryThreat({ CHN: { total: 41 }, PRK: { total: 55 } })).toEqual({
      source: "PRK",
      total: 55,
    });
    expect(primaryThreat(undefined)).toEqual({ source: null, total: 0 });
  });
});

describe("viewerWords (whose screen the replay shows)", () => {
  it("names who played the state", () => {
    expect(viewerWords({ kind: "student" }, "Japan")).toBe("Japan's student");
    expect(viewerWords({ kind: "bot", policy: "walt" }, "Vietnam")).toBe(
      "the bot (walt) playing Vietnam",
    );
    expect(viewerWords({ kind: "nobody" }, "Vietnam")).toBe("the bot playing Vietnam");
  });
});

describe("actionCounts (the student record's card and list heading)", () => {
  it("counts engine actions as game actions and other logged events apart", () => {
    const events = [
      { type: "participant:joined" },
      { type: "engine:action" },
      { type: "engine:action" },
      { type: "engine:action" },
      { type: "engine:action" },
    ];
    expect(actionCounts(events)).toEqual({ game: 4, other: 1 });
    expect(actionCounts([])).toEqual({ game: 0, other: 0 });
  });
});
