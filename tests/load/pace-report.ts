// Figures, ratios to the bare server, issue 10's targets, and the printed table.
// Over 300 lines: the percentile maths, the targets and the table are read together.
import type { ProcessFigures } from "./pace-cluster.ts";
import type { LoopDelay, RequestKind, WorkerResult } from "./pace-types.ts";

export interface Percentiles {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function percentiles(values: number[]): Percentiles {
  const sorted = Float64Array.from(values).sort();
  const at = (p: number) =>
    sorted.length
      ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
      : NaN;
  return {
    n: sorted.length,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    max: sorted.length ? sorted[sorted.length - 1]! : NaN,
  };
}

export interface TargetSummary {
  target: "bare" | "server-sqlite" | "server-postgres" | "cluster";
  label: string;
  games: number;
  students: number;
  durationS: number;
  setupSeconds: number;
  joinAckMs: Percentiles;
  ackMs: Percentiles;
  ackMsByKind: Record<RequestKind, Percentiles>;
  fanoutMs: Percentiles;
  rssIdleMb: number;
  rssMaxMb: number;
  /** Mean RSS of each quarter of the measured window. */
  rssQuarterMeansMb: number[];
  /** Last quarter's mean RSS against the second quarter's, in %. */
  rssGrowthPct: number;
  serverCpuSeconds: number;
  /** Each server process (one, or three in a cluster): RSS and CPU in the window. */
  processes?: ProcessFigures[];
  acksInWindow: number;
  cpuSecondsPer1kAcks: number;
  refusals: Record<string, number>;
  requests: WorkerResult["counts"];
  /** Bytes each student received per minute inside the window. */
  bytesPerStudentPerMin: { total: number; chat: number; acks: number; other: number };
  /** Mean size of a non-chat server event (snapshot, delta, dashboard, history). */
  meanOtherEventBytes: number;
  loadGenerator: { loopDelayMs: LoopDelay[]; cpuSeconds: number[] };
  /** The machine's 1-minute load average when the target started and when its window ended. */
  loadAverage: { start: number; end: number };
  /** Busy CPU seconds of the machine in the window: the benchmark's processes and the rest. */
  machineCpu: MachineCpu;
}

export interface MachineCpu {
  machineSeconds: number;
  benchmarkSeconds: number;
  otherSeconds: number;
  interruptSeconds: number;
}

export function summarise(input: {
  target: TargetSummary["target"];
  label: string;
  games: number;
  students: number;
  durationS: number;
  joinMs: number[];
  setupSeconds: number;
  rssIdleMb: number;
  rssSamples: { t: number; mb: number }[];
  measureStart: number;
  measureEnd: number;
  serverCpuSeconds: number;
  processes?: ProcessFigures[];
  workers: WorkerResult[];
  loadAverage: { start: number; end: number };
  machineCpu: MachineCpu;
}): TargetSummary {
  const kinds: RequestKind[] = ["dm", "public", "group", "act"];
  const byKind = Object.fromEntries(
    kinds.map((kind) => [kind, percentiles(input.workers.flatMap((w) => w.ackMs[kind]))]),
  ) as Record<RequestKind, Percentiles>;
  const refusals: Record<string, number> = {};
  for (const worker of input.workers)
    for (const [code, count] of Object.entries(worker.refusals))
      refusals[code] = (refusals[code] ?? 0) + count;
  const counts = input.workers.reduce(
    (total, w) => ({
      sent: total.sent + w.counts.sent,
      acked: total.acked + w.counts.acked,
      ackedInWindow: total.ackedInWindow + w.counts.ackedInWindow,
      timeouts: total.timeouts + w.counts.timeouts,
      skipped: total.skipped + w.counts.skipped,
      disconnects: total.disconnects + w.counts.disconnects,
      deliveriesExpected: total.deliveriesExpected + w.counts.deliveriesExpected,
    }),
    {
      sent: 0,
      acked: 0,
      ackedInWindow: 0,
      timeouts: 0,
      skipped: 0,
      disconnects: 0,
      deliveriesExpected: 0,
    },
  );
  const quarter = (input.measureEnd - input.measureStart) / 4;
  const rssQuarterMeansMb = [0, 1, 2, 3].map((q) => {
    const from = input.measureStart + q * quarter;
    const inside = input.rssSamples.filter((s) => s.t >= from && s.t < from + quarter);
    return inside.reduce((sum, s) => sum + s.mb, 0) / Math.max(1, inside.length);
  });
  const students = input.workers.reduce((sum, w) => sum + w.students, 0);
  const minutes = input.durationS / 60;
  const bytes = input.workers.reduce(
    (t, w) => ({
      chat: t.chat + w.bytes.chat,
      acks: t.acks + w.bytes.acks,
      other: t.other + w.bytes.other,
      otherEvents: t.otherEvents + w.bytes.otherEvents,
    }),
    { chat: 0, acks: 0, other: 0, otherEvents: 0 },
  );
  const perStudentMinute = (value: number) => value / Math.max(1, students) / minutes;
  return {
    target: input.target,
    label: input.label,
    games: input.games,
    students: input.students,
    durationS: input.durationS,
    setupSeconds: input.setupSeconds,
    joinAckMs: percentiles(input.joinMs),
    ackMs: percentiles(kinds.flatMap((kind) => input.workers.flatMap((w) => w.ackMs[kind]))),
    ackMsByKind: byKind,
    fanoutMs: percentiles(input.workers.flatMap((w) => w.fanoutMs)),
    rssIdleMb: input.rssIdleMb,
    rssMaxMb: Math.max(input.rssIdleMb, ...input.rssSamples.map((s) => s.mb)),
    rssQuarterMeansMb,
    rssGrowthPct: ((rssQuarterMeansMb[3]! - rssQuarterMeansMb[1]!) / rssQuarterMeansMb[1]!) * 100,
    serverCpuSeconds: input.serverCpuSeconds,
    ...(input.processes ? { processes: input.processes } : {}),
    acksInWindow: counts.ackedInWindow,
    cpuSecondsPer1kAcks: input.serverCpuSeconds / Math.max(1, counts.ackedInWindow / 1000),
    refusals,
    requests: counts,
    bytesPerStudentPerMin: {
      total: perStudentMinute(bytes.chat + bytes.acks + bytes.other),
      chat: perStudentMinute(bytes.chat),
      acks: perStudentMinute(bytes.acks),
      other: perStudentMinute(bytes.other),
    },
    meanOtherEventBytes: bytes.other / Math.max(1, bytes.otherEvents),
    loadGenerator: {
      loopDelayMs: input.workers.map((w) => w.loopDelayMs),
      cpuSeconds: input.workers.map((w) => w.cpuSeconds),
    },
    loadAverage: input.loadAverage,
    machineCpu: input.machineCpu,
  };
}

export interface Check {
  target: string;
  what: string;
  value: string;
  limit: string;
  pass: boolean;
}

/** Issue 10's "done when" targets, on what this run measured. */
export function evaluate(summaries: TargetSummary[]): Check[] {
  const checks: Check[] = [];
  const bare = summaries.find((s) => s.target === "bare");
  const sqlite = summaries.find((s) => s.target === "server-sqlite");
  const postgres = summaries.find((s) => s.target === "server-postgres");
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const add = (target: string, what: string, value: string, limit: string, pass: boolean) =>
    checks.push({ target, what, value, limit, pass });
  if (sqlite) {
    if (!bare)
      add("server-sqlite", "ratios to bare", "no bare run", "bare measured in the same run", false);
    else {
      add(
        "server-sqlite",
        "ack p99 vs bare",
        ms(sqlite.ackMs.p99),
        `<= 3 x ${ms(bare.ackMs.p99)}`,
        sqlite.ackMs.p99 <= 3 * bare.ackMs.p99,
      );
      add(
        "server-sqlite",
        "fan-out p99 vs bare",
        ms(sqlite.fanoutMs.p99),
        `<= 3 x ${ms(bare.fanoutMs.p99)}`,
        sqlite.fanoutMs.p99 <= 3 * bare.fanoutMs.p99,
      );
      add(
        "server-sqlite",
        "CPU per 1,000 acks vs bare",
        `${sqlite.cpuSecondsPer1kAcks.toFixed(2)} s`,
        `<= 2 x ${bare.cpuSecondsPer1kAcks.toFixed(2)} s`,
        sqlite.cpuSecondsPer1kAcks <= 2 * bare.cpuSecondsPer1kAcks,
      );
    }
    add("server-sqlite", "ack p99", ms(sqlite.ackMs.p99), "< 50 ms", sqlite.ackMs.p99 < 50);
    add(
      "server-sqlite",
      "RSS max",
      `${sqlite.rssMaxMb.toFixed(0)} MB`,
      "< 500 MB",
      sqlite.rssMaxMb < 500,
    );
  }
  if (postgres) {
    add("server-postgres", "ack p99", ms(postgres.ackMs.p99), "< 100 ms", postgres.ackMs.p99 < 100);
    add(
      "server-postgres",
      "RSS growth (last vs second quarter mean)",
      `${postgres.rssGrowthPct.toFixed(1)} %`,
      "<= 10 %",
      postgres.rssGrowthPct <= 10,
    );
  }
  for (const s of summaries.filter((s) => s.target !== "bare")) {
    const lost = s.requests.timeouts + s.requests.skipped;
    add(s.target, "requests timed out or not sent (backlog)", String(lost), "0", lost === 0);
    const missing = s.requests.deliveriesExpected - s.fanoutMs.n;
    add(s.target, "chat deliveries missing", String(missing), "0", missing <= 0);
  }
  return checks;
}

const fmtMs = (v: number) =>
  Number.isNaN(v) ? "-" : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(1)} ms`;
const fmtKb = (v: number) => `${(v / 1024).toFixed(1)} KB`;
const ratio = (value: number, base: number | undefined) =>
  base === undefined || !Number.isFinite(value / base) || base === 0
    ? ""
    : ` (${(value / base).toFixed(1)}x)`;

export function printReport(
  summaries: TargetSummary[],
  skipped: Record<string, string>,
  checks: Check[],
  checking: boolean,
) {
  const bareRun = summaries.find((s) => s.target === "bare");
  const rows: [string, (s: TargetSummary) => string][] = [
    [
      "ack p50 / p95 / p99",
      (s) =>
        [s.ackMs.p50, s.ackMs.p95, s.ackMs.p99]
          .map(
            (v, i) =>
              fmtMs(v) + ratio(v, bare && [bare.ackMs.p50, bare.ackMs.p95, bare.ackMs.p99][i]),
          )
          .join(" / "),
    ],
    [
      "ack p99 dm / public / group / act",
      (s) =>
        (["dm", "public", "group", "act"] as const)
          .map((k) => fmtMs(s.ackMsByKind[k].p99))
          .join(" / "),
    ],
    [
      "fan-out p50 / p95 / p99",
      (s) =>
        [s.fanoutMs.p50, s.fanoutMs.p95, s.fanoutMs.p99]
          .map(
            (v, i) =>
              fmtMs(v) +
              ratio(v, bare && [bare.fanoutMs.p50, bare.fanoutMs.p95, bare.fanoutMs.p99][i]),
          )
          .join(" / "),
    ],
    [
      "requests / deliveries measured (expected)",
      (s) => `${s.ackMs.n} / ${s.fanoutMs.n} (${s.requests.deliveriesExpected})`,
    ],
    [
      "server RSS max (idle)",
      (s) =>
        `${s.rssMaxMb.toFixed(0)} MB${ratio(s.rssMaxMb, bare?.rssMaxMb)} (${s.rssIdleMb.toFixed(0)} MB)`,
    ],
    [
      "server RSS quarter means",
      (s) =>
        s.rssQuarterMeansMb.map((v) => v.toFixed(0)).join(" / ") +
        ` MB (${s.rssGrowthPct.toFixed(1)} %)`,
    ],
    [
      "server CPU per 1,000 acks",
      (s) =>
        `${s.cpuSecondsPer1kAcks.toFixed(2)} s${ratio(s.cpuSecondsPer1kAcks, bare?.cpuSecondsPer1kAcks)} (${s.serverCpuSeconds.toFixed(1)} s / ${s.acksInWindow} acks)`,
    ],
    [
      "refusals",
      (s) =>
        Object.entries(s.refusals)
          .map(([code, n]) => `${code} ${n}`)
          .join(", ") || "none",
    ],
    [
      "timeouts / not sent (backlog) / disconnects",
      (s) => `${s.requests.timeouts} / ${s.requests.skipped} / ${s.requests.disconnects}`,
    ],
    [
      "received per student per minute",
      (s) =>
        `${fmtKb(s.bytesPerStudentPerMin.total)}${ratio(s.bytesPerStudentPerMin.total, bare?.bytesPerStudentPerMin.total)} (chat ${fmtKb(s.bytesPerStudentPerMin.chat)}, state ${fmtKb(s.bytesPerStudentPerMin.other)})`,
    ],
    ["mean state/other event", (s) => fmtKb(s.meanOtherEventBytes)],
    [
      "join ack p50 / p95; setup",
      (s) =>
        `${fmtMs(s.joinAckMs.p50)} / ${fmtMs(s.joinAckMs.p95)}; ${s.setupSeconds.toFixed(1)} s`,
    ],
    [
      "load generator loop delay p99 / max",
      (s) =>
        s.loadGenerator.loopDelayMs
          .map((d) => `${d.p99.toFixed(1)} / ${d.max.toFixed(1)} ms`)
          .join("; "),
    ],
    [
      "load generator CPU",
      (s) => s.loadGenerator.cpuSeconds.map((c) => `${c.toFixed(1)} s`).join("; "),
    ],
    [
      "machine load average (start, end)",
      (s) => `${s.loadAverage.start.toFixed(2)}, ${s.loadAverage.end.toFixed(2)}`,
    ],
    [
      "machine CPU in window: this run / other / irq",
      (s) =>
        [s.machineCpu.benchmarkSeconds, s.machineCpu.otherSeconds, s.machineCpu.interruptSeconds]
          .map((c) => `${c.toFixed(1)} s`)
          .join(" / "),
    ],
  ];
  console.log("\n== results (ratio to bare Socket.IO in parentheses)");
  let bare: TargetSummary | undefined;
  for (const s of summaries) {
    // No ratio on the bare run itself.
    bare = s === bareRun ? undefined : bareRun;
    console.log(`\n${s.label} (${s.games} x ${s.students}, ${s.durationS} s measured)`);
    for (const [name, value] of rows) console.log(`  ${name.padEnd(44)} ${value(s)}`);
    for (const p of s.processes ?? [])
      console.log(
        `  ${`process ${p.id}: RSS max (mean), CPU in window`.padEnd(44)} ${p.rssMaxMb.toFixed(0)} MB (${p.rssMeanMb.toFixed(0)} MB), ${p.cpuSeconds.toFixed(1)} s`,
      );
    if (s.requests.timeouts > 0)
      console.log(
        `  NOTE: ${s.requests.timeouts} requests were never acknowledged; each counts as the ack timeout in the ack percentiles`,
      );
    const missing = s.requests.deliveriesExpected - s.fanoutMs.n;
    if (missing > 0)
      console.log(
        `  NOTE: ${missing} chat deliveries had not arrived when the run ended (not in fan-out)`,
      );
    const worst = Math.max(...s.loadGenerator.loopDelayMs.map((d) => d.p99));
    if (worst > 50)
      console.log(
        `  WARNING: the load generator's event loop lagged (p99 ${worst.toFixed(0)} ms): latencies include client delay`,
      );
  }
  for (const [target, reason] of Object.entries(skipped))
    console.log(`\n${target}: SKIPPED (${reason})`);
  console.log(`\n== issue 10 targets${checking ? " (--check)" : ""}`);
  for (const c of checks)
    console.log(
      `  ${c.pass ? "PASS" : "FAIL"}  ${c.target.padEnd(16)} ${c.what}: ${c.value} (${c.limit})`,
    );
}
