// Classroom-pace benchmark (`pnpm bench:pace`): one server process, GAMES games of STUDENTS
// students (1,000 + 20 instructors by default, all real Socket.IO connections), each student
// sending one request every 5 s on average (exponential gaps): 40 % direct messages, 20 %
// public, 10 % group, 30 % game actions. Run in the same invocation, one after the other,
// against
//   bare            a bare Socket.IO server with the same rooms and broadcast pattern
//                   (pace-bare-server.ts): the baseline every ratio is taken against
//   server-sqlite   the real server as `pnpm start` runs it (tsx), throw-away SQLite
//   server-postgres the same on a throw-away local PostgreSQL (skipped, with the reason,
//                   where PostgreSQL cannot be installed or started)
// For each: ack and fan-out p50/p95/p99, server RSS max, server CPU s per 1,000 acks,
// refusals, bytes each student receives per minute, the load generator's own event-loop
// delay, and each ratio to bare. Results also go to results/pace-<time>.json.
// Loopback only; every loop is bounded; every process it starts is stopped. (Over 300 lines:
// one orchestration script, options to report, read top to bottom.)
//
//   pnpm bench:pace                                   # 20 x 50, 60 s, bare + SQLite + PostgreSQL
//   pnpm bench:pace --duration 30 --db sqlite         # shorter, SQLite only
//   pnpm bench:pace --games 4 --students 20 --only bare
//   pnpm bench:pace --check                           # exit 1 unless issue 10's targets hold
//   pnpm bench:pace --cluster   # one process on PostgreSQL at GAMES x STUDENTS, then twice as
//                               # many over 3 processes behind HAProxy (pace-cluster.ts)
//   pnpm bench:pace --cluster --only cluster          # the 3-process part alone
import { fork, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { startLocalPostgres, type LocalPostgres } from "@threatscape/db/testing";
import { createSession, playableStates } from "./pace-adapter.ts";
import {
  countAsBenchmark,
  cpuSeconds,
  findScriptPid,
  machineCpuWindow,
  rssMb,
  startGroup,
  waitForHealth,
  type Started,
} from "./pace-proc.ts";
import { evaluate, printReport, summarise, type Check, type TargetSummary } from "./pace-report.ts";
import type { FromWorker, GameSetup, ToWorker, WorkerResult } from "./pace-types.ts";
import { clusterTarget, processFigures, type ProcessFigures } from "./pace-cluster.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../..");

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "60" },
    warmup: { type: "string", default: "10" },
    games: { type: "string", default: "20" },
    students: { type: "string", default: "50" },
    db: { type: "string", default: "both" },
    only: { type: "string" },
    workers: { type: "string", default: "2" },
    interval: { type: "string", default: "5" },
    "update-bytes": { type: "string", default: "20000" },
    "ack-timeout": { type: "string", default: "30" },
    port: { type: "string", default: "3191" },
    seed: { type: "string", default: "1" },
    out: { type: "string" },
    check: { type: "boolean", default: false },
    cluster: { type: "boolean", default: false },
    "wait-load": { type: "string" },
    help: { type: "boolean", default: false },
  },
  allowPositionals: false,
});

if (args.help) {
  console.log(`pnpm bench:pace [--duration S] [--warmup S] [--games N] [--students N]
                [--db sqlite|postgres|both] [--only bare|server|cluster] [--workers N]
                [--interval S] [--update-bytes N] [--ack-timeout S] [--port P] [--seed N]
                [--out FILE] [--check] [--wait-load L] [--cluster]`);
  process.exit(0);
}

const positive = (name: string, text: string | undefined) => {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) {
    console.error(`--${name} must be a positive number (got ${text})`);
    process.exit(2);
  }
  return value;
};
const options = {
  durationS: positive("duration", args.duration),
  warmupS: Number(args.warmup) >= 0 ? Number(args.warmup) : 10,
  games: Math.floor(positive("games", args.games)),
  students: Math.floor(positive("students", args.students)),
  db: args.db as "sqlite" | "postgres" | "both",
  only: args.only as "bare" | "server" | "cluster" | undefined,
  workers: Math.floor(positive("workers", args.workers)),
  intervalMs: positive("interval", args.interval) * 1000,
  updateBytes: Math.floor(positive("update-bytes", args["update-bytes"])),
  ackTimeoutMs: positive("ack-timeout", args["ack-timeout"]) * 1000,
  port: Math.floor(positive("port", args.port)),
  seed: Math.floor(Number(args.seed) || 1),
  check: args.check ?? false,
  cluster: args.cluster ?? false,
  /** Before each target, wait (at most 10 min) until the 1-minute load average is below this. */
  waitLoad: args["wait-load"] === undefined ? undefined : positive("wait-load", args["wait-load"]),
};
if (!["sqlite", "postgres", "both"].includes(options.db)) {
  console.error("--db must be sqlite, postgres or both");
  process.exit(2);
}
if (options.only && !["bare", "server", "cluster"].includes(options.only)) {
  console.error("--only must be bare, server or cluster (with --cluster)");
  process.exit(2);
}

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Everything started, so that any exit path stops it. */
const cleanups = new Set<() => Promise<void>>();
async function cleanUp() {
  for (const cleanup of [...cleanups].reverse()) await cleanup().catch(() => undefined);
  cleanups.clear();
}
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    console.error(`\n${signal}: stopping everything this benchmark started`);
    void cleanUp().finally(() => process.exit(130));
  });

function forkWorker(): ChildProcess {
  const worker = fork(path.join(here, "pace-worker.ts"), [], {
    cwd: here,
    execArgv: process.execArgv,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  return worker;
}

function nextMessage<T extends FromWorker["type"]>(
  worker: ChildProcess,
  type: T,
  timeoutMs: number,
): Promise<Extract<FromWorker, { type: T }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`a load worker sent no "${type}" within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    const onMessage = (message: FromWorker) => {
      if (message.type === "error") {
        cleanup();
        reject(new Error(`load worker failed: ${message.message}`));
      } else if (message.type === type) {
        cleanup();
        resolve(message as Extract<FromWorker, { type: T }>);
      }
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`a load worker exited (code ${code}) before "${type}"`));
    };
    const cleanup = () => {
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("exit", onExit);
    };
    worker.on("message", onMessage);
    worker.on("exit", onExit);
  });
}

export interface Target {
  name: TargetSummary["target"];
  label: string;
  /** Games of this target (default --games). */
  games?: number;
  start(port: number): Promise<{
    started: Started;
    pid: number;
    /** Several server processes (cluster): each one's pid, sampled separately. */
    processes?: { id: string; pid: number }[];
    /** Where clients go when it is not http://127.0.0.1:<port> (the proxy). */
    base?: string;
  }>;
}

async function startServer(
  port: number,
  env: NodeJS.ProcessEnv,
  script: string,
  command: [string, string[], string],
) {
  const [program, argv, cwd] = command;
  const started = startGroup(program, argv, {
    cwd,
    env: { ...process.env, ...env, PORT: String(port) },
  });
  cleanups.add(started.stop);
  await waitForHealth(`http://127.0.0.1:${port}`, started, 180_000);
  const pid = findScriptPid(started.child.pid!, script);
  if (!pid) throw new Error(`could not find the process running ${script}`);
  return { started, pid };
}

const bareTarget: Target = {
  name: "bare",
  label: "bare Socket.IO 4.8",
  start: (port) =>
    startServer(port, { UPDATE_BYTES: String(options.updateBytes) }, "pace-bare-server.ts", [
      path.join(here, "node_modules/.bin/tsx"),
      ["pace-bare-server.ts"],
      here,
    ]),
};

function realServerTarget(name: Target["name"], label: string, databaseUrl?: string): Target {
  return {
    name,
    label,
    start: async (port) => {
      const dataDir = mkdtempSync(path.join(os.tmpdir(), "threatscape-pace-"));
      cleanups.add(async () => rmSync(dataDir, { recursive: true, force: true }));
      // What `pnpm start` runs once the web app is built: tsx src/main.ts (web not served).
      return startServer(
        port,
        {
          HOST: "127.0.0.1",
          DATA_DIR: dataDir,
          SERVE_WEB: "false",
          LOG_LEVEL: "warn",
          // A department creating every class at once: above the per-address default.
          SESSIONS_PER_ADDRESS: "1000",
          SESSIONS_PER_SERVER: "1000",
          NODE_ENV: "production",
          ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
        },
        "src/main.ts",
        ["pnpm", ["--silent", "--filter", "@threatscape/server", "start"], repoRoot],
      );
    },
  };
}

/** On a shared machine: let other work finish before a target starts (bounded). */
async function waitForQuiet() {
  if (options.waitLoad === undefined) return;
  const deadline = now() + 10 * 60_000;
  let told = false;
  while (os.loadavg()[0]! >= options.waitLoad && now() < deadline) {
    if (!told)
      console.log(
        `   waiting for the load average (${os.loadavg()[0]!.toFixed(2)}) to fall below ${options.waitLoad} (at most 10 min)`,
      );
    told = true;
    await sleep(5000);
  }
}

async function runTarget(target: Target, port: number): Promise<TargetSummary> {
  await waitForQuiet();
  const gameCount = target.games ?? options.games;
  console.log(`\n== ${target.label}: ${gameCount} games x ${options.students} students`);
  const loadAtStart = os.loadavg()[0]!;
  const launched = await target.start(port);
  const { started, pid } = launched;
  const base = launched.base ?? `http://127.0.0.1:${port}`;
  const processes = launched.processes ?? [{ id: "server", pid }];
  const perProcess = processFigures(processes);
  const rssSamples: { t: number; mb: number }[] = [];
  const rssIdleMb = rssMb(pid);
  const sampler = setInterval(() => {
    try {
      const mbs = processes.map((p) => rssMb(p.pid));
      perProcess.sample(mbs);
      rssSamples.push({ t: now(), mb: mbs.reduce((a, b) => a + b, 0) });
    } catch {
      // the process is gone; the run will notice
    }
  }, 500);
  const workers: ChildProcess[] = [];
  try {
    const games: GameSetup[] = [];
    for (let g = 0; g < gameCount; g++) {
      const created = await createSession(base, `Pace ${g + 1}`, options.seed + g);
      games.push({ base, index: g, ...created, states: [] });
    }
    const states = await playableStates(base, games[0]!.joinCode);
    for (const game of games) game.states = states;

    const workerCount = Math.min(options.workers, games.length);
    for (let w = 0; w < workerCount; w++) {
      const worker = forkWorker();
      workers.push(worker);
      cleanups.add(async () => {
        if (worker.exitCode === null) worker.kill("SIGKILL");
      });
    }
    const setupStarted = now();
    const ready = workers.map((worker, w) => {
      const message: ToWorker = {
        type: "setup",
        games: games.filter((_, g) => g % workerCount === w),
        students: options.students,
        seed: options.seed * 1000 + w,
        intervalMs: options.intervalMs,
        ackTimeoutMs: options.ackTimeoutMs,
      };
      const answer = nextMessage(worker, "ready", 15 * 60_000);
      worker.send(message);
      return answer;
    });
    const readies = await Promise.all(ready);
    const setupSeconds = (now() - setupStarted) / 1000;
    console.log(
      `   ${gameCount * options.students} students joined, games started and groups opened in ${setupSeconds.toFixed(1)} s; ` +
        `server ${rssMb(pid).toFixed(0)} MB RSS (idle ${rssIdleMb.toFixed(0)} MB)`,
    );

    const measureStart = now() + options.warmupS * 1000;
    const measureEnd = measureStart + options.durationS * 1000;
    const results = workers.map((worker) =>
      nextMessage(worker, "result", measureEnd - now() + options.ackTimeoutMs + 60_000),
    );
    for (const worker of workers)
      worker.send({ type: "go", measureStart, measureEnd } satisfies ToWorker);
    console.log(
      `   load on: ${options.warmupS} s warm-up, then ${options.durationS} s measured (one request per student every ${options.intervalMs / 1000} s on average)`,
    );
    await sleep(Math.max(0, measureStart - now()));
    const cpuStart = cpuSeconds(pid);
    perProcess.cpuStart();
    const machineCpu = machineCpuWindow();
    await sleep(Math.max(0, measureEnd - now()));
    const cpuEnd = cpuSeconds(pid);
    perProcess.cpuEnd();
    const machineCpuFigures = machineCpu();
    const loadAtEnd = os.loadavg()[0]!;
    console.log("   window over; draining outstanding acknowledgements");
    const workerResults: WorkerResult[] = await Promise.all(results);
    clearInterval(sampler);
    const figures: ProcessFigures[] = perProcess.figures();
    return summarise({
      target: target.name,
      label: target.label,
      games: gameCount,
      students: options.students,
      durationS: options.durationS,
      joinMs: readies.flatMap((r) => r.joinMs),
      setupSeconds,
      rssIdleMb,
      rssSamples,
      measureStart,
      measureEnd,
      serverCpuSeconds: launched.processes
        ? figures.reduce((total, p) => total + p.cpuSeconds, 0)
        : cpuEnd - cpuStart,
      processes: figures,
      workers: workerResults,
      loadAverage: { start: loadAtStart, end: loadAtEnd },
      machineCpu: machineCpuFigures,
    });
  } finally {
    clearInterval(sampler);
    for (const worker of workers)
      if (worker.connected) worker.send({ type: "close" } satisfies ToWorker);
    await sleep(500);
    for (const worker of workers) if (worker.exitCode === null) worker.kill("SIGKILL");
    await started.stop();
    cleanups.delete(started.stop);
  }
}

/** --cluster: one process on PostgreSQL at GAMES x STUDENTS, then twice that over 3 processes. */
async function runClusterPair(
  done: (summary: TargetSummary) => void,
  skipped: Record<string, string>,
  port: number,
) {
  // --only cluster: the 3-process part alone (its own PostgreSQL; the single process skipped).
  const postgres =
    options.only === "cluster"
      ? ({ ok: false, reason: "--only cluster" } as const)
      : await startLocalPostgres();
  if (!postgres.ok) skipped["server-postgres"] = postgres.reason;
  else {
    const server = postgres.server;
    countAsBenchmark(server.pid);
    cleanups.add(server.stop);
    try {
      const single = realServerTarget("server-postgres", "one process, PostgreSQL", server.url);
      done(await runTarget(single, port));
    } finally {
      cleanups.delete(server.stop);
      await server.stop();
    }
  }
  const cluster = clusterTarget(options.games * 2, (stop) => cleanups.add(stop));
  if (typeof cluster === "string") {
    skipped.cluster = cluster;
    console.log(`\n== cluster part SKIPPED: ${cluster}`);
  } else done(await runTarget(cluster, port));
}

const resultsFile =
  args.out ??
  path.join(
    here,
    "results",
    `pace-${new Date().toISOString().replaceAll(":", "-").slice(0, 19)}.json`,
  );

/** Written after every target, so a run cut short still leaves what it measured. */
function save(summaries: TargetSummary[], skipped: Record<string, string>, checks: Check[]) {
  mkdirSync(path.dirname(resultsFile), { recursive: true });
  writeFileSync(
    resultsFile,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        argv: process.argv.slice(2),
        options,
        machine: { cores: os.cpus().length, node: process.version, loadAverage: os.loadavg() },
        targets: summaries,
        skipped,
        checks,
      },
      null,
      2,
    )}\n`,
  );
}

async function main() {
  const perTargetLimit = 20 * 60_000 + (options.warmupS + options.durationS) * 1000;
  const watchdog = setTimeout(() => {
    console.error("benchmark over its time limit; stopping everything it started");
    void cleanUp().finally(() => process.exit(1));
  }, 3 * perTargetLimit);
  watchdog.unref();

  console.log(
    `classroom pace: ${options.games} games x ${options.students} students, one request per ` +
      `${options.intervalMs / 1000} s each (40 % dm, 20 % public, 10 % group, 30 % actions), ` +
      `${options.workers} load worker(s), ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(2)}`,
  );
  const summaries: TargetSummary[] = [];
  const skipped: Record<string, string> = {};
  let port = options.port;
  const done = (summary: TargetSummary) => {
    summaries.push(summary);
    save(summaries, skipped, []);
  };
  if (options.cluster) {
    await runClusterPair(done, skipped, port);
  } else if (options.only !== "server") done(await runTarget(bareTarget, port++));
  if (!options.cluster && options.only !== "bare") {
    if (options.db !== "postgres")
      done(
        await runTarget(realServerTarget("server-sqlite", "Threatscape server, SQLite"), port++),
      );
    if (options.db !== "sqlite") {
      const postgres = await startLocalPostgres();
      if (!postgres.ok) {
        skipped["server-postgres"] = postgres.reason;
        console.log(`\n== PostgreSQL part SKIPPED: ${postgres.reason}`);
      } else {
        const server: LocalPostgres = postgres.server;
        countAsBenchmark(server.pid);
        const stopPostgres = () => server.stop();
        cleanups.add(stopPostgres);
        try {
          done(
            await runTarget(
              realServerTarget("server-postgres", "Threatscape server, PostgreSQL", server.url),
              port++,
            ),
          );
        } finally {
          cleanups.delete(stopPostgres);
          await server.stop();
        }
      }
    }
  }

  const checks = options.cluster ? [] : evaluate(summaries);
  printReport(summaries, skipped, checks, options.check);
  save(summaries, skipped, checks);
  console.log(`\nresults written to ${path.relative(process.cwd(), resultsFile)}`);
  await cleanUp();
  if (options.check && checks.some((c) => !c.pass)) process.exit(1);
}

main().catch(async (error: unknown) => {
  console.error(error);
  await cleanUp();
  process.exit(1);
});
