import { describe, expect, it } from "vitest";
import { DEFAULT_PARAMETERS } from "../parameters";
import { extendedThreat } from "./extended-threat";
import type { ThreatInputs } from "./extended-threat";

/**
 * Three states: 0 = the outside threat, 1 = the perceiver j, 2 = j's defence ally k.
 * The outside threat menaces k (T_02 = 60); j is a great power at least as strong as k, so it
 * borrows that threat at full weight unless k is itself j's threat at tau2 (tethering).
 */
function inputs(threatOfAllyToJ: number): ThreatInputs {
  const n = 3;
  const T = new Float64Array(n * n);
  T[0 * n + 2] = 60;
  T[0 * n + 1] = 5;
  T[2 * n + 1] = threatOfAllyToJ;
  return {
    n,
    T,
    r: new Float64Array(n * n).fill(0.6),
    prox: new Float64Array(n * n).fill(1),
    I: new Float64Array(n * n).fill(0.5),
    iota: new Float64Array(n * n).fill(0.1),
    allies: [[], [2], [1]],
    ententes: [[], [], []],
    ententeNamed: new Map(),
    greatPower: [true, true, false],
    K: new Float64Array([1, 1, 0.5]),
  };
}

describe("extended threat (docs/model.md s.5)", () => {
  it("a patron feels the threat to its ally at full weight (Snyder 1997)", () => {
    const { Tstar, via } = extendedThreat(inputs(5), DEFAULT_PARAMETERS);
    // 100 x min(r, r) 0.6 x Prox 1 x (0.1 + 0.9 x 0.5) = 33
    expect(Tstar[0 * 3 + 1]).toBeCloseTo(33, 9);
    expect(via[0 * 3 + 1]).toBe(2);
  });
  it("borrows nothing through an ally it fears at tau2 or above (tethering, Weitsman 1997)", () => {
    const { Tstar, via } = extendedThreat(inputs(DEFAULT_PARAMETERS.tau2), DEFAULT_PARAMETERS);
    expect(Tstar[0 * 3 + 1]).toBe(5);
    expect(via[0 * 3 + 1]).toBe(-1);
  });
});
