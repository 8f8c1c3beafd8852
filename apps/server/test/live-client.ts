// A real socket.io-client that keeps what the server sent, for tests.
import {
  ClientEvent,
  ServerEvent,
  SnapshotStore,
  request,
  type Ack,
  type ChatHistory,
  type ChatMessage,
  type ClientToServerEvents,
  type Dashboard,
  type GameDelta,
  type GameSnapshot,
  type InstructorCommandInput,
  type LiveScenario,
  type RequestEvent,
  type RequestPayload,
  type RequestReply,
  type ServerToClientEvents,
  type StateActionInput,
} from "@threatscape/protocol";
import { io, type Socket } from "socket.io-client";

export interface LiveClientOptions {
  /** Sent as X-Forwarded-For (counts only where TRUST_PROXY names us). */
  forwardedFor?: string;
  /** Reconnect after a drop, as browsers do (connection-state recovery tests). Default off. */
  reconnection?: boolean;
}

export class LiveClient {
  readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  readonly store = new SnapshotStore();
  /** Every delta received, for tests that count what reached whom. */
  readonly deltas: GameDelta[] = [];
  gaps = 0;
  scenario: LiveScenario | undefined;
  history: ChatHistory | undefined;
  messages: ChatMessage[] = [];
  dashboard: Dashboard | undefined;
  kicked: string | undefined;

  kickedCode: string | undefined;

  constructor(url: string, { forwardedFor, reconnection = false }: LiveClientOptions = {}) {
    this.socket = io(url, {
      transports: ["websocket"],
      forceNew: true,
      reconnection,
      reconnectionDelay: 50,
      ...(forwardedFor ? { extraHeaders: { "x-forwarded-for": forwardedFor } } : {}),
    });
    this.socket.on(ServerEvent.snapshot, (snapshot) => this.store.applySnapshot(snapshot));
    this.socket.on(ServerEvent.delta, (delta) => {
      this.deltas.push(delta);
      if (this.store.applyDelta(delta) !== "gap") return;
      this.gaps += 1;
      void this.request(ClientEvent.sync, {}).then(
        (ack) => ack.ok && this.store.applySnapshot(ack.data),
      );
    });
    this.socket.on(ServerEvent.scenario, (scenario) => (this.scenario = scenario));
    this.socket.on(ServerEvent.chatHistory, (history) => {
      this.history = history;
      this.messages = [...history.messages];
    });
    this.socket.on(ServerEvent.message, (message) => this.messages.push(message));
    this.socket.on(ServerEvent.channel, (channel) => {
      if (this.history)
        this.history = { ...this.history, channels: [...this.history.channels, channel] };
    });
    this.socket.on(ServerEvent.dashboard, (dashboard) => (this.dashboard = dashboard));
    this.socket.on(ServerEvent.kicked, ({ reason, code }) => {
      this.kicked = reason;
      this.kickedCode = code;
    });
  }

  connected(): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.socket.connected) return resolve();
      this.socket.once("connect", () => resolve());
      this.socket.once("connect_error", reject);
    });
  }

  get snapshot(): GameSnapshot | undefined {
    return this.store.snapshot ?? undefined;
  }

  /** Emits an event and returns the server's acknowledgement (typed by the protocol). */
  request<E extends RequestEvent>(
    event: E,
    payload: RequestPayload<E>,
  ): Promise<Ack<RequestReply<E>>> {
    return request(this.socket, event, payload);
  }

  /** Sends anything (for hostile-client tests): the reply is whatever the server acks. */
  raw(event: string, payload: unknown): Promise<Ack<unknown>> {
    return request(this.socket, event as RequestEvent, payload as never) as Promise<Ack<unknown>>;
  }

  async ok<E extends RequestEvent>(event: E, payload: RequestPayload<E>): Promise<RequestReply<E>> {
    const ack = await this.request(event, payload);
    if (!ack.ok) throw new Error(`${event} refused: ${ack.error.code} ${ack.error.message}`);
    return ack.data;
  }

  act(action: StateActionInput) {
    return this.request(ClientEvent.act, { action });
  }

  command(command: InstructorCommandInput) {
    return this.ok(ClientEvent.command, command);
  }

  /** A timing command against the phase this client's snapshot shows. */
  async timing(command: "advance" | "pause" | "resume" | "end") {
    await this.sync();
    return this.command({ command, against: this.phaseKey() });
  }

  /** Catches up: a full snapshot of this client's audience, after every pending change. */
  async sync(): Promise<GameSnapshot> {
    const snapshot = await this.ok(ClientEvent.sync, {});
    this.store.applySnapshot(snapshot);
    return snapshot;
  }

  phaseKey() {
    const timing = this.snapshot!.timing;
    return { round: timing.round, phase: timing.phase };
  }

  /** Waits until the latest snapshot satisfies `predicate`. */
  async until(
    predicate: (snapshot: GameSnapshot) => boolean,
    what = "snapshot",
    timeoutMs = 10_000,
  ): Promise<GameSnapshot> {
    const started = Date.now();
    while (Date.now() - started < timeoutMs) {
      if (this.snapshot && predicate(this.snapshot)) return this.snapshot;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(
      `timed out waiting for ${what}; last: ${JSON.stringify(this.snapshot?.timing)}`,
    );
  }

  /** Waits until the latest dashboard satisfies `predicate` (dashboards are throttled). */
  async untilDashboard(predicate: (dashboard: Dashboard) => boolean, timeoutMs = 5_000) {
    const started = Date.now();
    while (Date.now() - started < timeoutMs) {
      if (this.dashboard && predicate(this.dashboard)) return this.dashboard;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`timed out waiting for the dashboard; last: ${JSON.stringify(this.dashboard)}`);
  }

  async untilMessage(
    predicate: (message: ChatMessage) => boolean,
    timeoutMs = 5_000,
  ): Promise<ChatMessage> {
    const started = Date.now();
    while (Date.now() - started < timeoutMs) {
      const found = this.messages.find(predicate);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error("timed out waiting for a message");
  }

  close(): void {
    this.socket.close();
  }
}
