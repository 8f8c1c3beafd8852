// One load-generator process of the classroom-pace benchmark (pace.ts forks one or more).
// Over 300 lines: setup, the paced request loop and the measurement share its state.
// It owns whole games (instructor and students, so a chat message's sender and recipients
// share this process's clock), joins them, starts them, opens the groups, then runs the
// classroom workload until told the window is over, and reports raw samples to the parent.
// Every protocol detail goes through pace-adapter.ts.
import { monitorEventLoopDelay } from "node:perf_hooks";
import {
  act,
  attachInstructor,
  cheapAction,
  connect,
  createGroup,
  directChannel,
  join,
  newByteCounter,
  onChat,
  publicChannel,
  refusalLabel,
  sendChat,
  startGame,
  type Ack,
  type ByteCounter,
  type Client,
} from "./pace-adapter.ts";
import type { FromWorker, GameSetup, RequestKind, ToWorker, WorkerResult } from "./pace-types.ts";

const now = () => performance.timeOrigin + performance.now();
const send = (message: FromWorker) => process.send!(message);

/** Deterministic choices (which kind, which channel, which action); timing is real. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Student {
  tag: string;
  socket: Client;
  counter: ByteCounter;
  stateId: string;
  game: LiveGame;
  inFlight: number;
}
interface LiveGame {
  setup: GameSetup;
  instructor: Client;
  students: Student[];
  /** Group channels each state belongs to, and each group's member states. */
  groupsOf: Map<string, string[]>;
  members: Map<string, string[]>;
  /** Students seated at each state (the recipients of its direct messages). */
  seated: Map<string, number>;
}

const MAX_IN_FLIGHT = 50;
const sockets: Client[] = [];
let window = { start: Infinity, end: Infinity };
const fanout: number[] = [];
const ackMs: Record<RequestKind, number[]> = { dm: [], public: [], group: [], act: [] };
const refusals: Record<string, number> = {};
const counts = {
  sent: 0,
  acked: 0,
  ackedInWindow: 0,
  timeouts: 0,
  skipped: 0,
  disconnects: 0,
  /** Deliveries the chat messages sent inside the window should make (sender excluded). */
  deliveriesExpected: 0,
};

function listenForChat(socket: Client, tag: string) {
  onChat(socket, (_channel, body) => {
    const [marker, sentText, from] = body.split(" ");
    if (marker !== "pace" || from === tag) return;
    const sent = Number(sentText);
    if (sent >= window.start && sent < window.end) fanout.push(now() - sent);
  });
  socket.on("disconnect", () => {
    counts.disconnects += 1;
  });
}

async function setUpGame(setup: GameSetup, students: number, ackTimeoutMs: number) {
  const joinMs: number[] = [];
  const instructor = await connect(setup.base, newByteCounter(), 30_000, setup.joinCode);
  sockets.push(instructor);
  const attached = await attachInstructor(
    instructor,
    { gameId: setup.gameId, instructorSecret: setup.instructorSecret },
    ackTimeoutMs,
  );
  if (!attached.ok) throw new Error(`attach failed: ${attached.error.message}`);
  listenForChat(instructor, `i${setup.index}`);
  const game: LiveGame = {
    setup,
    instructor,
    students: [],
    groupsOf: new Map(),
    members: new Map(),
    seated: new Map(),
  };
  for (let s = 0; s < students; s++) {
    const counter = newByteCounter();
    const socket = await connect(setup.base, counter, 30_000, setup.joinCode);
    sockets.push(socket);
    const stateId = setup.states[s % setup.states.length]!;
    const started = performance.now();
    const joined = await join(
      socket,
      { joinCode: setup.joinCode, displayName: `Student ${s + 1}`, stateId },
      ackTimeoutMs,
    );
    if (!joined.ok) throw new Error(`join failed: ${joined.error.message}`);
    joinMs.push(performance.now() - started);
    const tag = `g${setup.index}s${s}`;
    listenForChat(socket, tag);
    game.students.push({ tag, socket, counter, stateId, game, inFlight: 0 });
    game.seated.set(stateId, (game.seated.get(stateId) ?? 0) + 1);
  }
  const started = await startGame(instructor, ackTimeoutMs);
  if (!started.ok) throw new Error(`start failed: ${started.error.message}`);
  // A few groups per game that together cover every seated state (groups of about five).
  const seated = [...new Set(game.students.map((s) => s.stateId))];
  const chunks: string[][] = [];
  for (let i = 0; i < seated.length; i += 5) chunks.push(seated.slice(i, i + 5));
  if (chunks.length > 1 && chunks.at(-1)!.length < 2) chunks.at(-2)!.push(...chunks.pop()!);
  for (const [k, members] of chunks.entries()) {
    if (members.length < 2) continue;
    const creator = game.students.find((s) => s.stateId === members[0])!;
    const created = await createGroup(
      creator.socket,
      { name: `Bloc ${k + 1}`, members: members.slice(1) },
      ackTimeoutMs,
    );
    if (!created.ok) throw new Error(`create group failed: ${created.error.message}`);
    game.members.set(created.data.channel, members);
    for (const member of members)
      game.groupsOf.set(member, [...(game.groupsOf.get(member) ?? []), created.data.channel]);
  }
  return { game, joinMs };
}

function record(
  kind: RequestKind,
  sent: number,
  outcome: Promise<Ack<unknown>>,
  student: Student,
  ackTimeoutMs: number,
) {
  counts.sent += 1;
  student.inFlight += 1;
  const inWindow = sent >= window.start && sent < window.end;
  return outcome.then(
    (ack) => {
      student.inFlight -= 1;
      const at = now();
      counts.acked += 1;
      // Acknowledgements that arrive inside the window: the server's CPU is divided by these.
      if (at >= window.start && at < window.end) counts.ackedInWindow += 1;
      if (!inWindow) return;
      ackMs[kind].push(at - sent);
      if (!ack.ok) refusals[refusalLabel(ack.error)] = (refusals[refusalLabel(ack.error)] ?? 0) + 1;
    },
    () => {
      student.inFlight -= 1;
      counts.timeouts += 1;
      if (!inWindow) return;
      // A request never acknowledged counts as the timeout (a lower bound), so the
      // percentiles of an overloaded server are not computed on the survivors only.
      ackMs[kind].push(ackTimeoutMs);
      refusals.TIMEOUT = (refusals.TIMEOUT ?? 0) + 1;
    },
  );
}

function issue(student: Student, random: () => number, ackTimeoutMs: number) {
  if (student.inFlight >= MAX_IN_FLIGHT) {
    counts.skipped += 1;
    return;
  }
  const { game, stateId } = student;
  const roll = random();
  const sent = now();
  const body = `pace ${sent.toFixed(3)} ${student.tag}`;
  const inWindow = sent >= window.start && sent < window.end;
  // Recipients: the students of the channel's states and the instructor, less the sender.
  const expect = (states: string[] | null) => {
    if (!inWindow) return;
    counts.deliveriesExpected += states
      ? states.reduce((sum, state) => sum + (game.seated.get(state) ?? 0), 0)
      : game.students.length;
  };
  if (roll < 0.4) {
    const others = game.setup.states.filter((s) => s !== stateId);
    const other = others[Math.floor(random() * others.length)]!;
    const channel = directChannel(stateId, other);
    expect([stateId, other]);
    record(
      "dm",
      sent,
      sendChat(student.socket, { channel, body }, ackTimeoutMs),
      student,
      ackTimeoutMs,
    );
  } else if (roll < 0.6) {
    const outcome = sendChat(student.socket, { channel: publicChannel, body }, ackTimeoutMs);
    expect(null);
    record("public", sent, outcome, student, ackTimeoutMs);
  } else if (roll < 0.7) {
    const groups = game.groupsOf.get(stateId) ?? [publicChannel];
    const channel = groups[Math.floor(random() * groups.length)]!;
    expect(game.members.get(channel) ?? null);
    record(
      "group",
      sent,
      sendChat(student.socket, { channel, body }, ackTimeoutMs),
      student,
      ackTimeoutMs,
    );
  } else {
    const outcome = act(student.socket, { action: cheapAction(random) }, ackTimeoutMs);
    record("act", sent, outcome, student, ackTimeoutMs);
  }
}

const games: LiveGame[] = [];
let setupMessage: Extract<ToWorker, { type: "setup" }> | undefined;

async function onSetup(message: Extract<ToWorker, { type: "setup" }>) {
  setupMessage = message;
  const started = performance.now();
  const results = await Promise.all(
    message.games.map((setup) => setUpGame(setup, message.students, message.ackTimeoutMs)),
  );
  for (const { game } of results) games.push(game);
  send({
    type: "ready",
    joinMs: results.flatMap((r) => r.joinMs),
    setupSeconds: (performance.now() - started) / 1000,
  });
}

async function onGo(message: Extract<ToWorker, { type: "go" }>) {
  const setup = setupMessage!;
  window = { start: message.measureStart, end: message.measureEnd };
  const random = mulberry32(setup.seed);
  const students = games.flatMap((g) => g.students);
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  const sum = () =>
    students.reduce(
      (t, s) => ({
        chat: t.chat + s.counter.chat,
        other: t.other + s.counter.other,
        acks: t.acks + s.counter.acks,
        otherEvents: t.otherEvents + s.counter.otherEvents,
      }),
      newByteCounter(),
    );
  let bytesAtStart = newByteCounter();
  let cpuAtStart = process.cpuUsage();
  const measureStarted = new Promise<void>((resolve) =>
    setTimeout(
      () => {
        delay.reset();
        bytesAtStart = sum();
        cpuAtStart = process.cpuUsage();
        resolve();
      },
      Math.max(0, message.measureStart - now()),
    ),
  );
  for (const student of students) {
    const loop = () => {
      const wait = -Math.log(1 - random()) * setup.intervalMs;
      setTimeout(() => {
        if (now() >= message.measureEnd) return;
        issue(student, random, setup.ackTimeoutMs);
        loop();
      }, wait);
    };
    loop();
  }
  await measureStarted;
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, message.measureEnd - now())));
  const bytesAtEnd = sum();
  const cpu = process.cpuUsage(cpuAtStart);
  delay.disable();
  const loopDelay = {
    p50: delay.percentile(50) / 1e6,
    p99: delay.percentile(99) / 1e6,
    max: delay.max / 1e6,
    mean: delay.mean / 1e6,
  };
  // Drain: wait for the acknowledgements still outstanding (each has its own timeout).
  const drainUntil = now() + setup.ackTimeoutMs + 1000;
  while (students.some((s) => s.inFlight > 0) && now() < drainUntil)
    await new Promise((resolve) => setTimeout(resolve, 100));
  // Then the deliveries still on their way (in a cluster a message is acknowledged by its
  // game's owner before Redis hands it to the others): at most 5 s more, so a lost one shows.
  const deliveriesUntil = now() + 5_000;
  while (fanout.length < counts.deliveriesExpected && now() < deliveriesUntil)
    await new Promise((resolve) => setTimeout(resolve, 100));
  const result: WorkerResult = {
    type: "result",
    students: students.length,
    ackMs,
    fanoutMs: fanout,
    refusals,
    counts,
    bytes: {
      chat: bytesAtEnd.chat - bytesAtStart.chat,
      other: bytesAtEnd.other - bytesAtStart.other,
      acks: bytesAtEnd.acks - bytesAtStart.acks,
      otherEvents: bytesAtEnd.otherEvents - bytesAtStart.otherEvents,
    },
    loopDelayMs: loopDelay,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
  };
  send(result);
}

process.on("message", (message: ToWorker) => {
  const fail = (error: unknown) => {
    send({
      type: "error",
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  };
  if (message.type === "setup") onSetup(message).catch(fail);
  else if (message.type === "go") onGo(message).catch(fail);
  else if (message.type === "close") {
    for (const socket of sockets) socket.close();
    setTimeout(() => process.exit(0), 200);
  }
});
// The parent going away ends this process too (no orphaned load generators).
process.on("disconnect", () => process.exit(0));
