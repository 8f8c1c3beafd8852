// Process helpers for the classroom-pace benchmark: start a server in its own process group,
// find the node process that really runs it, sample its memory and CPU from /proc, stop it.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
}

/** utime + stime of the process, in seconds (/proc/<pid>/stat fields 14 and 15). */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // The command name (field 2) may contain spaces; the fields after it are plain.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

function children(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
}

/**
 * The deepest descendant of `rootPid` whose command line names `script` and that is not the
 * tsx launcher itself (tsx runs the script in a child node process): the server's own pid.
 */
export function findScriptPid(rootPid: number, script: string): number | undefined {
  let found: number | undefined;
  let level = [rootPid];
  while (level.length) {
    for (const pid of level) {
      const line = commandLine(pid);
      if (line.includes(script) && !line.includes("tsx/dist/cli")) found = pid;
    }
    level = level.flatMap(children);
  }
  return found;
}

export interface Started {
  child: ChildProcess;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** Spawns `command` in its own process group (stopping it stops pnpm, tsx and node alike). */
export function startGroup(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Started {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  let stopped: Promise<void> | undefined;
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // already gone
    }
  };
  return {
    child,
    exited,
    stop: () =>
      (stopped ??= (async () => {
        signal("SIGTERM");
        const timeout = new Promise<"timeout">((resolve) =>
          setTimeout(() => resolve("timeout"), 15_000).unref(),
        );
        if ((await Promise.race([exited, timeout])) === "timeout") signal("SIGKILL");
        // The group may outlive its leader by a moment (pnpm exits before tsx's child).
        await new Promise((resolve) => setTimeout(resolve, 300));
        signal("SIGKILL");
      })()),
  };
}

export async function waitForHealth(base: string, started: Started, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void started.exited.then((code) => (exitCode = code));
  while (Date.now() < deadline) {
    if (exitCode !== undefined)
      throw new Error(`the server exited (code ${exitCode}) before it was up`);
    const ok = await fetch(`${base}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the server at ${base} was not up within ${timeoutMs / 1000} s`);
}

/**
 * Busy CPU seconds of the whole machine since boot (/proc/stat): `processes` (user, nice,
 * system, steal) and `interrupts` (irq, softirq: on loopback, mostly the network stack's
 * work for every process's sockets, which no process is charged for).
 */
function machineBusySeconds(): { processes: number; interrupts: number } {
  const [, ...fields] = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = fields.map(Number);
  return {
    processes: (user! + nice! + system! + steal!) / CLOCK_TICKS,
    interrupts: (irq! + softirq!) / CLOCK_TICKS,
  };
}

/** CPU seconds of `root` and every live descendant. */
function treeCpuSeconds(root: number): number {
  let total = 0;
  let level = [root];
  while (level.length) {
    for (const pid of level)
      try {
        total += cpuSeconds(pid);
      } catch {
        // exited between the listing and the read
      }
    level = level.flatMap(children);
  }
  return total;
}

// Daemons the benchmark started outside its own process tree (PostgreSQL's postmaster).
const adoptedRoots = new Set<() => number | undefined>();
export function countAsBenchmark(pid: () => number | undefined) {
  adoptedRoots.add(pid);
}

/**
 * Where the machine's CPU went in a window, in seconds: the benchmark's own processes (this
 * process and its descendants: load workers, servers, Redis, HAProxy; and the PostgreSQL it
 * started), other processes, and interrupts. A slow run with large `otherSeconds` was
 * sharing the machine.
 */
export function machineCpuWindow() {
  const benchmark = () =>
    [process.pid, ...[...adoptedRoots].map((f) => f())].reduce<number>(
      (total, pid) => total + (pid ? treeCpuSeconds(pid) : 0),
      0,
    );
  const start = { machine: machineBusySeconds(), benchmark: benchmark() };
  return () => {
    const machine = machineBusySeconds();
    const own = benchmark() - start.benchmark;
    const processes = machine.processes - start.machine.processes;
    const interruptSeconds = machine.interrupts - start.machine.interrupts;
    return {
      machineSeconds: processes + interruptSeconds,
      benchmarkSeconds: own,
      otherSeconds: Math.max(0, processes - own),
      interruptSeconds,
    };
  };
}
