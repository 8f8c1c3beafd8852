import { describe, expect, it } from "vitest";
import { createGame } from "../game/create-game";
import type { GameState } from "../game/types";
import { resolveParameters } from "../parameters";
import { syntheticScenario } from "../synthetic";
import { fixtureScenario } from "../testing/fixtures";
import { computeWorld } from "../threat/world";
import type { World } from "../threat/world";
import { balanceOfThreatFor, primaryThreat } from "./balance-of-threat";
import { predictBalanceOfPower } from "./balance-of-power";
import { landscapeSplit, propensities } from "./landscape";

function game(sc = fixtureScenario()): GameState {
  const r = createGame(sc, { seed: 1 });
  if (!r.ok) throw new Error(r.error.message);
  return r.state;
}

/** Overwrite T* and derived inputs so each step of s.4 can be exercised by hand. */
function world(): World {
  return computeWorld(game());
}

describe("balance of threat (s.4 steps 1-7)", () => {
  const p = resolveParameters(undefined);
  it("step 1: below tau1 the prediction is NEUTRAL", () => {
    const w = world();
    w.Tstar.fill(5);
    expect(balanceOfThreatFor(w, p, 1, { defenceDominant: false })).toMatchObject({
      category: "NEUTRAL",
      target: null,
    });
  });
  it("step 4: a weak state next to a strong threat with no ally available bandwagons, unless its survival is at stake", () => {
    const w = world();
    const n = w.n; // 0 BIG, 1 NEAR
    w.Tstar.fill(0);
    w.Tstar[0 * n + 1] = 60;
    expect(w.K[1]! / w.K[0]!).toBeLessThan(0.25);
    expect(w.prox[0 * n + 1]).toBe(1);
    // v2: survival comes before bandwagoning (the fixture's BIG threatens NEAR's survival)
    expect(w.I[0 * n + 1]).toBeGreaterThanOrEqual(0.6);
    expect(balanceOfThreatFor(w, p, 1, { defenceDominant: false })).toMatchObject({
      category: "HARD_BALANCE",
      target: "BIG",
      survival: true,
    });
    w.I[0 * n + 1] = 0.3;
    const d = balanceOfThreatFor(w, p, 1, { defenceDominant: false });
    expect(d).toMatchObject({ category: "BANDWAGON", target: "BIG", weak: true, feasible: false });
    expect(d.score).toBeLessThan(0.5);
  });
  it("v2: a partner committed against the threat makes allies available, so the weak state balances", () => {
    const w = world();
    const n = w.n;
    w.Tstar.fill(0);
    w.Tstar[0 * n + 1] = 60;
    w.I[0 * n + 1] = 0.3;
    // MIDA is bound by a defence pact against BIG: a natural partner with a stake, and it can
    // bring at least a quarter of BIG's capability to NEAR (K_MIDA Prox >= weakRatio K_BIG)
    w.prox[2 * n + 1] = 1;
    w.K[2] = 0.3 * w.K[0]!;
    const d = balanceOfThreatFor(w, p, 1, {
      defenceDominant: false,
      pledgedAgainst: (k, x) => k === 2 && x === "BIG",
    });
    expect(d.candidates).toContain("MIDA");
    expect(d.category).toBe("HARD_BALANCE");
    expect(d.score).toBeGreaterThanOrEqual(0.5);
  });
  it("v8: a weak state with a patron outside the threat's coalition does not bandwagon", () => {
    const w = world();
    const n = w.n; // 0 BIG, 1 NEAR, 4 FAR
    w.Tstar.fill(0);
    w.Tstar[0 * n + 1] = 60;
    w.I[0 * n + 1] = 0.3;
    const call = (q = p) => balanceOfThreatFor(w, q, 1, { defenceDominant: false });
    expect(call().category).toBe("BANDWAGON");
    // FAR becomes NEAR's patron: a great power voting with it above the neutral affinity
    w.greatPower[4] = true;
    w.greatPower[1] = false;
    w.affinity[4 * n + 1] = 0.9;
    expect(call()).toMatchObject({ category: "HARD_BALANCE", target: "BIG", feasible: true });
    expect(call({ ...p, patronAvailability: false }).category).toBe("BANDWAGON");
    // a patron that is itself a threat NEAR would balance is no refuge
    w.Tstar[4 * n + 1] = 59;
    expect(call().category).toBe("BANDWAGON");
    // nor is one inside the threat's coalition
    w.Tstar[4 * n + 1] = 0;
    w.allies[0] = [...w.allies[0]!, 4];
    expect(call().category).toBe("BANDWAGON");
  });
  it("step 5: the same weak state far from the threat hides", () => {
    const w = world();
    const n = w.n;
    w.Tstar.fill(0);
    w.Tstar[0 * n + 1] = 60;
    w.prox[0 * n + 1] = 0.3;
    expect(balanceOfThreatFor(w, p, 1, { defenceDominant: false })).toMatchObject({
      category: "HIDE",
      target: "BIG",
    });
  });
  it("step 6: with willing partners (feasible) a high threat means HARD_BALANCE with the best partner", () => {
    const w = world();
    const n = w.n; // 2 MIDA, 3 MIDB threatened by BIG too
    w.Tstar.fill(0);
    w.Tstar[0 * n + 1] = 60;
    w.Tstar[0 * n + 2] = 45;
    w.Tstar[0 * n + 3] = 30;
    for (const k of [2, 3]) w.prox[k * n + 1] = 1;
    w.K.set([1, 0.1, 0.6, 0.5, 0.2]); // K_NEAR + S = 1.2 >= 0.8 K_BIG
    const d = balanceOfThreatFor(w, p, 1, { defenceDominant: false });
    expect(d).toMatchObject({
      category: "HARD_BALANCE",
      target: "BIG",
      partner: "MIDA",
      feasible: true,
    });
    expect(d.candidates).toEqual(["MIDA", "MIDB"]);
  });
  it("step 7: a moderate threat with a frontline state that feels 1.5x more buck-passes, else soft-balances", () => {
    const w = world();
    const n = w.n; // perceiver MIDB (3); frontline MIDA (2)
    w.Tstar.fill(0);
    w.Tstar[0 * n + 3] = 25;
    w.Tstar[0 * n + 2] = 40;
    w.Tstar[0 * n + 4] = 25; // FAR also fears BIG: helps MIDA balance
    w.prox[4 * n + 2] = 1;
    w.K.set([1, 0.1, 0.6, 0.3, 0.5]); // MIDB not weak; MIDA + FAR can balance BIG without MIDB
    expect(balanceOfThreatFor(w, p, 3, { defenceDominant: false })).toMatchObject({
      category: "BUCK_PASS",
      target: "BIG",
      partner: "MIDA",
    });
    w.Tstar[0 * n + 2] = 35; // < 1.5 x 25
    expect(balanceOfThreatFor(w, p, 3, { defenceDominant: false }).category).toBe("SOFT_BALANCE");
    expect(balanceOfThreatFor(w, p, 3, { defenceDominant: true }).category).toBe("BUCK_PASS"); // 35 >= 1.25 x 25
  });
  it("v8: in the noticed band with no ally sharing the threat, only a state that can balance on its own leans against it", () => {
    const w = world();
    const n = w.n; // perceiver MIDB (3), no defence ally; BIG (0) noticed at 15
    w.Tstar.fill(0);
    w.Tstar[0 * n + 3] = 15;
    w.nuclear.fill(0);
    const noticed = (greatPower: boolean, q = p) =>
      balanceOfThreatFor(w, q, 3, { defenceDominant: false, greatPower });
    // a small state's internal efforts do not count: noticed, no response
    expect(noticed(false)).toMatchObject({ category: "NEUTRAL", target: null });
    // a great power balances by arms and strategy (Waltz 1979, p. 118)
    expect(noticed(true)).toMatchObject({ category: "SOFT_BALANCE", target: "BIG", partner: null });
    expect(noticed(true).score).toBe(0.5);
    // so does a state with a secure second strike (Waltz 1981)
    w.nuclear[3] = 1;
    expect(noticed(false)).toMatchObject({ category: "SOFT_BALANCE", target: "BIG" });
    // the parameter switches it off (v7)
    expect(noticed(true, { ...p, internalBalancing: false }).category).toBe("NEUTRAL");
    // below tau1 nobody leans
    w.Tstar[0 * n + 3] = 9;
    expect(noticed(true).category).toBe("NEUTRAL");
  });
  it("primary threat is the argmax of T*", () => {
    const w = world();
    w.Tstar.fill(1);
    w.Tstar[4 * w.n + 2] = 50;
    expect(primaryThreat(w, 2)).toBe(4);
  });
});

describe("balance of power", () => {
  it("a state with >= 1/3 of great-power P is balanced by everyone (never bandwagoning)", () => {
    const s = game();
    const w = computeWorld(s);
    const bop = predictBalanceOfPower(w, s.params, s.scenario);
    // v2 (Waltz): the would-be hegemon itself balances the strongest power outside its bloc
    expect(bop.BIG).toMatchObject({ category: "HARD_BALANCE", target: "MIDA" });
    for (const id of ["NEAR", "MIDA", "MIDB", "FAR"])
      expect(bop[id]).toMatchObject({ category: "HARD_BALANCE", target: "BIG" });
    expect(Object.values(bop).some((x) => x.category === "BANDWAGON")).toBe(false);
  });
  it("v2 (Waltz): under bipolarity the poles balance each other and their allies hold", () => {
    const s = game();
    const w = computeWorld(s);
    // make MIDA a second pole: the two largest then hold >= 2/3 of great-power power
    w.cinc[2] = w.cinc[0]!;
    const bop = predictBalanceOfPower(w, s.params, s.scenario);
    expect(bop.BIG).toMatchObject({ category: "HARD_BALANCE", target: "MIDA" });
    expect(bop.MIDA).toMatchObject({ category: "HARD_BALANCE", target: "BIG" });
    // MIDB is MIDA's ally: it holds with its pole instead of defecting
    expect(bop.MIDB).toMatchObject({ category: "HARD_BALANCE", target: "BIG", partner: "MIDA" });
  });
  it("v2: a non-playable offshore power is no pole", () => {
    const s = game(
      fixtureScenario({
        states: fixtureScenario().states.map((x) =>
          x.id === "BIG" ? { ...x, playable: false } : x,
        ),
      }),
    );
    const w = computeWorld(s);
    const bop = predictBalanceOfPower(w, s.params, s.scenario);
    expect(Object.values(bop).some((x) => x.target === "BIG")).toBe(false);
  });
});

describe("landscape split", () => {
  it("exhaustive Gray-code search finds the brute-force minimum of the frustration", () => {
    const s = game(syntheticScenario(11, 3, 2));
    const w = computeWorld(s);
    const res = landscapeSplit(w, s.params, s);
    expect(res.exhaustive).toBe(true);
    const members = [...Array(w.n).keys()];
    const P = propensities(w, s.params, s, members);
    let best = Infinity;
    for (let mask = 0; mask < 1 << (w.n - 1); mask++) {
      let e = 0;
      for (let x = 0; x < w.n; x++)
        for (let y = x + 1; y < w.n; y++) {
          const sx = x === 0 ? 0 : (mask >> (x - 1)) & 1,
            sy = (mask >> (y - 1)) & 1;
          if (sx !== sy) e += w.K[x]! * w.K[y]! * P[x * w.n + y]!;
        }
      best = Math.min(best, e);
    }
    expect(res.frustration).toBeCloseTo(Math.min(0, best), 9);
  });
  it("above the exhaustive limit a deterministic heuristic is used", () => {
    const s = game(syntheticScenario(40, 3, 2));
    const w = computeWorld(s);
    const a = landscapeSplit(w, s.params, s),
      b = landscapeSplit(w, s.params, s);
    expect(a.exhaustive).toBe(false);
    expect(a).toEqual(b);
    expect(a.blocs[0].length + a.blocs[1].length).toBe(40);
  });
});
