/** Small hand-made scenarios for tests (not exported from the package). */
import type { Scenario } from "../scenario/schema";

type S = Scenario["states"][number];
const state = (id: string, lat: number, lon: number, o: Partial<S> = {}): S => ({
  id,
  name: id,
  playable: true,
  pop: 50,
  urbanPop: 30,
  gdp: 1000,
  milex: 20,
  milper: 200,
  burden: 2,
  posture: 0.5,
  projection: 0.3,
  growth: 0.02,
  capital: { name: `${id} City`, lat, lon },
  sourceIds: ["fixture"],
  ...o,
});

/** Five states: a strong, hostile BIG; a weak NEAR next to it; two middle powers; a distant FAR. */
export function fixtureScenario(overrides: Partial<Scenario> = {}): Scenario {
  return {
    formatVersion: 1,
    id: "fixture",
    name: "Fixture",
    year: 2020,
    era: "modern",
    summary: "Test fixture",
    sources: [{ id: "fixture", citation: "made up for tests" }],
    states: [
      state("BIG", 50, 10, {
        pop: 200,
        urbanPop: 150,
        gdp: 8000,
        milex: 240,
        milper: 1500,
        burden: 3,
        posture: 0.8,
        projection: 0.6,
      }),
      state("NEAR", 50, 20, { pop: 10, urbanPop: 5, gdp: 200, milex: 3, milper: 30, burden: 1.5 }),
      state("MIDA", 48, 2, { gdp: 2500, milex: 50, milper: 300 }),
      state("MIDB", 52, 0, { gdp: 2200, milex: 45, milper: 250 }),
      state("FAR", -30, 150, { gdp: 1500, milex: 20, milper: 100, playable: true }),
    ],
    restOfWorld: { gdp: 50000, pop: 5000, urbanPop: 3000, milex: 1000, milper: 15000 },
    contiguity: [
      { a: "BIG", b: "NEAR", code: 1 },
      { a: "BIG", b: "MIDA", code: 1 },
      { a: "MIDA", b: "MIDB", code: 4 },
    ],
    bases: [],
    trade: [
      { from: "BIG", to: "NEAR", value: 20 },
      { from: "NEAR", to: "BIG", value: 15 },
      { from: "MIDA", to: "MIDB", value: 80 },
      { from: "MIDB", to: "MIDA", value: 70 },
      { from: "BIG", to: "MIDA", value: 60 },
      { from: "MIDA", to: "BIG", value: 50 },
    ],
    hostility: [
      { from: "BIG", to: "NEAR", value: 0.5 },
      { from: "BIG", to: "MIDA", value: 0.3 },
    ],
    affinity: [],
    treaties: [
      {
        id: "ALLIANCE",
        kind: "defence",
        name: "Western Alliance",
        members: ["MIDA", "MIDB"],
        directedAgainst: ["BIG"],
        signed: 2000,
      },
    ],
    history: [{ actor: "BIG", target: "NEAR", action: "threaten-force", note: "border tension" }],
    crises: [
      {
        id: "c2",
        round: 2,
        headline: "BIG mobilises",
        description: "",
        events: [{ actor: "BIG", target: "MIDA", action: "mobilise", note: "" }],
      },
      {
        id: "held",
        headline: "Held crisis",
        description: "",
        events: [{ actor: "NEAR", target: "BIG", action: "criticise", note: "" }],
      },
    ],
    rules: {
      rounds: 4,
      allowForce: true,
      defenceDominant: false,
      allowTribute: true,
      phaseSeconds: { negotiation: 60, orders: 60, resolution: 5, news: 10 },
    },
    ...overrides,
  };
}
