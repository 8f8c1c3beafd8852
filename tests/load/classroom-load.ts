// Load test: one server process holding a department's worth of classes. Starts the real
// server (API only) on loopback, opens GAMES sessions of STUDENTS students each over real
// Socket.IO connections, runs a round of negotiation and orders in every game, and reports
// join, acknowledgement and fan-out latencies and the server's memory. Bounded: every loop
// has a fixed count and the whole run a time limit; only 127.0.0.1 is contacted.
//
//   pnpm bench:load                         # 20 games x 50 students = 1,000 connections
//   GAMES=5 STUDENTS=20 pnpm bench:load     # smaller
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  ClientEvent,
  ServerEvent,
  SnapshotStore,
  request,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from "@threatscape/protocol";
import { io, type Socket } from "socket.io-client";

const GAMES = Number(process.env.GAMES ?? 20);
const STUDENTS = Number(process.env.STUDENTS ?? 50);
const PORT = Number(process.env.LOAD_PORT ?? 3190);
const TIME_LIMIT_MS = 10 * 60_000;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const base = `http://127.0.0.1:${PORT}`;

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const summary = (values: number[]) =>
  `p50 ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms, max ${Math.max(...values).toFixed(1)} ms (n=${values.length})`;

async function trpc<T>(procedure: string, input: unknown): Promise<T> {
  const response = await fetch(`${base}/trpc/${procedure}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ json: input }),
  });
  const body = (await response.json()) as { result?: { data: { json: T } }; error?: unknown };
  if (!body.result) throw new Error(`${procedure} failed: ${JSON.stringify(body.error)}`);
  return body.result.data.json;
}

function connect(): Promise<Client> {
  return new Promise((resolve, reject) => {
    const socket: Client = io(base, {
      transports: ["websocket"],
      forceNew: true,
      reconnection: false,
    });
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", reject);
  });
}

function serverRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/** The node process running main.ts under pnpm/tsx (the one whose memory we report). */
function findServerPid(parentPid: number): number {
  const children = (pid: number): number[] => {
    try {
      return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map(Number);
    } catch {
      return [];
    }
  };
  let candidates = [parentPid];
  let deepest = parentPid;
  while (candidates.length) {
    const next = candidates.flatMap(children);
    if (next.length) deepest = next[next.length - 1]!;
    candidates = next;
  }
  return deepest;
}

async function main() {
  const watchdog = setTimeout(() => {
    console.error("load test over its time limit; stopping");
    process.exit(1);
  }, TIME_LIMIT_MS);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "threatscape-load-"));
  const server = spawn("pnpm", ["--silent", "--filter", "@threatscape/server", "start"], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      SERVE_WEB: "false",
      LOG_LEVEL: "warn",
      SESSIONS_PER_ADDRESS: "1000",
      SESSIONS_PER_SERVER: "1000",
    },
    stdio: ["ignore", "ignore", "inherit"],
    // Its own process group, so stopping it stops pnpm, tsx and the server alike.
    detached: true,
  });
  const sockets: Client[] = [];
  try {
    for (let attempt = 0; attempt < 120; attempt++) {
      const ok = await fetch(`${base}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const pid = findServerPid(server.pid!);
    const rssIdle = serverRssMb(pid);
    console.log(
      `server up (pid ${pid}, ${rssIdle.toFixed(0)} MB); ${GAMES} games x ${STUDENTS} students`,
    );

    const games: {
      gameId: string;
      joinCode: string;
      instructorSecret: string;
      instructor: Client;
      /** The instructor's view, kept current from deltas (timing commands name their phase). */
      snapshot: SnapshotStore;
      students: Client[];
    }[] = [];
    const syncInstructor = async (game: (typeof games)[number]) => {
      const ack = await request(game.instructor, ClientEvent.sync, {});
      if (ack.ok) game.snapshot.applySnapshot(ack.data);
    };
    for (let g = 0; g < GAMES; g++) {
      const created = await trpc<{
        ok: boolean;
        gameId: string;
        joinCode: string;
        instructorSecret: string;
      }>("sessions.create", {
        title: `Section ${g + 1}`,
        presetId: "cold-war-1985",
        seed: g,
        phaseSeconds: { negotiation: 3600, orders: 3600, news: 600 },
      });
      const instructor = await connect();
      const snapshot = new SnapshotStore();
      instructor.on(ServerEvent.snapshot, (s) => snapshot.applySnapshot(s));
      instructor.on(ServerEvent.delta, (d) => snapshot.applyDelta(d));
      sockets.push(instructor);
      await request(instructor, ClientEvent.attachInstructor, {
        gameId: created.gameId,
        instructorSecret: created.instructorSecret,
      });
      games.push({ ...created, instructor, snapshot, students: [] });
    }

    const states = [
      "USA",
      "RUS",
      "CHN",
      "IND",
      "JPN",
      "GFR",
      "UKG",
      "FRN",
      "ITA",
      "ROK",
      "POL",
      "TUR",
      "IRN",
      "IRQ",
      "GDR",
      "PRK",
      "EGY",
      "SAU",
      "SYR",
      "ISR",
    ];
    const joinLatency: number[] = [];
    const joinStarted = performance.now();
    // Students of all games join at once, a class at a time in parallel.
    await Promise.all(
      games.map(async (game) => {
        for (let s = 0; s < STUDENTS; s++) {
          const socket = await connect();
          sockets.push(socket);
          const started = performance.now();
          const ack = await request(socket, ClientEvent.join, {
            joinCode: game.joinCode,
            displayName: `Student ${s + 1}`,
            stateId: states[s % states.length],
          });
          if (!ack.ok) throw new Error(`join failed: ${ack.error.message}`);
          joinLatency.push(performance.now() - started);
          game.students.push(socket);
        }
      }),
    );
    const joinSeconds = (performance.now() - joinStarted) / 1000;
    console.log(
      `joined ${joinLatency.length} students in ${joinSeconds.toFixed(1)} s; join ack ${summary(joinLatency)}`,
    );

    await Promise.all(
      games.map(async (game) => {
        await request(game.instructor, ClientEvent.command, { command: "start" });
        await syncInstructor(game);
      }),
    );

    // Fan-out: one public message per game; time until every student of the game has it.
    const fanout: number[] = [];
    await Promise.all(
      games.map(async (game) => {
        const body = `hello ${game.joinCode}`;
        const started = performance.now();
        const arrivals = game.students.map(
          (socket) =>
            new Promise<void>((resolve) => {
              const listener = (message: { body: string }) => {
                if (message.body !== body) return;
                socket.off(ServerEvent.message, listener);
                resolve();
              };
              socket.on(ServerEvent.message, listener);
            }),
        );
        await request(game.students[0]!, ClientEvent.sendMessage, { channel: "public", body });
        await Promise.all(arrivals);
        fanout.push(performance.now() - started);
      }),
    );
    console.log(`public message reaches a whole class: ${summary(fanout)}`);

    // Every student acts once (diplomacy: criticise the USA), acknowledged after the log write.
    const actLatency: number[] = [];
    await Promise.all(
      games.map(async (game) => {
        for (const socket of game.students) {
          const started = performance.now();
          await request(socket, ClientEvent.act, { action: { type: "no-change" } });
          actLatency.push(performance.now() - started);
        }
      }),
    );
    console.log(`action acknowledged (logged, broadcast): ${summary(actLatency)}`);

    const advance: number[] = [];
    await Promise.all(
      games.map(async (game) => {
        for (let step = 0; step < 3; step++) {
          const started = performance.now();
          const timing = game.snapshot.snapshot!.timing;
          const against = { round: timing.round, phase: timing.phase };
          await request(game.instructor, ClientEvent.command, { command: "advance", against });
          await syncInstructor(game);
          advance.push(performance.now() - started);
        }
      }),
    );
    console.log(`phase advance incl. round resolution and bots: ${summary(advance)}`);
    const rss = serverRssMb(pid);
    console.log(
      `server memory with ${sockets.length} connections: ${rss.toFixed(0)} MB RSS (idle ${rssIdle.toFixed(0)} MB)`,
    );
  } finally {
    for (const socket of sockets) socket.close();
    const exited = new Promise((resolve) => server.once("exit", resolve));
    process.kill(-server.pid!, "SIGTERM");
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
    clearTimeout(watchdog);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
