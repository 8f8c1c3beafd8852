// Classroom clients for the cluster fault test: real socket.io-client connections through
// the proxy (`?game=<join code>`, as the web client), which reconnect like a browser and
// come back to their seat (session recovery, or resume by rejoin token), sending at pace.
import { ClientEvent, ServerEvent } from "@threatscape/protocol";
import { io, type Socket } from "socket.io-client";
import { cheapAction, publicChannel, type CreatedSession } from "./pace-adapter.ts";

type Ack = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };

export interface Sent {
  kind: "chat" | "act";
  gameId: string;
  actor: string;
  body: string;
  ackedAt: number;
}

const request = (socket: Socket, event: string, payload: unknown, timeoutMs = 8_000) =>
  socket
    .timeout(timeoutMs)
    .emitWithAck(event, payload)
    .then(
      (ack: Ack) => ack,
      () => ({ ok: false, error: { code: "TIMEOUT", message: "no ack" } }) as Ack,
    );

function connect(base: string, joinCode: string): Socket {
  return io(base, {
    query: { game: joinCode },
    transports: ["websocket"],
    forceNew: true,
    reconnectionDelay: 100,
    reconnectionDelayMax: 1_000,
  });
}

/** One seat: joins once, then after every non-recovered reconnect resumes by token. */
export class Seat {
  readonly socket: Socket;
  token = "";
  participantId = "";
  seated = false;
  /** When the seat was last lost and regained (ms since the epoch). */
  lostAt = 0;
  backAt = 0;
  lastError = "";
  /** When true the seat is a projector-less instructor console: it attaches instead. */
  constructor(
    base: string,
    readonly game: CreatedSession,
    readonly name: string,
    readonly instructor = false,
  ) {
    this.socket = connect(base, game.joinCode);
    this.socket.on("disconnect", () => {
      if (this.seated) this.lostAt = Date.now();
      this.seated = false;
    });
    this.socket.on("connect", () => {
      if (!this.token && !this.instructor) return;
      if (this.socket.recovered) return this.back();
      void this.enter();
    });
  }

  private back() {
    this.seated = true;
    this.backAt = Date.now();
  }

  /** Binds the connection to the seat (join the first time; resume or attach after). */
  async enter(stateId?: string): Promise<void> {
    for (let attempt = 0; attempt < 40 && this.socket.connected; attempt++) {
      const ack = this.instructor
        ? await request(this.socket, ClientEvent.attachInstructor, {
            gameId: this.game.gameId,
            instructorSecret: this.game.instructorSecret,
          })
        : this.token
          ? await request(this.socket, ClientEvent.resume, { rejoinToken: this.token })
          : await request(this.socket, ClientEvent.join, {
              joinCode: this.game.joinCode,
              displayName: this.name,
              stateId,
            });
      if (ack.ok) {
        if (!this.instructor && !this.token) {
          const joined = ack.data as { rejoinToken: string; participantId: string };
          this.token = joined.rejoinToken;
          this.participantId = joined.participantId;
        }
        return this.back();
      }
      this.lastError = `${ack.error.code} ${ack.error.message}`;
      if (ack.error.code !== "UNAVAILABLE" && ack.error.code !== "TIMEOUT")
        throw new Error(`${this.name}: ${ack.error.code} ${ack.error.message}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  async connected(): Promise<void> {
    if (this.socket.connected) return;
    await new Promise<void>((resolve) => this.socket.once("connect", () => resolve()));
  }

  /** One classroom request (a public message or a game action); the ack if positive. */
  async send(random: () => number): Promise<Sent | null> {
    if (!this.seated) return null;
    const chat = random() < 0.6;
    const body = `${this.name} ${Date.now()} ${Math.floor(random() * 1e9)}`;
    const ack = chat
      ? await request(this.socket, ClientEvent.sendMessage, { channel: publicChannel, body })
      : await request(this.socket, ClientEvent.act, { action: cheapAction(random) });
    if (!ack.ok) return null;
    const kind = chat ? "chat" : "act";
    return { kind, gameId: this.game.gameId, actor: this.participantId, body, ackedAt: Date.now() };
  }

  /** The instructor's full snapshot now (timing included). */
  async timing(): Promise<{ phase: string; deadline: number | null }> {
    const ack = await request(this.socket, ClientEvent.sync, {});
    if (!ack.ok) throw new Error(`sync refused: ${ack.error.code}`);
    return (ack.data as { timing: { phase: string; deadline: number | null } }).timing;
  }

  command(command: Record<string, unknown>) {
    return request(this.socket, ClientEvent.command, command);
  }

  close() {
    this.socket.close();
  }
}

export const snapshotEvent = ServerEvent.snapshot;
