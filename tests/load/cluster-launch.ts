// Starts a Threatscape cluster on loopback for the fault test and the cluster benchmark,
// with the deploy/ config files: a throw-away PostgreSQL, Redis (deploy/redis.conf), three
// server processes (`node --import tsx src/main.ts`, as deploy/start-cluster.sh runs them)
// and HAProxy (deploy/haproxy.cfg). Installs nothing: `clusterPrerequisites` says what is
// missing so that callers skip with the reason. Every process it starts is stopped by stop().
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, openSync, readdirSync, rmSync } from "node:fs";
import { connect as tcpConnect } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startLocalPostgres, type LocalPostgres } from "@threatscape/db/testing";
import { countAsBenchmark } from "./pace-proc.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, "../..");
const serverDir = path.join(repoRoot, "apps/server");

function onPath(program: string): string | undefined {
  const dirs = [...(process.env.PATH ?? "").split(":"), "/usr/sbin", "/usr/bin", "/sbin"];
  return dirs.map((dir) => path.join(dir, program)).find((file) => existsSync(file));
}

function postgresBin(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  return readdirSync(root)
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => path.join(root, version, "bin"))
    .find((bin) => existsSync(path.join(bin, "initdb")));
}

/** Why a cluster cannot be started on this machine (nothing is installed), or null. */
export function clusterPrerequisites(): string | null {
  const missing = [
    postgresBin() ? null : "PostgreSQL (apt-get install postgresql)",
    onPath("redis-server") ? null : "Redis (apt-get install redis-server)",
    onPath("haproxy") ? null : "HAProxy (apt-get install haproxy)",
  ].filter(Boolean);
  return missing.length ? `not installed here: ${missing.join(", ")}` : null;
}

export interface AppProcess {
  id: string;
  port: number;
  url: string;
  child: ChildProcess;
  /** The node process running src/main.ts (the child itself). */
  pid: number;
  exited: Promise<number | null>;
  logFile: string;
}

export interface ClusterOptions {
  proxyPort: number;
  appPorts: [number, number, number];
  redisPort: number;
  leaseTtlMs: number;
  logLevel?: string;
  env?: Record<string, string>;
}

export interface Cluster {
  proxyUrl: string;
  databaseUrl: string;
  redisUrl: string;
  apps: AppProcess[];
  dir: string;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await sleep(200);
  }
  throw new Error(`${what} was not up within ${timeoutMs / 1000} s`);
}

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = tcpConnect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });

const healthy = (url: string) => async () => (await fetch(`${url}/healthz`)).ok;

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const problem = clusterPrerequisites();
  if (problem) throw new Error(problem);
  const dir = mkdtempSync(path.join(os.tmpdir(), "threatscape-cluster-"));
  const children: ChildProcess[] = [];
  let postgres: LocalPostgres | undefined;
  const stop = async () => {
    if (process.env.CLUSTER_PROFILE) {
      for (const child of children) child.kill("SIGTERM");
      await sleep(5_000);
    }
    for (const child of children.reverse())
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGCONT");
        child.kill("SIGKILL");
      }
    await postgres?.stop();
    // KEEP_CLUSTER_LOGS=1 keeps the processes' logs for a look after a failure.
    if (process.env.KEEP_CLUSTER_LOGS) console.warn(`cluster logs kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  };
  const run = (name: string, program: string, args: string[], cwd: string, env = {}) => {
    const logFile = path.join(dir, `${name}.log`);
    const out = openSync(logFile, "a");
    const child = spawn(program, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ["ignore", out, out],
    });
    children.push(child);
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    return { child, exited, logFile };
  };
  try {
    const started = await startLocalPostgres();
    if (!started.ok) throw new Error(started.reason);
    postgres = started.server;
    countAsBenchmark(postgres.pid);
    // A process frozen inside an append must not hold its lease row past the expiry.
    execFileSync("psql", [
      postgres.url,
      "-qc",
      "ALTER DATABASE threatscape SET idle_in_transaction_session_timeout = '2s'",
    ]);
    const deploy = path.join(repoRoot, "deploy");
    run(
      "redis",
      onPath("redis-server")!,
      [path.join(deploy, "redis.conf"), "--port", String(options.redisPort), "--dir", dir],
      dir,
    );
    await waitFor("Redis", () => portOpen(options.redisPort), 10_000);
    const redisUrl = `redis://127.0.0.1:${options.redisPort}`;
    const apps = options.appPorts.map((port, i) => {
      const id = `app${i + 1}`;
      // CLUSTER_PROFILE=1: each process writes a CPU profile into the kept log folder (a
      // node flag: NODE_OPTIONS refuses --cpu-prof).
      const profile = process.env.CLUSTER_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${dir}`] : [];
      const args = [...profile, "--import", "tsx", "src/main.ts"];
      const started = run(id, process.execPath, args, serverDir, {
        PORT: String(port),
        HOST: "127.0.0.1",
        DATABASE_URL: postgres!.url,
        REDIS_URL: redisUrl,
        INSTANCE_ID: id,
        LEASE_TTL_MS: String(options.leaseTtlMs),
        SERVE_WEB: "false",
        LOG_LEVEL: options.logLevel ?? "info",
        TRUST_PROXY: "127.0.0.1",
        SESSIONS_PER_ADDRESS: "1000",
        SESSIONS_PER_SERVER: "1000",
        NODE_ENV: "production",
        ...options.env,
      });
      const url = `http://127.0.0.1:${port}`;
      return { id, port, url, pid: started.child.pid!, ...started };
    });
    for (const app of apps) await waitFor(app.id, healthy(app.url), 120_000);
    run("haproxy", onPath("haproxy")!, ["-f", path.join(deploy, "haproxy.cfg"), "-db"], dir, {
      PROXY_BIND: `127.0.0.1:${options.proxyPort}`,
      APP1_ADDR: `127.0.0.1:${options.appPorts[0]}`,
      APP2_ADDR: `127.0.0.1:${options.appPorts[1]}`,
      APP3_ADDR: `127.0.0.1:${options.appPorts[2]}`,
    });
    const proxyUrl = `http://127.0.0.1:${options.proxyPort}`;
    await waitFor("HAProxy", healthy(proxyUrl), 10_000);
    await sleep(1_500); // HAProxy marks the servers up after `rise 2` checks
    return { proxyUrl, databaseUrl: postgres.url, redisUrl, apps, dir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
