/**
 * pnpm validate: scores each scenario's round-1 predictions against the actual alignments
 * in validation/alignments/ and plays all-`walt`-bot games to compare their final blocs with
 * the real ones (validation/README.md). Reads files, so it lives outside src/.
 *
 *   pnpm --filter @threatscape/engine validate [--json] [--only id,id] [--seeds 1,2,3]
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  adjustedRandIndex,
  createGame,
  loadPreset,
  parseScenario,
  playBotRound,
  PRESET_IDS,
} from "../src/index";
import type { GameState, Scenario } from "../src/index";
import { parseValidateArgs, UsageError, USAGE } from "./args";
import type { ValidateArgs } from "./args";
import { finalBlocLabels } from "./blocs";
import { actualAlignments, AlignmentFile, checkAlignmentFile } from "./alignments";
import type { Actual } from "./alignments";
import { majoritySide, onActualSide, relationOf, summarise } from "./score";
import type { Case, Summary } from "./score";

const here = dirname(fileURLToPath(import.meta.url));
const known = readdirSync(join(here, "alignments"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.slice(0, -".json".length));
let cli: ValidateArgs;
try {
  cli = parseValidateArgs(process.argv.slice(2), known);
} catch (e) {
  if (!(e instanceof UsageError)) throw e;
  process.stderr.write(`validate: ${e.message}\n${USAGE}\n`);
  process.exit(2);
}
if (cli.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const asJson = cli.json;
const only = cli.only;
/** Parameter overrides for sensitivity runs, e.g. --params '{"seaPowerWeight":1}'. */
const overrides = cli.params;
const seeds = cli.seeds;

type Loaded = { id: string; preset: boolean; scenario: Scenario; file: AlignmentFile };

function loadAll(): Loaded[] {
  const dir = join(here, "alignments");
  const out: Loaded[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const file = AlignmentFile.parse(JSON.parse(readFileSync(join(dir, name), "utf8")));
    const problems = checkAlignmentFile(file);
    if (problems.length) throw new Error(`${name}: ${problems.join("; ")}`);
    const preset = (PRESET_IDS as readonly string[]).includes(file.scenario);
    const parsed = preset
      ? loadPreset(file.scenario)
      : parseScenario(
          JSON.parse(readFileSync(join(here, "scenarios", `${file.scenario}.json`), "utf8")),
        );
    if (!parsed.ok) throw new Error(`${file.scenario}: ${parsed.error.message}`);
    if (Object.keys(overrides).length > 0) {
      const tuned = parseScenario({
        ...parsed.scenario,
        parameters: { ...parsed.scenario.parameters, ...overrides },
      });
      if (!tuned.ok) throw new UsageError(`--params: ${tuned.error.message}`);
      parsed.scenario = tuned.scenario;
    }
    for (const s of parsed.scenario.states)
      if (!file.states.some((x) => x.id === s.id))
        throw new Error(`${name}: no actual alignment for ${s.id}`);
    out.push({ id: file.scenario, preset, scenario: parsed.scenario, file });
  }
  // the five presets first, in their catalogue order, then the others
  const rank = (l: Loaded) => (l.preset ? PRESET_IDS.indexOf(l.id as never) : 100);
  return out.sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
}

function start(scenario: Scenario, seed: number | string, bots = false): GameState {
  const playable = scenario.states.filter((s) => s.playable).map((s) => s.id);
  const g = createGame(scenario, {
    seed,
    ...(bots ? { bots: Object.fromEntries(playable.map((id) => [id, "walt"])) } : {}),
  });
  if (!g.ok) throw new Error(g.error.message);
  return g.state;
}

function roundOneCases(l: Loaded, actual: Map<string, Actual>): Case[] {
  const s = start(l.scenario, seeds[0]!);
  const r = s.rounds[0]!;
  const playable = l.scenario.states.filter((x) => x.playable).map((x) => x.id);
  const modal = majoritySide(playable.map((id) => actual.get(id)!.side));
  return playable.map((id) => {
    const bot = r.predictions.balanceOfThreat[id]!;
    const bop = r.predictions.balanceOfPower[id]!;
    const botRel = relationOf(bot),
      bopRel = relationOf(bop);
    const graded = bot as typeof bot & { score?: number; scope?: string | null };
    return {
      scenario: l.id,
      state: id,
      scope: graded.scope ?? null,
      bot: {
        ...botRel,
        category: bot.category,
        score: graded.score ?? null,
        right: onActualSide(botRel, id, actual),
      },
      bop: { ...bopRel, category: bop.category, right: onActualSide(bopRel, id, actual) },
      baseline: actual.get(id)!.side === modal,
    };
  });
}

type BlocResult = {
  seeds: (number | string)[];
  ariStart: number;
  ari: number[];
  meanAri: number;
  /** The same index over the states with no scope flag (s.6), reported beside, not instead. */
  meanAriInScope: number;
  distinctGames: number;
  finalBlocs: string[][][];
};

function botGames(l: Loaded, actual: Map<string, Actual>, cases: Case[]): BlocResult {
  const playable = l.scenario.states.filter((x) => x.playable).map((x) => x.id);
  const real = playable.map((id) => actual.get(id)!.side ?? `solo:${id}`);
  const ari = (labels: string[]) => adjustedRandIndex(labels, real);
  const flagged = new Set(cases.filter((c) => c.scope).map((c) => c.state));
  const keep = playable.map((id) => !flagged.has(id));
  const ariInScope = (labels: string[]) =>
    adjustedRandIndex(
      labels.filter((_, i) => keep[i]),
      real.filter((_, i) => keep[i]),
    );
  const inScope: number[] = [];
  const initial = start(l.scenario, seeds[0]!, true);
  const results: number[] = [];
  const fingerprints = new Set<string>();
  const finalBlocs: string[][][] = [];
  for (const seed of seeds) {
    let s = start(l.scenario, seed, true);
    const log: unknown[] = [];
    while (s.phase !== "ended") s = playBotRound(s, s.bots as never, seed, log).state;
    const labels = finalBlocLabels(s, playable);
    results.push(ari(labels));
    inScope.push(ariInScope(labels));
    fingerprints.add(JSON.stringify(log));
    const groups = new Map<string, string[]>();
    playable.forEach((id, i) => groups.set(labels[i]!, [...(groups.get(labels[i]!) ?? []), id]));
    finalBlocs.push([...groups.values()].filter((g) => g.length > 1));
  }
  return {
    seeds,
    ariStart: ari(finalBlocLabels(initial, playable)),
    ari: results,
    meanAri: results.reduce((a, b) => a + b, 0) / results.length,
    meanAriInScope: inScope.reduce((a, b) => a + b, 0) / inScope.length,
    distinctGames: fingerprints.size,
    finalBlocs,
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const fix = (x: number, d = 2) => x.toFixed(d);

function printSummary(title: string, s: Summary, blocs?: { meanAri: number; ariStart: number }) {
  const d = s.disagreement;
  console.log(
    `${title.padEnd(24)} n=${String(s.states).padStart(3)}  BoT ${pct(s.balanceOfThreat).padStart(7)}  BoP ${pct(s.balanceOfPower).padStart(7)}  baseline ${pct(s.baseline).padStart(7)}  ` +
      `disagree ${String(d.cases).padStart(2)}: BoT ${pct(d.balanceOfThreat).padStart(7)} BoP ${pct(d.balanceOfPower).padStart(7)} (b=${d.onlyBalanceOfThreatRight}, c=${d.onlyBalanceOfPowerRight}, McNemar p=${d.mcnemarP < 0.001 ? d.mcnemarP.toExponential(1) : fix(d.mcnemarP, 3)})  ` +
      `bandwagon ${pct(s.bandwagonShare).padStart(6)}` +
      (blocs ? `  ARI start ${fix(blocs.ariStart)} final ${fix(blocs.meanAri)}` : ""),
  );
}

function main() {
  const all = loadAll().filter((l) => !only || only.includes(l.id));
  const per: {
    id: string;
    preset: boolean;
    cases: Case[];
    summary: Summary;
    blocs: BlocResult;
  }[] = [];
  for (const l of all) {
    const actual = actualAlignments(l.file);
    const cases = roundOneCases(l, actual);
    per.push({
      id: l.id,
      preset: l.preset,
      cases,
      summary: summarise(cases),
      blocs: botGames(l, actual, cases),
    });
  }
  const presets = per.filter((p) => p.preset);
  const others = per.filter((p) => !p.preset);
  const pooled = summarise(presets.flatMap((p) => p.cases));
  const meanAri = (xs: typeof per) =>
    xs.length ? xs.reduce((a, p) => a + p.blocs.meanAri, 0) / xs.length : 0;
  const meanAriInScope = (xs: typeof per) =>
    xs.length ? xs.reduce((a, p) => a + p.blocs.meanAriInScope, 0) / xs.length : 0;
  if (asJson) {
    console.log(
      JSON.stringify(
        {
          seeds,
          scenarios: per,
          presets: {
            summary: pooled,
            meanAri: meanAri(presets),
            meanAriInScope: meanAriInScope(presets),
          },
          others: others.length
            ? { summary: summarise(others.flatMap((p) => p.cases)), meanAri: meanAri(others) }
            : null,
        },
        null,
        2,
      ),
    );
    return;
  }
  console.log(
    `Round-1 predictions against actual alignments; bot games with seeds ${seeds.join(", ")}\n`,
  );
  for (const p of per) printSummary(p.id, p.summary, p.blocs);
  console.log("");
  if (presets.length) printSummary("five presets (pooled)", pooled);
  if (presets.length)
    console.log(
      `${"".padEnd(24)} ARI all-walt final blocs vs real, mean over presets and seeds: ${fix(meanAri(presets), 3)} (start of game ${fix(presets.reduce((a, p) => a + p.blocs.ariStart, 0) / presets.length)})` +
        `; in-scope states only ${fix(meanAriInScope(presets))} (${presets.map((p) => fix(p.blocs.meanAriInScope)).join(" ")})` +
        `; scope: in ${pooled.inScope.states} (BoT ${pct(pooled.inScope.balanceOfThreat)}), flagged ${pooled.outOfScope.states} (BoT ${pct(pooled.outOfScope.balanceOfThreat)})`,
    );
  if (others.length) {
    const o = summarise(others.flatMap((p) => p.cases));
    const meanStart = others.reduce((a, p) => a + p.blocs.ariStart, 0) / others.length;
    printSummary("other scenarios", o, { meanAri: meanAri(others), ariStart: meanStart });
  }
  console.log(
    `\nDistinct all-walt games per scenario (of ${seeds.length} seeds): ` +
      per.map((p) => `${p.id} ${p.blocs.distinctGames}`).join(", "),
  );
  console.log("\nMisses (BoT):");
  for (const p of per)
    for (const c of p.cases.filter((x) => !x.bot.right))
      console.log(
        `  ${p.id.padEnd(24)} ${c.state.padEnd(4)} BoT ${c.bot.category} ${c.bot.state ?? ""}${c.scope ? ` [out of scope: ${c.scope}]` : ""}  (BoP ${c.bop.category} ${c.bop.state ?? ""}${c.bop.right ? ", right" : ""})`,
      );
}

try {
  main();
} catch (e) {
  if (!(e instanceof UsageError)) throw e;
  process.stderr.write(`validate: ${e.message}\n${USAGE}\n`);
  process.exitCode = 2;
}
