import { describe, expect, it } from "vitest";
import { adjustedRandIndex, cohensKappa, confusionMatrix, mcnemarExact, pearson } from "./metrics";

describe("debrief statistics", () => {
  it("Cohen's kappa on a textbook 2x2 (po = 0.7, pe = 0.5)", () => {
    const a = [..."YYYYYYYYYYYYYYYYYYYYYYYYYNNNNNNNNNNNNNNNNNNNNNNNNN"];
    const b = [..."YYYYYYYYYYYYYYYYYYYYNNNNNYYYYYYYYYYYYYYYNNNNNNNNNN"].map((x, i) =>
      i >= 25 && i < 35 ? "N" : x,
    );
    // a: 25 Y / 25 N; agreement computed by hand below
    let agree = 0;
    for (let i = 0; i < a.length; i++) if (a[i] === b[i]) agree++;
    const pa = 25 / 50,
      pb = b.filter((x) => x === "Y").length / 50;
    const pe = pa * pb + (1 - pa) * (1 - pb);
    expect(cohensKappa(a, b)).toBeCloseTo((agree / 50 - pe) / (1 - pe), 12);
    expect(cohensKappa(["a", "b", "a"], ["a", "b", "a"])).toBe(1);
  });
  it("exact McNemar: b = 1, c = 9 gives p = 2 * 11/1024", () => {
    expect(mcnemarExact(1, 9)).toBeCloseTo((2 * 11) / 1024, 12);
    expect(mcnemarExact(0, 0)).toBe(1);
    expect(mcnemarExact(5, 5)).toBe(1);
  });
  it("adjusted Rand index: identical partitions 1, relabelled 1, a known value", () => {
    expect(adjustedRandIndex([0, 0, 1, 1], [1, 1, 0, 0])).toBe(1);
    // sklearn: adjusted_rand_score([0,0,1,1],[0,0,1,2]) = 0.5714285714
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 2])).toBeCloseTo(0.5714285714, 9);
    expect(adjustedRandIndex([0, 0, 0, 1, 1, 1], [0, 1, 2, 0, 1, 2])).toBeLessThan(0);
  });
  it("confusion matrix counts predicted x actual; pearson", () => {
    const m = confusionMatrix(["A", "B"] as const, ["A", "A", "B"], ["A", "B", "B"]);
    expect(m).toEqual({ A: { A: 1, B: 1 }, B: { A: 0, B: 1 } });
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(pearson([1, 1], [2, 3])).toBeNull();
  });
});
