/**
 * What the validation scenarios' source tables share (`<id>.source.ts` in this folder): the
 * state row, its expansion into the scenario format (docs/scenario-format.md), the rest of the
 * world, the row shapes of borders, trade, hostility and affinity, the sources all of them cite,
 * the rules and parameters they play by, and writing the JSON beside the table. Each table
 * keeps only its data and decisions.
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** One state: population (m), urban share, GDP and milex (US$ bn), active forces (k), ... */
export type StateRow = [
  id: string,
  name: string,
  pop: number,
  urbanShare: number,
  gdp: number,
  milex: number,
  milper: number,
  posture: number,
  projection: number,
  growth: number,
  capital: [string, number, number],
  codes?: [cow: number, iso: string] | null,
  extra?: Record<string, unknown>,
];

type Totals = { pop: number; urbanPop: number; gdp: number; milex: number; milper: number };

/**
 * Scenario states from rows: urban population from the share, burden = milex / GDP in % (0.5 to
 * 35), the figures marked `unverified` (written from memory), `sourceIds` the table's sources
 * plus the nuclear inventory source for a nuclear state.
 */
export function statesFromRows(rows: StateRow[], sourceIds: string[]) {
  return rows.map(
    ([
      id,
      name,
      pop,
      urban,
      gdp,
      milex,
      milper,
      posture,
      projection,
      growth,
      cap,
      codes,
      extra,
    ]) => ({
      id,
      name,
      ...(codes ? { cowCode: codes[0], isoNumeric: codes[1] } : {}),
      playable: true,
      ...(extra ?? {}),
      pop,
      urbanPop: Math.round(pop * urban * 10) / 10,
      gdp,
      milex,
      milper,
      burden: Math.min(35, Math.max(0.5, Math.round((1000 * milex) / gdp) / 10)),
      posture,
      projection,
      growth,
      capital: { name: cap[0], lat: cap[1], lon: cap[2] },
      unverified: ["gdp", "milex", "milper", "pop", "urbanPop"],
      sourceIds: extra?.nuclear ? [...sourceIds, "norris-kristensen-2010"] : sourceIds,
    }),
  );
}

/** Sum of one figure over the scenario's states. */
export function total(states: Totals[], k: keyof Totals): number {
  return states.reduce((a, s) => a + s[k], 0);
}

/** The world's totals minus the scenario's states, rounded to whole units (forces exact). */
export function restOfWorld(world: Totals, states: Totals[]): Totals {
  return {
    pop: Math.round(world.pop - total(states, "pop")),
    urbanPop: Math.round(world.urbanPop - total(states, "urbanPop")),
    gdp: Math.round(world.gdp - total(states, "gdp")),
    milex: Math.round(world.milex - total(states, "milex")),
    milper: world.milper - total(states, "milper"),
  };
}

/** Writes `<id>.json` beside the calling table (`import.meta.url`); run Prettier on it after. */
export function writeScenario(tableUrl: string, scenario: { id: string }): void {
  const here = dirname(fileURLToPath(tableUrl));
  writeFileSync(join(here, `${scenario.id}.json`), `${JSON.stringify(scenario, null, 2)}\n`);
}

/** A land border (COW contiguity code 1) for each pair. */
export const landBorders = (pairs: [string, string][]) =>
  pairs.map(([a, b]) => ({ a, b, code: 1 as const }));

/** Water gaps (COW codes 2-5), marked unverified: coded from memory of the data and the map. */
export const waterGaps = (gaps: { a: string; b: string; code: 2 | 3 | 4 | 5; note: string }[]) =>
  gaps.map((w) => ({ ...w, unverified: true }));

/** Exports from -> to (US$ bn), marked unverified: rounded from memory of IMF DOTS. */
export const tradeFlows = (rows: [from: string, to: string, value: number][]) =>
  rows.map(([from, to, value]) => ({ from, to, value, unverified: true }));

/** Hostility of `from` towards `to` (0..1, the actor's intentions) with its reason. */
export const hostilities = (rows: [from: string, to: string, value: number, note: string][]) =>
  rows.map(([from, to, value, note]) => ({ from, to, value, note }));

/** Voting affinity of a pair (0..1). */
export const affinities = (rows: [a: string, b: string, value: number][]) =>
  rows.map(([a, b, value]) => ({ a, b, value }));

/** The sources every validation table cites alike (the data sets and the theory's classics). */
const SHARED_SOURCES = {
  "cow-contiguity-v3.2": "Stinnett et al. (2002), COW Direct Contiguity Data v3.2.",
  "cow-alliances-v4.1":
    "Gibler, Douglas M. (2009), International Military Alliances, 1648-2008, CQ Press (COW Formal Alliances v4.1).",
  "atop-v5":
    "Leeds, Brett Ashley et al. (2002), 'Alliance Treaty Obligations and Provisions, 1815-1944', International Interactions 28: 237-260; ATOP data v5.",
  "norris-kristensen-2010":
    "Norris, Robert S. and Hans M. Kristensen (2010), 'Global nuclear weapons inventories, 1945-2010', Bulletin of the Atomic Scientists 66(4).",
  "schweller-1994":
    "Schweller, Randall L. (1994), 'Bandwagoning for Profit', International Security 19(1): 72-107.",
  "david-1991":
    "David, Steven R. (1991), 'Explaining Third World Alignment', World Politics 43(2): 233-256.",
} as const;

/** One shared source as a scenario lists it. */
export const source = (id: keyof typeof SHARED_SOURCES) => ({ id, citation: SHARED_SOURCES[id] });

/** The rules every validation scenario plays by: a year a round, force allowed, no tribute. */
export const validationRules = (rounds: number) => ({
  rounds,
  allowForce: true,
  defenceDominant: false,
  allowTribute: false,
  phaseSeconds: { negotiation: 300, orders: 120, resolution: 10, news: 30 },
});

/** Their model parameters: the post-1950 loss-of-strength gradient base (s.2). */
export const VALIDATION_PARAMETERS = { lambda0Km: 1500 };
