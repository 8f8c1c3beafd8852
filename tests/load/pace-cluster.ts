// Cluster mode of the classroom-pace benchmark (`pnpm bench:pace --cluster`): the same
// workload through HAProxy to 3 server processes on PostgreSQL and Redis (cluster-launch.ts,
// the deploy/ config files), with each process's RSS and CPU measured separately.
import type { Target } from "./pace.ts";
import { clusterPrerequisites, startCluster } from "./cluster-launch.ts";
import { cpuSeconds } from "./pace-proc.ts";

export interface ProcessFigures {
  id: string;
  rssMaxMb: number;
  rssMeanMb: number;
  /** CPU seconds inside the measured window. */
  cpuSeconds: number;
}

/** RSS samples and CPU at the window's edges, per process. */
export function processFigures(processes: { id: string; pid: number }[]) {
  const samples = processes.map(() => [] as number[]);
  let start: number[] = [];
  let end: number[] = [];
  const cpu = () => processes.map((p) => cpuSeconds(p.pid));
  return {
    sample: (mbs: number[]) => mbs.forEach((mb, i) => samples[i]!.push(mb)),
    cpuStart: () => (start = cpu()),
    cpuEnd: () => (end = cpu()),
    figures: (): ProcessFigures[] =>
      processes.map((p, i) => ({
        id: p.id,
        rssMaxMb: Math.max(...samples[i]!),
        rssMeanMb: samples[i]!.reduce((a, b) => a + b, 0) / Math.max(1, samples[i]!.length),
        cpuSeconds: (end[i] ?? 0) - (start[i] ?? 0),
      })),
  };
}

/**
 * The cluster as a benchmark target (ports 3220-3224), or why it cannot run here.
 * `register` receives the stop function so that any exit path stops the cluster.
 */
export function clusterTarget(
  games: number,
  register: (stop: () => Promise<void>) => void,
): Target | string {
  const missing = clusterPrerequisites();
  if (missing) return missing;
  return {
    name: "cluster",
    label: "3 processes behind HAProxy, PostgreSQL + Redis",
    games,
    start: async () => {
      const cluster = await startCluster({
        proxyPort: 3220,
        appPorts: [3221, 3222, 3223],
        redisPort: 3224,
        leaseTtlMs: 5_000,
        logLevel: "warn",
      });
      register(cluster.stop);
      const first = cluster.apps[0]!;
      return {
        started: { child: first.child, exited: first.exited, stop: cluster.stop },
        pid: first.pid,
        processes: cluster.apps.map((app) => ({ id: app.id, pid: app.pid })),
        base: cluster.proxyUrl,
      };
    },
  };
}
