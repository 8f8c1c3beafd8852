// The game on the fixture scenario: creation and the threat world, treaties, errors, war,
// what each state may see, replay, scenario validation. Over 300 lines: one suite per area,
// all on the same fixture.
import { describe, expect, it } from "vitest";
import { parseScenario } from "../scenario/parse-scenario";
import { fixtureScenario } from "../testing/fixtures";
import { computeWorld } from "../threat/world";
import { applyAction } from "./apply-action";
import { createGame } from "./create-game";
import { replay } from "./replay";
import { resolveRound } from "./resolve-round";
import type { GameState } from "./types";
import { viewFor } from "./view";
import { act, newGame } from "../testing/play";

const idx = (s: GameState, id: string) => s.scenario.states.findIndex((x) => x.id === id);

describe("createGame and the threat world", () => {
  it("logs round-1 predictions before anyone moves, and seeds intentions from history", () => {
    const s = newGame();
    expect(s.round).toBe(1);
    expect(s.phase).toBe("negotiation");
    expect(s.rounds).toHaveLength(1);
    expect(Object.keys(s.rounds[0]!.predictions.balanceOfThreat).sort()).toEqual([
      "BIG",
      "FAR",
      "MIDA",
      "MIDB",
      "NEAR",
    ]);
    const w = computeWorld(s);
    const n = w.n;
    // I0 = 0.5 plus a threat of force (g = -7): z = 0 + 0.7
    expect(w.I[idx(s, "BIG") * n + idx(s, "NEAR")]).toBeCloseTo(1 / (1 + Math.exp(-0.7)), 9);
    // with no events I = I0 = 0.1 exactly (centred affinity term)
    expect(w.I[idx(s, "FAR") * n + idx(s, "MIDA")]).toBeCloseTo(0.1, 12);
  });
  it("T is in [0, 100], allies get the 0.05 floor, others their prior, and T* counts threats to allies (v2)", () => {
    const s = newGame();
    const w = computeWorld(s);
    const n = w.n;
    for (let q = 0; q < n * n; q++) {
      expect(w.T[q]).toBeGreaterThanOrEqual(0);
      expect(w.Tstar[q]).toBeLessThanOrEqual(100);
    }
    const a = idx(s, "MIDA"),
      b = idx(s, "MIDB"),
      big = idx(s, "BIG");
    expect(w.iota[a * n + b]).toBe(0.05);
    // v2: the floor of a non-ally is its prior I0 (0.1 by default; BIG -> MIDA has 0.3)
    expect(w.iota[big * n + b]).toBe(0.1);
    expect(w.iota[big * n + a]).toBe(0.3);
    // MIDB is no great power: the threat to its ally MIDA counts at half weight, measured
    // against the stronger of the two (extended-threat.ts)
    const q = big * n + a;
    const borrowed =
      0.5 *
      100 *
      Math.min(w.r[big * n + b]!, w.r[q]!) *
      w.prox[q]! *
      (w.iota[q]! + (1 - w.iota[q]!) * w.I[q]!);
    expect(w.Tstar[big * n + b]).toBeCloseTo(Math.max(w.T[big * n + b]!, borrowed), 12);
  });
  it("proximity: forward bases bring a distant power closer, except bases in the perceiver or its allies", () => {
    const base = newGame();
    const withBase = newGame({ bases: [{ owner: "FAR", host: "MIDA" }] });
    const w0 = computeWorld(base),
      w1 = computeWorld(withBase);
    const n = w0.n,
      far = idx(base, "FAR");
    const prox = (w: typeof w0, to: string) => w.prox[far * n + idx(base, to)]!;
    // NEAR is no ally of the host: FAR's base in MIDA makes FAR much closer (by sea: x seaPowerWeight)
    expect(prox(w1, "NEAR")).toBeGreaterThan(prox(w0, "NEAR") + 0.2);
    // v2: the host itself and the host's defence ally MIDB are not threatened by the base
    expect(prox(w1, "MIDA")).toBeCloseTo(prox(w0, "MIDA"), 12);
    expect(prox(w1, "MIDB")).toBeCloseTo(prox(w0, "MIDB"), 12);
  });
});

describe("treaties", () => {
  it("propose, amend (counter-proposal), ratify by every party, in force", () => {
    let s = newGame();
    s = act(s, {
      type: "propose-treaty",
      actor: "NEAR",
      terms: { kind: "defence", members: ["NEAR", "MIDA"], directedAgainst: ["BIG"] },
    });
    const id = Object.keys(s.proposals)[0]!;
    s = act(s, {
      type: "amend-treaty",
      actor: "MIDA",
      proposalId: id,
      terms: { kind: "defence", members: ["NEAR", "MIDA"], directedAgainst: ["BIG"], duration: 3 },
    });
    expect(s.proposals[id]!.version).toBe(2);
    expect(s.proposals[id]!.ratifiedBy).toEqual(["MIDA"]);
    expect(s.treaties[id]).toBeUndefined();
    s = act(s, { type: "accept-treaty", actor: "NEAR", proposalId: id });
    expect(s.treaties[id]).toMatchObject({
      members: ["NEAR", "MIDA"],
      directedAgainst: ["BIG"],
      startedRound: 1,
      endsAfterRound: 3,
    });
    // the default name already says the kind: the headline does not repeat it
    expect(s.news.at(-1)!.headline).toBe("defence pact NEAR-MIDA enters into force: NEAR, MIDA");
    // leaving a fixed-term treaty early is refused: breaking it is a separate, remembered act
    const leave = applyAction(s, { type: "leave-treaty", actor: "NEAR", treatyId: id });
    expect(leave).toMatchObject({ ok: false, error: { code: "TREATY_LOCKED" } });
    // resolution classifies the new pact as hard balancing against BIG
    s = act(s, { type: "resolve-round", actor: "instructor" });
    expect(s.rounds[0]!.actual!.NEAR).toMatchObject({ category: "HARD_BALANCE", target: "BIG" });
  });
  it("breaking a treaty is remembered: a record, B_i += 1, and higher intentions", () => {
    let s = newGame();
    s = act(s, { type: "break-treaty", actor: "MIDA", treatyId: "ALLIANCE" });
    expect(s.treaties.ALLIANCE).toBeUndefined();
    expect(s.brokenTreaties).toEqual([
      { round: 1, stateId: "MIDA", treatyId: "ALLIANCE", kind: "broken" },
    ]);
    s = act(s, { type: "resolve-round", actor: "instructor" });
    expect(s.intentions.B.MIDA).toBe(1);
  });
  it("sanctioning a defence partner is a breach: the breaker is expelled and recorded", () => {
    let s = newGame();
    s = act(s, { type: "sanction", actor: "MIDB", target: "MIDA" });
    s = act(s, { type: "resolve-round", actor: "instructor" });
    expect(s.brokenTreaties[0]).toMatchObject({
      stateId: "MIDB",
      treatyId: "ALLIANCE",
      kind: "breach",
      action: "embargo",
      against: "MIDA",
    });
    expect(s.treaties.ALLIANCE).toBeUndefined();
    expect(s.intentions.B.MIDB).toBe(1);
  });
  it("accepting a demand is bandwagoning with the demander", () => {
    let s = newGame();
    s = act(s, { type: "demand", actor: "BIG", target: "NEAR", kind: "tribute", amount: 2 });
    const id = Object.keys(s.demands)[0]!;
    s = act(s, { type: "accept-demand", actor: "NEAR", demandId: id });
    const gdpBefore = s.states.NEAR!.gdp;
    s = act(s, { type: "resolve-round", actor: "instructor" });
    expect(s.rounds[0]!.actual!.NEAR).toMatchObject({ category: "BANDWAGON", target: "BIG" });
    expect(s.states.NEAR!.gdp).toBeLessThan(gdpBefore);
  });
});

describe("errors are values", () => {
  it("rejects bad actions with a code and a message, never throwing", () => {
    const s = newGame();
    const cases: [unknown, string][] = [
      [null, "INVALID_ACTION"],
      [{ type: "sanction", actor: "NOPE", target: "BIG" }, "UNKNOWN_STATE"],
      [{ type: "sanction", actor: "BIG", target: "BIG" }, "INVALID_TARGET"],
      [{ type: "accept-treaty", actor: "BIG", proposalId: "P99" }, "UNKNOWN_PROPOSAL"],
      [{ type: "release-crisis", actor: "instructor", crisisId: "nope" }, "UNKNOWN_CRISIS"],
      [{ type: "leave-treaty", actor: "BIG", treatyId: "ALLIANCE" }, "NOT_A_PARTY"],
    ];
    for (const [a, code] of cases) {
      const r = applyAction(s, a);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe(code);
        expect(r.error.message.length).toBeGreaterThan(5);
      }
    }
    const noForce = newGame({ rules: { ...fixtureScenario().rules, allowForce: false } });
    expect(applyAction(noForce, { type: "attack", actor: "BIG", target: "NEAR" })).toMatchObject({
      ok: false,
      error: { code: "NOT_ALLOWED" },
    });
  });
  it("phases: news phase accepts no moves; the game ends after the last round", () => {
    let s = newGame();
    s = act(s, { type: "advance-phase", actor: "instructor" });
    expect(s.phase).toBe("orders");
    s = act(s, { type: "advance-phase", actor: "instructor" });
    expect(s.phase).toBe("news");
    expect(s.round).toBe(2);
    expect(s.crisesReleased).toContain("c2");
    expect(applyAction(s, { type: "no-change", actor: "BIG" })).toMatchObject({
      ok: false,
      error: { code: "WRONG_PHASE" },
    });
    for (let r = 2; r <= 4; r++)
      s = act(act(s, { type: "advance-phase", actor: "instructor" }), {
        type: "resolve-round",
        actor: "instructor",
      });
    expect(s.phase).toBe("ended");
    expect(s.rounds.every((r) => r.actual && r.scores)).toBe(true);
    expect(resolveRound(s)).toMatchObject({ ok: false, error: { code: "GAME_OVER" } });
  });
});

describe("war", () => {
  it("is decided by the seeded RNG: same seed, same outcome; the loser loses 10 % GDP and 20 % forces", () => {
    const run = (seed: number) => {
      const g = createGame(fixtureScenario(), { seed });
      if (!g.ok) throw new Error();
      return act(act(g.state, { type: "attack", actor: "BIG", target: "NEAR" }), {
        type: "resolve-round",
        actor: "instructor",
      });
    };
    const a = run(3),
      b = run(3);
    expect(a.rounds[0]!.wars).toEqual(b.rounds[0]!.wars);
    const war = a.rounds[0]!.wars![0]!;
    expect(war.pAttacker).toBeGreaterThan(0.8);
    const loser = war.winner === "BIG" ? "NEAR" : "BIG";
    expect(a.states[loser]!.forces).toBeCloseTo(0.8, 12);
    expect(a.wars).toHaveLength(1);
  });
});

describe("viewFor", () => {
  it("a state never sees another state's private proposal or orders; instructors see all", () => {
    let s = newGame();
    s = act(s, {
      type: "propose-treaty",
      actor: "MIDA",
      terms: { kind: "defence", members: ["MIDA", "NEAR"], directedAgainst: ["BIG"], secret: true },
    });
    s = act(s, { type: "embargo", actor: "MIDB", target: "BIG" });
    const big = viewFor(s, { kind: "state", stateId: "BIG" });
    const near = viewFor(s, { kind: "state", stateId: "NEAR" });
    expect(Object.keys(big.proposals)).toEqual([]);
    expect(Object.keys(near.proposals)).toHaveLength(1);
    expect(big.orders).toEqual({});
    expect(JSON.stringify(big)).not.toContain('"type":"embargo"');
    expect(JSON.stringify(big)).not.toMatch(/"rng"|"predictions"/);
    expect(Object.keys(big.rounds[0]!.threat)).toEqual(["BIG"]);
    expect(big.scenario.crises.map((c) => c.id)).toEqual([]);
    const inst = viewFor(s, { kind: "instructor" });
    expect(Object.keys(inst.proposals)).toHaveLength(1);
    expect(inst.orders.MIDB).toHaveLength(1);
  });
  it("secret treaties in force are hidden from non-members", () => {
    let s = newGame();
    s = act(s, {
      type: "propose-treaty",
      actor: "MIDA",
      terms: { kind: "consultation", members: ["MIDA", "NEAR"], secret: true },
    });
    s = act(s, { type: "accept-treaty", actor: "NEAR", proposalId: Object.keys(s.proposals)[0]! });
    expect(Object.keys(viewFor(s, { kind: "state", stateId: "BIG" }).treaties)).toEqual([
      "ALLIANCE",
    ]);
    expect(
      viewFor(s, { kind: "state", stateId: "BIG" }).news.some((n) =>
        n.headline.includes("consultation"),
      ),
    ).toBe(false);
    expect(Object.keys(viewFor(s, { kind: "state", stateId: "NEAR" }).treaties)).toHaveLength(2);
  });
});

describe("replay", () => {
  it("replaying the log gives exactly the live state at every step", () => {
    const initial = newGame();
    const log = [
      {
        type: "propose-treaty",
        actor: "NEAR",
        terms: { kind: "trade", members: ["NEAR", "MIDA"] },
      },
      { type: "accept-treaty", actor: "MIDA", proposalId: "P1" },
      { type: "set-burden", actor: "MIDB", burden: 3 },
      { type: "mobilise", actor: "BIG", level: 1, against: "MIDA" },
      { type: "attack", actor: "BIG", target: "NEAR" },
      { type: "advance-phase", actor: "instructor" },
      { type: "advance-phase", actor: "instructor" },
      { type: "advance-phase", actor: "instructor" },
      {
        type: "ad-hoc-crisis",
        actor: "instructor",
        headline: "Incident",
        events: [{ actor: "NEAR", target: "BIG", action: "criticise", note: "" }],
      },
      { type: "resolve-round", actor: "instructor" },
    ];
    let live = initial;
    for (let i = 0; i < log.length; i++) {
      live = act(live, log[i]);
      const r = replay(initial, log.slice(0, i + 1));
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.state).toEqual(live);
    }
  });
});

describe("scenario validation", () => {
  it("accepts the fixture and reports every bad field with its path", () => {
    expect(parseScenario(fixtureScenario()).ok).toBe(true);
    const bad = fixtureScenario();
    const broken = {
      ...bad,
      states: bad.states.map((s, i) => (i === 0 ? { ...s, burden: 99 } : s)),
      trade: [...bad.trade, { from: "BIG", to: "ATLANTIS", value: 1 }],
      treaties: [{ ...bad.treaties[0]!, directedAgainst: ["MORDOR"] }],
    };
    const r = parseScenario(broken);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues.map((i) => i.path)).toEqual(["states[0].burden"]);
    const r2 = parseScenario({ ...broken, states: bad.states });
    expect(r2.ok).toBe(false);
    if (!r2.ok) {
      expect(r2.error.issues).toEqual([
        { path: "trade[6].to", message: 'unknown state id "ATLANTIS"' },
        { path: "treaties[0].directedAgainst[0]", message: 'unknown state id "MORDOR"' },
      ]);
    }
  });
  it("refuses a misspelt or mistyped model parameter, naming it, instead of running the default", () => {
    const sc = fixtureScenario();
    const r = parseScenario({ ...sc, parameters: { internalBalancng: false } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues.map((i) => i.path)).toEqual(["parameters.internalBalancng"]);
    // nested too, and a key of any length is shown cut to 60 characters
    const nested = parseScenario({
      ...sc,
      parameters: { roleWeights: { hawk: { securty: 1, security: 0.5, prosperity: 0.5 } } },
    });
    if (!nested.ok)
      expect(nested.error.issues.map((i) => i.path)).toEqual([
        "parameters.roleWeights.hawk.securty",
      ]);
    expect(nested.ok).toBe(false);
    const long = parseScenario({
      ...sc,
      parameters: { roleWeights: { ["k".repeat(5000)]: { security: 1, prosperity: 0 } } },
    });
    expect(long.ok).toBe(false);
    if (!long.ok)
      expect(Math.max(...long.error.issues.map((i) => i.path.length))).toBeLessThan(100);
    const r2 = parseScenario({ ...sc, parameters: { internalBalancing: "yes", tau1: -5 } });
    expect(r2.ok).toBe(false);
    if (!r2.ok)
      expect(r2.error.issues.map((i) => i.path).sort()).toEqual([
        "parameters.internalBalancing",
        "parameters.tau1",
      ]);
    expect(parseScenario({ ...sc, parameters: { internalBalancing: false } }).ok).toBe(true);
  });
});
