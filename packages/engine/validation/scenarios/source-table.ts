/**
 * What the validation scenarios' source tables share (`<id>.source.ts` in this folder): the
 * state row, its expansion into the scenario format (docs/scenario-format.md), the rest of the
 * world, and writing the JSON beside the table. Each table keeps only its data and decisions.
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
