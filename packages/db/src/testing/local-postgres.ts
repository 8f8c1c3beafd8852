// Starts a throw-away PostgreSQL server on loopback for tests and for `pnpm db:diff`.
// Uses Debian's `postgresql` package; installs it when running as root with apt-get
// (as on CI), and otherwise reports why it cannot, so callers can skip visibly.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, chmodSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";

export interface LocalPostgres {
  /** postgresql://... of an empty database on the server. */
  url: string;
  /** Creates another empty database and returns its URL. */
  createDatabase(name: string): string;
  /** The postmaster's pid (its backends are its children), for CPU accounting. */
  pid(): number | undefined;
  stop(): Promise<void>;
}

export type LocalPostgresResult =
  { ok: true; server: LocalPostgres } | { ok: false; reason: string };

function findBinDir(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const bin = path.join(root, version, "bin");
    if (existsSync(path.join(bin, "initdb")) && existsSync(path.join(bin, "pg_ctl"))) return bin;
  }
  return undefined;
}

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

function tryInstall(): string | undefined {
  if (!isRoot() || spawnSync("which", ["apt-get"]).status !== 0) {
    return "PostgreSQL is not installed (Debian: apt-get install postgresql) and this process cannot install it";
  }
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "ignore" });
  const install = spawnSync("apt-get", ["install", "-y", "-qq", "postgresql"], {
    stdio: "ignore",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (update.status !== 0 || install.status !== 0) return "apt-get install postgresql failed";
  return undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export async function startLocalPostgres(): Promise<LocalPostgresResult> {
  let bin = findBinDir();
  if (!bin) {
    const failure = tryInstall();
    if (failure) return { ok: false, reason: failure };
    bin = findBinDir();
    if (!bin) return { ok: false, reason: "postgresql installed but initdb was not found" };
  }
  // PostgreSQL refuses to run as root: run it as the `postgres` user the package creates.
  const asUser = isRoot() ? ["runuser", "-u", "postgres", "--"] : [];
  const run = (command: string, args: string[]) => {
    const [program, ...rest] = [...asUser, command, ...args];
    return execFileSync(program!, rest, { stdio: "pipe", cwd: os.tmpdir() });
  };
  const dir = mkdtempSync(path.join(os.tmpdir(), "threatscape-pg-"));
  chmodSync(dir, 0o777);
  const dataDir = path.join(dir, "data");
  const port = await freePort();
  try {
    run(path.join(bin, "initdb"), [
      "-D",
      dataDir,
      "-U",
      "threatscape",
      "--auth=trust",
      "-E",
      "UTF8",
    ]);
    run(path.join(bin, "pg_ctl"), [
      "-D",
      dataDir,
      "-l",
      path.join(dir, "server.log"),
      "-w",
      "-t",
      "60",
      "-o",
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      "start",
    ]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return { ok: false, reason: `could not start PostgreSQL: ${String(error).slice(0, 300)}` };
  }
  const urlFor = (database: string) => `postgresql://threatscape@127.0.0.1:${port}/${database}`;
  const createDatabase = (name: string) => {
    run(path.join(bin, "createdb"), [
      "-h",
      "127.0.0.1",
      "-p",
      String(port),
      "-U",
      "threatscape",
      name,
    ]);
    return urlFor(name);
  };
  const url = createDatabase("threatscape");
  return {
    ok: true,
    server: {
      url,
      createDatabase,
      pid: () => {
        try {
          // postmaster.pid's first line is the postmaster's pid.
          return Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
        } catch {
          return undefined;
        }
      },
      stop: async () => {
        await new Promise<void>((resolve) => {
          const [program, ...rest] = [
            ...asUser,
            path.join(bin, "pg_ctl"),
            "-D",
            dataDir,
            "-m",
            "immediate",
            "-w",
            "stop",
          ];
          spawn(program!, rest, { stdio: "ignore", cwd: os.tmpdir() }).on("exit", () => resolve());
        });
        rmSync(dir, { recursive: true, force: true });
      },
    },
  };
}
