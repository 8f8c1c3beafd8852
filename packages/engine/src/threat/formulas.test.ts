import { describe, expect, it } from "vitest";
import { greatCircleKm } from "../geo";
import {
  aggregatePowerHistorical,
  aggregatePowerModern,
  capability,
  cinc,
  intention,
  militaryCapability,
  offensiveCapability,
  perceivedThreat,
  relativeCapability,
  strengthGradient,
} from "./formulas";

describe("THREAT-MODEL s.2-s.3 formulas", () => {
  it("aggregate power, historical and modern", () => {
    expect(aggregatePowerHistorical({ pop: 0.2, urbanPop: 0.1, irst: 0.3, pec: 0.2 })).toBeCloseTo(
      0.2,
      12,
    );
    expect(aggregatePowerModern({ gdp: 0.4, pop: 0.2, urbanPop: 0.1 })).toBeCloseTo(
      0.2 + 0.05 + 0.025,
      12,
    );
    expect(
      cinc({ pop: 0.1, urbanPop: 0.2, irst: 0.3, pec: 0.1, milex: 0.2, milper: 0.1 }),
    ).toBeCloseTo(1 / 6, 12);
  });
  it("military and offensive capability, K and r", () => {
    expect(militaryCapability(0.3, 0.1)).toBeCloseTo(0.24, 12);
    // posture 1 and full mobilisation: 0.24 * 1 * 1.5
    expect(offensiveCapability(0.24, 1, 1)).toBeCloseTo(0.36, 12);
    expect(offensiveCapability(0.24, 0, 0)).toBeCloseTo(0.12, 12);
    expect(capability(0.2, 0.1)).toBeCloseTo(0.08 + 0.06, 12);
    expect(relativeCapability(3, 1)).toBe(0.75);
  });
  it("loss-of-strength gradient halves at d = lambda", () => {
    expect(strengthGradient(800, 800)).toBe(0.5);
    expect(strengthGradient(0, 800)).toBe(1);
    expect(strengthGradient(1600, 800)).toBeCloseTo(0.2, 12);
  });
  it("great-circle distance (haversine, R = 6371)", () => {
    expect(greatCircleKm(51.5074, -0.1278, 48.8566, 2.3522)).toBeCloseTo(343.6, 0); // London-Paris
    expect(greatCircleKm(0, 0, 0, 180)).toBeCloseTo(Math.PI * 6371, 6);
    expect(greatCircleKm(10, 10, 10, 10)).toBe(0);
  });
  it("an ultimatum alone moves I from 0.10 to about 0.18 (s.2)", () => {
    expect(intention({ i0: 0.1, H: 0, A: 0, B: 0, U: 0.5, C: 0 })).toBeCloseTo(0.1, 12);
    // H = 7/10; acts against the perceiver itself do not count again in A
    expect(intention({ i0: 0.1, H: 0.7, A: 0, B: 0, U: 0.5, C: 0 })).toBeCloseTo(0.1831, 3);
  });
  it("threat + mobilisation + attack in one round moves I to about 0.55 (s.2)", () => {
    const H = (7 + 7.2 + 10) / 10;
    expect(intention({ i0: 0.1, H, A: 0, B: 0, U: 0.5, C: 0 })).toBeCloseTo(0.5554, 3);
  });
  it("cooperation lowers and perfidy raises intentions", () => {
    expect(intention({ i0: 0.1, H: 0, A: 0, B: 0, U: 0.5, C: 1 })).toBeLessThan(0.1);
    expect(intention({ i0: 0.1, H: 0, A: 0, B: 1, U: 0.5, C: 0 })).toBeCloseTo(
      1 / (1 + Math.exp(-(Math.log(1 / 9) + 0.5))),
      12,
    );
  });
  it("perceived threat T = 100 r Prox (iota0 + (1 - iota0) I)", () => {
    expect(perceivedThreat(0.5, 1, 0.25, 0)).toBe(12.5);
    expect(perceivedThreat(1, 1, 0.25, 1)).toBe(100);
    expect(perceivedThreat(0.8, 0.5, 0.25, 0.2)).toBeCloseTo(100 * 0.8 * 0.5 * 0.4, 12);
  });
});
