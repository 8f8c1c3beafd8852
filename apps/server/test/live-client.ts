// A real socket.io-client that keeps what the server sent, for tests.
import {
  ClientEvent,
  ServerEvent,
  type Ack,
  type ChatHistory,
  type ChatMessage,
  type ClientToServerEvents,
  type Dashboard,
  type GameSnapshot,
  type ServerToClientEvents,
} from "@threatscape/protocol";
import { io, type Socket } from "socket.io-client";

export class LiveClient {
  readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  snapshot: GameSnapshot | undefined;
  scenario: unknown;
  history: ChatHistory | undefined;
  messages: ChatMessage[] = [];
  dashboard: Dashboard | undefined;
  kicked: string | undefined;

  constructor(url: string) {
    this.socket = io(url, { transports: ["websocket"], forceNew: true, reconnection: false });
    this.socket.on(ServerEvent.snapshot, (snapshot) => (this.snapshot = snapshot));
    this.socket.on(ServerEvent.scenario, (scenario) => (this.scenario = scenario));
    this.socket.on(ServerEvent.chatHistory, (history) => {
      this.history = history;
      this.messages = [...history.messages];
    });
    this.socket.on(ServerEvent.message, (message) => this.messages.push(message));
    this.socket.on(ServerEvent.dashboard, (dashboard) => (this.dashboard = dashboard));
    this.socket.on(ServerEvent.kicked, ({ reason }) => (this.kicked = reason));
  }

  connected(): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.socket.connected) return resolve();
      this.socket.once("connect", () => resolve());
      this.socket.once("connect_error", reject);
    });
  }

  /** Emits an event and returns the server's acknowledgement. */
  request<T = unknown>(event: string, payload: unknown): Promise<Ack<T>> {
    return (
      this.socket as unknown as { emitWithAck(e: string, p: unknown): Promise<Ack<T>> }
    ).emitWithAck(event, payload);
  }

  async ok<T = unknown>(event: string, payload: unknown): Promise<T> {
    const ack = await this.request<T>(event, payload);
    if (!ack.ok) throw new Error(`${event} refused: ${ack.error.code} ${ack.error.message}`);
    return ack.data;
  }

  act(action: Record<string, unknown>) {
    return this.request<{ seq: number }>(ClientEvent.act, { action });
  }

  command(command: Record<string, unknown>) {
    return this.ok<{ seq: number }>(ClientEvent.command, command);
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
