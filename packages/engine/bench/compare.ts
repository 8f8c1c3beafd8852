/**
 * pnpm bench:compare <other engine dir>: the bench cases of round.bench.ts for this engine and
 * another checkout of it (e.g. v1: `git archive e2fef00 packages/engine | tar -x -C /tmp/v1`),
 * interleaved call by call in one process, so machine load and JIT state hit both alike.
 * Reports CPU-time medians (process.cpuUsage) and wall-clock medians per case.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

type Engine = {
  applyAction: (
    s: unknown,
    a: unknown,
  ) => { ok: boolean; state?: unknown; error?: { message: string } };
  createGame: (
    sc: unknown,
    o: { seed: number },
  ) => { ok: boolean; state?: unknown; error?: { message: string } };
  replay: (s: unknown, log: unknown[]) => { ok: boolean };
  playBotRound: (
    s: unknown,
    bots: Record<string, string>,
    seed: number,
    log: unknown[],
  ) => { state: unknown };
  syntheticScenario: (n: number, seed: number, rounds: number) => { states: { id: string }[] };
};

const other = process.argv[2];
if (!other) {
  console.error("usage: tsx bench/compare.ts <dir of another packages/engine>");
  process.exit(2);
}
const load = async (dir: string): Promise<Engine> => {
  const src = (f: string) => import(pathToFileURL(resolve(dir, "src", f)).href);
  return {
    ...(await src("game/apply-action.ts")),
    ...(await src("game/create-game.ts")),
    ...(await src("game/replay.ts")),
    ...(await src("game/run-bots.ts")),
    ...(await src("synthetic.ts")),
  } as Engine;
};
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const ok = <T>(r: { ok: boolean; state?: T; error?: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error?.message);
  return r.state as T;
};

/** One case: `step(engine, i)` timed, the two engines alternating, warm-up excluded. */
function race(
  name: string,
  engines: [string, Engine][],
  runs: number,
  step: (e: Engine, k: number) => void,
) {
  const cpu = engines.map(() => [] as number[]);
  const wall = engines.map(() => [] as number[]);
  for (let i = 0; i < runs + 2; i++) {
    // the order alternates, so neither engine always pays for the other's garbage collection
    const order =
      i % 2 === 0 ? engines.map((_, k) => k) : engines.map((_, k) => engines.length - 1 - k);
    for (const k of order) {
      const t0 = performance.now();
      const c0 = cpuMs();
      step(engines[k]![1], k);
      if (i >= 2) {
        cpu[k]!.push(cpuMs() - c0);
        wall[k]!.push(performance.now() - t0);
      }
    }
  }
  console.log(
    `${name}: ` +
      engines
        .map(
          ([label], k) =>
            `${label} CPU median ${median(cpu[k]!).toFixed(1)} ms (wall ${median(wall[k]!).toFixed(1)} ms)`,
        )
        .join("; ") +
      ` (n=${runs} each)`,
  );
}

async function main() {
  const engines: [string, Engine][] = [
    ["this", await load(resolve(import.meta.dirname, ".."))],
    ["other", await load(other!)],
  ];
  const runs = Number(process.argv[3] ?? 25);
  for (const n of [20, 193]) {
    const states = engines.map(([, e]) =>
      ok(e.createGame(e.syntheticScenario(n, 7, 200), { seed: 42 })),
    );
    race(`round, ${n} states`, engines, runs, (e, k) => {
      const r = ok(e.applyAction(states[k], { type: "resolve-round", actor: "instructor" }));
      const next = e.applyAction(r, { type: "advance-phase", actor: "instructor" });
      states[k] = next.ok ? next.state : r;
    });
  }
  const games = engines.map(([, e]) => {
    const initial = ok(e.createGame(e.syntheticScenario(30, 7, 12), { seed: 42 }));
    const policies = ["walt", "waltz", "hawk", "random"];
    const sc = e.syntheticScenario(30, 7, 12);
    const bots = Object.fromEntries(sc.states.map((s, i) => [s.id, policies[i % 4]!]));
    const log: unknown[] = [];
    let s = initial as { phase: string };
    const t0 = performance.now();
    while (s.phase !== "ended") s = e.playBotRound(s, bots, 42, log).state as { phase: string };
    return { initial, log, live: performance.now() - t0 };
  });
  race(
    `replay, 30 states x 12 rounds (logs ${games.map((g) => g.log.length).join(" / ")} actions)`,
    engines,
    runs,
    (e, k) => {
      if (!e.replay(games[k]!.initial, games[k]!.log).ok) throw new Error("replay failed");
    },
  );
  console.log(
    `live bot game (one each, wall): ${games.map((g, k) => `${engines[k]![0]} ${g.live.toFixed(0)} ms`).join("; ")}`,
  );
}

void main();
