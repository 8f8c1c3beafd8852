/**
 * Headless simulation:
 *   pnpm simulate --scenario <preset id | path.json> --rounds N --bots <policy | STATE=policy,...> --seed S --format json|table
 * Bad arguments: a message on stderr and exit code 2.
 */
import { readFileSync } from "node:fs";
import { BOT_POLICIES, isBotPolicy } from "../src/bots/policies";
import type { BotPolicyName } from "../src/bots/policies";
import { createGame } from "../src/game/create-game";
import { playBotRound } from "../src/game/run-bots";
import { loadPreset, PRESET_IDS } from "../src/presets";
import { parseScenario } from "../src/scenario/parse-scenario";
import type { Scenario } from "../src/scenario/schema";
import { simulationReport } from "../src/report";
import type { SimulationReport } from "../src/report";

const USAGE = `usage: pnpm simulate --scenario <${PRESET_IDS.join("|")}|path.json> [--rounds N] [--bots <${BOT_POLICIES.join("|")}> | STATE=policy,...] [--seed S] [--format json|table]`;

class UsageError extends Error {}

function parseArgs(argv: string[]) {
  const opts: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") continue;
    if (a === "--help" || a === "-h") throw new UsageError("");
    if (!a.startsWith("--")) throw new UsageError(`unexpected argument "${a}"`);
    const [key, inline] = a.slice(2).split("=", 2) as [string, string | undefined];
    if (!["scenario", "rounds", "bots", "seed", "format"].includes(key))
      throw new UsageError(`unknown option --${key}`);
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith("--"))
      throw new UsageError(`--${key} needs a value`);
    opts[key] = value;
  }
  if (!opts.scenario) throw new UsageError("--scenario is required");
  const format = opts.format ?? "table";
  if (format !== "json" && format !== "table")
    throw new UsageError(`--format must be json or table, not "${format}"`);
  const rounds = opts.rounds === undefined ? undefined : Number(opts.rounds);
  if (rounds !== undefined && !(Number.isInteger(rounds) && rounds >= 1 && rounds <= 200))
    throw new UsageError(`--rounds must be an integer 1..200, not "${opts.rounds}"`);
  const seed =
    opts.seed === undefined ? 1 : /^-?\d+$/.test(opts.seed) ? Number(opts.seed) : opts.seed;
  return { scenario: opts.scenario, rounds, bots: opts.bots ?? "walt", seed, format };
}

function loadScenario(ref: string): Scenario {
  const preset = loadPreset(ref);
  if (preset.ok) return preset.scenario;
  if ((PRESET_IDS as string[]).includes(ref))
    throw new UsageError(`preset ${ref} is invalid: ${preset.error.message}`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(ref, "utf8"));
  } catch (e) {
    throw new UsageError(
      `--scenario "${ref}" is neither a preset (${PRESET_IDS.join(", ")}) nor a readable JSON file: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  const r = parseScenario(json);
  if (!r.ok)
    throw new UsageError(
      `invalid scenario ${ref}:\n${r.error.issues.map((i) => `  ${i.path}: ${i.message}`).join("\n")}`,
    );
  return r.scenario;
}

function botsFor(spec: string, scenario: Scenario): Record<string, BotPolicyName> {
  const playable = scenario.states.filter((s) => s.playable).map((s) => s.id);
  if (!spec.includes("=")) {
    if (!isBotPolicy(spec))
      throw new UsageError(`unknown bot policy "${spec}" (known: ${BOT_POLICIES.join(", ")})`);
    return Object.fromEntries(playable.map((id) => [id, spec]));
  }
  const out: Record<string, BotPolicyName> = {};
  let fallback: BotPolicyName = "walt";
  for (const part of spec.split(",")) {
    const [id, policy] = part.split("=") as [string, string | undefined];
    if (!policy || !isBotPolicy(policy))
      throw new UsageError(`bad bot assignment "${part}" (want STATE=${BOT_POLICIES.join("|")})`);
    if (id === "*") {
      fallback = policy;
      continue;
    }
    if (!playable.includes(id))
      throw new UsageError(
        `"${id}" is not a playable state of ${scenario.id} (playable: ${playable.join(", ")})`,
      );
    out[id] = policy;
  }
  for (const id of playable) out[id] ??= fallback;
  return out;
}

function table(r: SimulationReport): string {
  const lines: string[] = [`${r.scenario}  seed ${r.seed}`];
  const pad = (s: string, n: number) =>
    s.length >= n ? s.slice(0, n) : s + " ".repeat(n - s.length);
  const cell = (c: { category: string; target: string | null }) =>
    `${c.category}${c.target ? `>${c.target}` : ""}`;
  for (const round of r.rounds) {
    lines.push(
      "",
      `Round ${round.round}`,
      `${pad("state", 8)}${pad("primary threat (T*)", 22)}${pad("balance of threat", 24)}${pad("balance of power", 24)}${pad("actual", 24)}score`,
    );
    for (const id of Object.keys(round.actual).sort()) {
      const row = round.threat[id] ?? {};
      const top = Object.entries(row).sort((a, b) => b[1].total - a[1].total)[0];
      lines.push(
        pad(id, 8) +
          pad(top ? `${top[0]} (${top[1].total.toFixed(1)})` : "-", 22) +
          pad(cell(round.predictions.balanceOfThreat[id]!), 24) +
          pad(cell(round.predictions.balanceOfPower[id]!), 24) +
          pad(cell(round.actual[id]!), 24) +
          (round.scores[id] ?? 0).toFixed(1),
      );
    }
    lines.push(
      `landscape: {${round.predictions.landscape.blocs[0].join(", ")}} vs {${round.predictions.landscape.blocs[1].join(", ")}}`,
    );
    for (const w of round.wars)
      lines.push(`war: ${w.attacker} attacks ${w.defender} (p=${w.pAttacker}); ${w.winner} wins`);
  }
  const d = r.debrief;
  lines.push(
    "",
    `Accuracy (1 = category and target, 0.5 = category): balance of threat ${d.accuracy.balanceOfThreat}, balance of power ${d.accuracy.balanceOfPower}, majority baseline ${d.accuracy.baseline} (${d.baseline.category}), random ${d.accuracy.random}`,
    `Cohen's kappa: BoT ${d.kappa.balanceOfThreat}, BoP ${d.kappa.balanceOfPower}`,
    `Discriminating cases: ${d.discriminating.cases} (BoT ${d.discriminating.balanceOfThreat}, BoP ${d.discriminating.balanceOfPower}; only BoT right ${d.discriminating.onlyBalanceOfThreatRight}, only BoP right ${d.discriminating.onlyBalanceOfPowerRight}; exact McNemar p = ${d.discriminating.mcnemarP})`,
    `Final blocs: ${
      d.blocs.final
        .filter((b) => b.length > 1)
        .map((b) => `{${b.join(", ")}}`)
        .join(" ") || "none"
    }; ARI vs landscape (round 1) ${d.blocs.adjustedRandLandscapeFirst}`,
    `Balancing lag vs states sharing the threat: r = ${d.balancingLag.correlation}; free-rider ratio vs GDP share: r = ${d.freeRiding.correlation}`,
  );
  return lines.join("\n");
}

function main(argv: string[]): number {
  let args: ReturnType<typeof parseArgs>;
  let scenario: Scenario;
  let bots: Record<string, BotPolicyName>;
  try {
    args = parseArgs(argv);
    scenario = loadScenario(args.scenario);
    if (args.rounds !== undefined) {
      // A shorter game drops the crises scripted for rounds it never reaches.
      const rounds = args.rounds;
      scenario = {
        ...scenario,
        rules: { ...scenario.rules, rounds },
        crises: scenario.crises.filter(
          (crisis) => crisis.round === undefined || crisis.round <= rounds,
        ),
      };
    }
    bots = botsFor(args.bots, scenario);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message ? `simulate: ${e.message}\n` : ""}${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  const created = createGame(scenario, { seed: args.seed, bots });
  if (!created.ok) {
    process.stderr.write(`simulate: ${created.error.message}\n`);
    return 2;
  }
  let state = created.state;
  const rejected: { action: unknown; code: string; message: string }[] = [];
  while (state.phase !== "ended") state = playBotRound(state, bots, args.seed, [], rejected).state;
  const report = simulationReport(state);
  process.stdout.write(
    args.format === "json" ? `${JSON.stringify(report)}\n` : `${table(report)}\n`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
