import { describe, expect, it } from "vitest";
import {
  threatEstimateLabel,
  addOrder,
  balancingCost,
  burdenCost,
  describeOrder,
  sortThreats,
  threatBreakdown,
  tradeVolume,
  unreadCounts,
} from "./model";

const trade = [
  { from: "JPN", to: "CHN", value: 137 },
  { from: "CHN", to: "JPN", value: 165 },
  { from: "JPN", to: "USA", value: 135 },
];

describe("balancing cost (THREAT-MODEL s.7)", () => {
  it("sums exports both ways", () => {
    expect(tradeVolume(trade, "JPN", "CHN")).toBe(302);
    expect(tradeVolume(trade, "CHN", "JPN")).toBe(302);
    expect(tradeVolume(trade, "JPN", "KOR")).toBe(0);
  });
  it("is 0.3 * D_j(i) * Y_j with D_j(i) = (X_ji + X_ij) / Y_j", () => {
    const c = balancingCost(trade, "JPN", "CHN", 4931);
    expect(c.dependence).toBeCloseTo(302 / 4931, 10);
    expect(c.cost).toBeCloseTo(0.3 * 302, 10);
    expect(c.shareOfGdp).toBeCloseTo((0.3 * 302) / 4931, 10);
  });
  it("costs nothing without trade or GDP", () => {
    expect(balancingCost(trade, "JPN", "KOR", 4931).cost).toBe(0);
    expect(balancingCost(trade, "JPN", "CHN", 0).shareOfGdp).toBe(0);
  });
});

describe("burden cost", () => {
  it("charges the growth penalty only above the starting burden", () => {
    const up = burdenCost(1, 3, 1);
    expect(up.spendingDelta).toBe(2);
    expect(up.growthPenalty).toBeCloseTo(0.01, 10);
    expect(up.extraGrowthPenalty).toBeCloseTo(0.01, 10);
    expect(burdenCost(3, 0.8, 1).growthPenalty).toBe(0);
    expect(burdenCost(3, 0.8, 1).extraGrowthPenalty).toBeCloseTo(-0.01, 10);
  });
});

describe("threat breakdown", () => {
  const entry = {
    total: 50,
    aggregatePower: -0.2,
    proximity: -0.1,
    offensiveCapability: -0.3,
    intentions: -0.093,
    allyShare: 0,
  };
  it("splits the ln terms into shares that sum to 1", () => {
    const b = threatBreakdown(entry);
    expect(b.segments.map((s) => s.key)).toEqual([
      "aggregatePower",
      "proximity",
      "offensiveCapability",
      "intentions",
    ]);
    expect(b.segments.reduce((a, s) => a + s.share, 0)).toBeCloseTo(1, 10);
    expect(b.discount).toBeCloseTo(0.693, 10);
    expect(b.segments[2]!.share).toBeCloseTo(0.3 / 0.693, 10);
    expect(b.segments[2]!.factor).toBeCloseTo(Math.exp(-0.3), 10);
    expect(b.strongest?.key).toBe("intentions");
  });
  it("adds the ally segment only when the threat is one to an ally", () => {
    expect(threatBreakdown({ ...entry, allyShare: -0.6931 }).segments).toHaveLength(5);
  });
  it("treats missing terms as 0 and survives all-zero terms", () => {
    const b = threatBreakdown({
      total: 5,
      aggregatePower: Number.NaN,
      proximity: -2,
      offensiveCapability: -0.5,
      intentions: -0.5,
      allyShare: 0,
    });
    expect(b.segments[0]!.share).toBe(0);
    expect(b.segments[1]!.share).toBeCloseTo(2 / 3, 10);
    const zero = threatBreakdown({
      total: 100,
      aggregatePower: 0,
      proximity: 0,
      offensiveCapability: 0,
      intentions: 0,
      allyShare: 0,
    });
    expect(zero.segments.every((s) => s.share === 0)).toBe(true);
  });
  it("sorts threats highest first", () => {
    expect(
      sortThreats({ A: { total: 3 }, B: { total: 9 }, C: { total: 3 } }).map(([id]) => id),
    ).toEqual(["B", "A", "C"]);
  });
});

describe("unread counts", () => {
  const messages = [
    { channel: "public", sentAt: 10, fromStateId: "CHN" },
    { channel: "public", sentAt: 20, fromStateId: "JPN" },
    { channel: "public", sentAt: 30, fromStateId: null },
    { channel: "dm:CHN:JPN", sentAt: 15, fromStateId: "CHN" },
  ];
  it("counts others' messages after the last read time", () => {
    expect(unreadCounts(messages, {}, "JPN")).toEqual({ public: 2, "dm:CHN:JPN": 1 });
    expect(unreadCounts(messages, { public: 10, "dm:CHN:JPN": 15 }, "JPN")).toEqual({ public: 1 });
  });
});

describe("orders", () => {
  it("replaces an earlier order of the same kind and target", () => {
    let d = addOrder([], { type: "set-burden", burden: 2 });
    d = addOrder(d, { type: "sanction", target: "CHN" });
    d = addOrder(d, { type: "set-burden", burden: 3 });
    d = addOrder(d, { type: "mobilise", level: 1 });
    d = addOrder(d, { type: "demobilise" });
    expect(d).toEqual([
      { type: "sanction", target: "CHN" },
      { type: "set-burden", burden: 3 },
      { type: "demobilise" },
    ]);
  });
  it("describes orders in words", () => {
    expect(
      describeOrder({ type: "threaten", target: "CHN", kind: "ultimatum" }, () => "China"),
    ).toBe("Threaten China with an ultimatum");
  });
});

describe("threat estimate label", () => {
  it("names the round the estimate applies to, and in the news phase says it is the next one", () => {
    expect(threatEstimateLabel(3, "orders")).toBe("Estimate for round 3");
    expect(threatEstimateLabel(2, "news")).toBe(
      "Estimate for round 2, the next round (from the world after round 1)",
    );
  });
});
