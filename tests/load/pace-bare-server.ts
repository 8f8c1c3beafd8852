// The baseline of the classroom-pace benchmark: a bare Socket.IO 4.8 server with the real
// server's rooms, events, acknowledgements and broadcast pattern, and nothing else (no
// validation, no database, no game engine, no views). What the real server costs beyond
// this is what its own code costs.
//
// - the same Server options as apps/server (connection-state recovery for 2 minutes)
// - rooms per game: game, state, instructor, participant (the real server's names)
// - `session:join`: joins game + state + participant rooms, sends one state update and a
//   chat history, acks { gameId, participantId, stateId }
// - `instructor:attach`: joins game + instructor rooms, acks; `instructor:command`: acks
// - `chat:create-group`: records the members, acks { channel }, sends a small chat history
//   to the members' state rooms and the instructor
// - `chat:send`: checks membership, acks { messageId }, sends the message to its channel's
//   members only: public -> game room; dm/group -> the members' state rooms + instructor
// - `game:act`: acks { seq }, sends a state update of UPDATE_BYTES (the size of a real
//   student snapshot) to the acting state's room and a small update to the instructor
// - HTTP: /healthz, and sessions.create / sessions.lookup in tRPC's wire form
//
//   PORT=3191 UPDATE_BYTES=20000 tsx pace-bare-server.ts   (pace.ts starts it)
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { Server, type Socket } from "socket.io";
import {
  Wire,
  createSessionPath,
  lookupPath,
  publicChannel,
  type ActPayload,
  type AttachPayload,
  type ChatDelivery,
  type CreateGroupPayload,
  type JoinPayload,
  type SendPayload,
} from "./pace-adapter.ts";

const PORT = Number(process.env.PORT ?? 3191);
const UPDATE_BYTES = Number(process.env.UPDATE_BYTES ?? 20_000);
/** As many playable states as the real benchmark's preset (cold-war-1985 has 20). */
const STATES = (
  process.env.BARE_STATES ??
  "RUS,USA,CHN,IND,JPN,GFR,UKG,FRN,ITA,ROK,POL,TUR,IRN,IRQ,GDR,PRK,EGY,SAU,SYR,ISR"
).split(",");

const rooms = {
  game: (gameId: string) => `game:${gameId}`,
  state: (gameId: string, stateId: string) => `game:${gameId}:state:${stateId}`,
  instructor: (gameId: string) => `game:${gameId}:instructor`,
  participant: (participantId: string) => `participant:${participantId}`,
};

interface Game {
  id: string;
  joinCode: string;
  instructorSecret: string;
  seq: number;
  groups: Map<string, string[]>;
  messages: number;
}
const games = new Map<string, Game>();
const byJoinCode = new Map<string, Game>();
let nextId = 1;

/** A nested object of about `bytes` bytes of JSON, shaped like a view (states, figures). */
function viewOfSize(bytes: number): Record<string, unknown> {
  const states: Record<string, unknown> = {};
  const news: unknown[] = [];
  const view = { round: 1, phase: "negotiation", states, news };
  for (let i = 0; JSON.stringify(view).length < bytes; i++) {
    if (i % 2 === 0)
      states[`S${i}`] = {
        gdp: 1000 + i * 3.25,
        burden: 3.5,
        mob: 0,
        forces: 250.75 + i,
        posture: 0.5,
        treaties: [`T${i}`, `T${i + 1}`],
      };
    else news.push({ round: 1, headline: `Headline number ${i} of the round`, visibleTo: null });
  }
  return view;
}
const view = viewOfSize(UPDATE_BYTES);
const stateUpdate = (game: Game) => ({ gameId: game.id, seq: game.seq, view });

type Reply = (response: unknown) => void;
interface Bound {
  gameId?: string;
  stateId?: string;
  participantId?: string;
  role?: "student" | "instructor";
}

const httpServer = createServer((req, res) => void handleHttp(req, res));
const io = new Server(httpServer, {
  connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: false },
  serveClient: false,
});

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function handleHttp(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (url.pathname === "/healthz") return sendJson(res, 200, { ok: true });
  if (url.pathname === createSessionPath && req.method === "POST") {
    for await (const _chunk of req); // the body (title, preset, phases) changes nothing here
    const id = `g${nextId++}`;
    const game: Game = {
      id,
      joinCode: `J${id.toUpperCase()}`,
      instructorSecret: `secret-${id}`,
      seq: 0,
      groups: new Map(),
      messages: 0,
    };
    games.set(id, game);
    byJoinCode.set(game.joinCode, game);
    const data = {
      ok: true,
      gameId: id,
      joinCode: game.joinCode,
      instructorSecret: game.instructorSecret,
    };
    return sendJson(res, 200, { result: { data: { json: data } } });
  }
  if (url.pathname === lookupPath) {
    const input = JSON.parse(url.searchParams.get("input") ?? "{}") as {
      json?: { joinCode?: string };
    };
    const game = byJoinCode.get(input.json?.joinCode ?? "");
    if (!game)
      return sendJson(res, 404, { error: { json: { message: "no session has this code" } } });
    const states = STATES.map((stateId) => ({
      stateId,
      name: stateId,
      playable: true,
      students: 0,
    }));
    return sendJson(res, 200, { result: { data: { json: { gameId: game.id, states } } } });
  }
  sendJson(res, 404, { error: "not found" });
}

const fail = (code: string, message: string) => ({ ok: false, error: { code, message } });

io.on("connection", (socket: Socket) => {
  const bound: Bound = {};
  socket.emit(Wire.hello, { server: "bare", version: "0", serverTime: Date.now() });
  const on = <P>(event: string, handler: (payload: P, reply: Reply) => void) =>
    socket.on(event, (payload: P, ack: unknown) =>
      handler(payload, typeof ack === "function" ? (ack as Reply) : () => {}),
    );

  on<JoinPayload>(Wire.join, (payload, reply) => {
    const game = byJoinCode.get(payload.joinCode);
    if (!game) return reply(fail("NOT_FOUND", "no session has this code"));
    const participantId = `p${nextId++}`;
    Object.assign(bound, {
      gameId: game.id,
      stateId: payload.stateId,
      participantId,
      role: "student",
    });
    socket.join([
      rooms.game(game.id),
      rooms.participant(participantId),
      rooms.state(game.id, payload.stateId),
    ]);
    socket.emit(Wire.stateUpdate, stateUpdate(game));
    socket.emit(Wire.chatHistory, { channels: [publicChannel], messages: [] });
    reply({
      ok: true,
      data: {
        gameId: game.id,
        participantId,
        rejoinToken: `t${participantId}`,
        stateId: payload.stateId,
        displayName: payload.displayName,
      },
    });
  });

  on<AttachPayload>(Wire.attachInstructor, (payload, reply) => {
    const game = games.get(payload.gameId);
    if (!game || game.instructorSecret !== payload.instructorSecret)
      return reply(fail("UNAUTHORISED", "wrong session or instructor secret"));
    Object.assign(bound, { gameId: game.id, role: "instructor" });
    socket.join([rooms.game(game.id), rooms.instructor(game.id)]);
    socket.emit(Wire.stateUpdate, stateUpdate(game));
    reply({ ok: true, data: { gameId: game.id } });
  });

  on<unknown>(Wire.command, (_payload, reply) => {
    const game = bound.role === "instructor" ? games.get(bound.gameId!) : undefined;
    if (!game) return reply(fail("UNAUTHORISED", "only the instructor can do that"));
    game.seq += 1;
    reply({ ok: true, data: { seq: game.seq } });
  });

  on<CreateGroupPayload>(Wire.createGroup, (payload, reply) => {
    const game = bound.role === "student" ? games.get(bound.gameId!) : undefined;
    if (!game || !bound.stateId) return reply(fail("UNAUTHORISED", "join a session first"));
    const members = [...new Set([bound.stateId, ...payload.members])].sort();
    const channel = `group:${nextId++}`;
    game.groups.set(channel, members);
    io.to([rooms.instructor(game.id), ...members.map((m) => rooms.state(game.id, m))]).emit(
      Wire.chatHistory,
      { channels: [publicChannel, channel], messages: [] },
    );
    reply({ ok: true, data: { channel } });
  });

  on<SendPayload>(Wire.send, (payload, reply) => {
    const game = bound.role === "student" ? games.get(bound.gameId!) : undefined;
    if (!game || !bound.stateId) return reply(fail("UNAUTHORISED", "join a session first"));
    const channel = payload.channel;
    let members: string[] | null = null;
    if (channel.startsWith("dm:")) members = channel.split(":").slice(1);
    else if (channel !== publicChannel) members = game.groups.get(channel) ?? [];
    if (members && !members.includes(bound.stateId))
      return reply(fail("UNAUTHORISED", "you are not a member of this channel"));
    const message: ChatDelivery = {
      id: `m${++game.messages}`,
      channel,
      fromStateId: bound.stateId,
      authorName: "Student",
      body: payload.body,
      round: 1,
      sentAt: Date.now(),
    };
    // As the real server: delivered first, then acknowledged.
    if (!members) io.to(rooms.game(game.id)).emit(Wire.message, message);
    else
      io.to([rooms.instructor(game.id), ...members.map((m) => rooms.state(game.id, m))]).emit(
        Wire.message,
        message,
      );
    reply({ ok: true, data: { messageId: message.id } });
  });

  on<ActPayload>(Wire.act, (_payload, reply) => {
    const game = bound.role === "student" ? games.get(bound.gameId!) : undefined;
    if (!game || !bound.stateId) return reply(fail("UNAUTHORISED", "join a session first"));
    game.seq += 1;
    // As the real server: acknowledged, then the state update (its broadcast is deferred).
    reply({ ok: true, data: { seq: game.seq } });
    io.to(rooms.state(game.id, bound.stateId)).emit(Wire.stateUpdate, stateUpdate(game));
    io.to(rooms.instructor(game.id)).emit(Wire.instructorUpdate, {
      seq: game.seq,
      submitted: {},
      acted: bound.stateId,
    });
  });
});

httpServer.listen(PORT, "127.0.0.1", () =>
  console.log(`bare Socket.IO server on 127.0.0.1:${PORT}`),
);
const stop = () => {
  io.close();
  httpServer.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
