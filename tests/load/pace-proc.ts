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
