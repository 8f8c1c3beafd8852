// The ONE place where the classroom-pace benchmark knows the server's wire protocol: event
// names, payload shapes and the two tRPC calls it needs. The load client (pace-worker.ts),
// the orchestrator (pace.ts) and the bare Socket.IO server (pace-bare-server.ts) all go
// through this module, so a protocol change is one edit here.
//
// What the benchmark depends on, and nothing else:
//   - `session:join` / ack (join code, display name, stateId)
//   - `instructor:attach` / ack, `instructor:command` { command: "start" } / ack
//   - `chat:create-group` / ack (channel), `chat:send` / ack, the `chat:message` server event
//   - `game:act` / ack
// Every other server event (snapshots, deltas, dashboards, histories, ...) is never parsed:
// the client's decoder only counts its bytes (see CountingDecoder).
import { ClientEvent, ServerEvent } from "@threatscape/protocol";
import { io, type Socket } from "socket.io-client";

export const Wire = {
  join: ClientEvent.join,
  attachInstructor: ClientEvent.attachInstructor,
  command: ClientEvent.command,
  send: ClientEvent.sendMessage,
  createGroup: ClientEvent.createGroup,
  act: ClientEvent.act,
  /** The one server event the load client parses: a chat message delivered to a recipient. */
  message: ServerEvent.message,
  /** Server events the bare server imitates (the real server's names, counted not parsed). */
  hello: ServerEvent.hello,
  stateUpdate: ServerEvent.snapshot,
  instructorUpdate: ServerEvent.dashboard,
  chatHistory: ServerEvent.chatHistory,
} as const;

// ---------- payload shapes ----------

export interface JoinPayload {
  joinCode: string;
  displayName: string;
  stateId: string;
}
export interface JoinedData {
  gameId: string;
  participantId: string;
  stateId: string | null;
}
export interface AttachPayload {
  gameId: string;
  instructorSecret: string;
}
export interface SendPayload {
  channel: string;
  body: string;
}
export interface CreateGroupPayload {
  name: string;
  members: string[];
}
/** A chat message as delivered by the `message` event (only `channel` and `body` are read). */
export interface ChatDelivery {
  id: string;
  channel: string;
  fromStateId: string | null;
  authorName: string;
  body: string;
  round: number;
  sentAt: number;
}
export interface ActPayload {
  action: { type: string; [field: string]: unknown };
}
export type AckError = { code: string; message: string; reason?: string };
export type Ack<T> = { ok: true; data: T } | { ok: false; error: AckError };

export const publicChannel = "public";
/** `dm:AAA:BBB` with the two state ids sorted (the protocol's `directChannel`). */
export const directChannel = (a: string, b: string) => `dm:${[a, b].sort().join(":")}`;

/**
 * A cheap game action valid in both the negotiation and the orders phase (orders may be
 * queued during negotiation; the engine accepts set-posture and set-burden in both).
 */
export function cheapAction(random: () => number): ActPayload["action"] {
  return random() < 0.5
    ? { type: "set-posture", posture: Math.round(random() * 100) / 100 }
    : { type: "set-burden", burden: Math.round((1 + random() * 9) * 10) / 10 };
}

/** A refusal as one label: `CODE` or `CODE/REASON` (RULE_VIOLATION carries the engine's code). */
export const refusalLabel = (error: AckError) =>
  error.reason ? `${error.code}/${error.reason}` : error.code;

// ---------- tRPC (HTTP): creating sessions, listing their playable states ----------

export interface CreatedSession {
  gameId: string;
  joinCode: string;
  instructorSecret: string;
}

export const createSessionPath = "/trpc/sessions.create";
export const lookupPath = "/trpc/sessions.lookup";

/** superjson's wire form for plain JSON values: `{ json: value }`. */
async function trpcResult<T>(response: Response, what: string): Promise<T> {
  const body = (await response.json()) as { result?: { data: { json: T } }; error?: unknown };
  if (!body.result) throw new Error(`${what} failed: ${JSON.stringify(body.error)}`);
  return body.result.data.json;
}

export async function createSession(
  base: string,
  title: string,
  seed: number,
  /** Phase lengths in seconds (default: long, so a run stays in the negotiation phase). */
  phaseSeconds: Record<"negotiation" | "orders" | "news", number> = {
    negotiation: 3600,
    orders: 3600,
    news: 600,
  },
): Promise<CreatedSession> {
  const response = await fetch(`${base}${createSessionPath}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      json: {
        title,
        presetId: "cold-war-1985",
        seed,
        phaseSeconds,
      },
    }),
  });
  const created = await trpcResult<CreatedSession & { ok?: boolean; message?: string }>(
    response,
    "sessions.create",
  );
  if (created.ok === false) throw new Error(`sessions.create refused: ${created.message}`);
  return {
    gameId: created.gameId,
    joinCode: created.joinCode,
    instructorSecret: created.instructorSecret,
  };
}

/** The game's playable state ids (the seats students are spread over). */
export async function playableStates(base: string, joinCode: string): Promise<string[]> {
  const input = encodeURIComponent(JSON.stringify({ json: { joinCode } }));
  const response = await fetch(`${base}${lookupPath}?input=${input}`);
  const summary = await trpcResult<{ states: { stateId: string; playable: boolean }[] }>(
    response,
    "sessions.lookup",
  );
  return summary.states.filter((s) => s.playable).map((s) => s.stateId);
}

// ---------- the client side of Socket.IO ----------

/** Bytes received on one connection, by kind (a counter, read at the window's edges). */
export interface ByteCounter {
  chat: number;
  other: number;
  acks: number;
  otherEvents: number;
}
export const newByteCounter = (): ByteCounter => ({ chat: 0, other: 0, acks: 0, otherEvents: 0 });

const EVENT = 2;
const ACK = 3;
const PARSED_EVENTS = new Set<string>([Wire.message]);

interface Packet {
  type: number;
  nsp: string;
  id?: number;
  data?: unknown;
}

/**
 * A Socket.IO v5 packet decoder (text packets; this protocol sends no binary) that parses
 * connection packets, acknowledgements and chat messages, and for every other event reads
 * only the event name and counts the bytes: snapshots or deltas of 20 KB each would cost
 * the load generator more CPU to JSON.parse than the server spends sending them.
 * The skipped event is delivered to listeners with its size in bytes as the only argument.
 */
class CountingDecoder {
  private listener: ((packet: Packet) => void) | undefined;
  constructor(private readonly counter: ByteCounter) {}

  on(event: string, listener: (packet: Packet) => void) {
    if (event === "decoded") this.listener = listener;
    return this;
  }
  off() {
    this.listener = undefined;
    return this;
  }
  destroy() {}

  add(chunk: unknown) {
    if (typeof chunk !== "string") throw new Error("binary packets are not used by this protocol");
    const bytes = Buffer.byteLength(chunk);
    const type = chunk.charCodeAt(0) - 48;
    let i = 1;
    let nsp = "/";
    if (chunk[i] === "/") {
      const comma = chunk.indexOf(",", i);
      nsp = chunk.slice(i, comma === -1 ? chunk.length : comma);
      i = comma === -1 ? chunk.length : comma + 1;
    }
    let id: number | undefined;
    const idStart = i;
    while (i < chunk.length && chunk.charCodeAt(i) >= 48 && chunk.charCodeAt(i) <= 57) i++;
    if (i > idStart) id = Number(chunk.slice(idStart, i));
    const packet: Packet = { type, nsp, ...(id !== undefined ? { id } : {}) };
    if (type === EVENT && chunk.startsWith('["', i)) {
      const nameEnd = chunk.indexOf('"', i + 2);
      const name = chunk.slice(i + 2, nameEnd);
      if (!PARSED_EVENTS.has(name)) {
        this.counter.other += bytes;
        this.counter.otherEvents += 1;
        this.listener?.({ ...packet, data: [name, bytes] });
        return;
      }
      this.counter.chat += bytes;
    } else if (type === ACK) {
      this.counter.acks += bytes;
    }
    if (i < chunk.length) packet.data = JSON.parse(chunk.slice(i));
    this.listener?.(packet);
  }
}

class Encoder {
  encode(packet: Packet): string[] {
    let out = String(packet.type);
    if (packet.nsp && packet.nsp !== "/") out += `${packet.nsp},`;
    if (packet.id !== undefined && packet.id !== null) out += packet.id;
    if (packet.data !== undefined) out += JSON.stringify(packet.data);
    return [out];
  }
}

export type Client = Socket;

/**
 * One real Socket.IO connection (websocket) whose received bytes go to `counter`; `game` (the
 * join code) goes in the handshake query, as the web client sends it (a proxy routes on it).
 */
export function connect(
  base: string,
  counter: ByteCounter,
  timeoutMs = 30_000,
  game?: string,
): Promise<Client> {
  return new Promise((resolve, reject) => {
    const socket = io(base, {
      ...(game ? { query: { game } } : {}),
      transports: ["websocket"],
      forceNew: true,
      reconnection: false,
      timeout: timeoutMs,
      parser: {
        Encoder,
        Decoder: class extends CountingDecoder {
          constructor() {
            super(counter);
          }
        },
      },
    });
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", (error) => {
      socket.close();
      reject(error);
    });
  });
}

async function request<T>(socket: Client, event: string, payload: unknown, timeoutMs: number) {
  return (await socket.timeout(timeoutMs).emitWithAck(event, payload)) as Ack<T>;
}

export const join = (socket: Client, payload: JoinPayload, timeoutMs: number) =>
  request<JoinedData>(socket, Wire.join, payload, timeoutMs);
export const attachInstructor = (socket: Client, payload: AttachPayload, timeoutMs: number) =>
  request<unknown>(socket, Wire.attachInstructor, payload, timeoutMs);
export const startGame = (socket: Client, timeoutMs: number) =>
  request<unknown>(socket, Wire.command, { command: "start" }, timeoutMs);
export const createGroup = (socket: Client, payload: CreateGroupPayload, timeoutMs: number) =>
  request<{ channel: string }>(socket, Wire.createGroup, payload, timeoutMs);
export const sendChat = (socket: Client, payload: SendPayload, timeoutMs: number) =>
  request<unknown>(socket, Wire.send, payload, timeoutMs);
export const act = (socket: Client, payload: ActPayload, timeoutMs: number) =>
  request<unknown>(socket, Wire.act, payload, timeoutMs);

/** Calls `listener` with the channel and body of every chat message this socket receives. */
export function onChat(socket: Client, listener: (channel: string, body: string) => void) {
  socket.on(Wire.message, (message: ChatDelivery) => listener(message.channel, message.body));
}
