"use client";
// One live connection to a game, for a student (join or resume by token) or the instructor
// (attach with the secret). Holds everything the server pushes and exposes the requests a
// page can make; every request resolves to the server's acknowledgement (never throws).
import {
  ClientEvent,
  ServerEvent,
  type Ack,
  type ChatHistory,
  type ChatMessage,
  type ClientToServerEvents,
  type Dashboard,
  type GameSnapshot,
  type InstructorCommandInput,
  type Joined,
  type ServerToClientEvents,
} from "@threatscape/protocol";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { io, type Socket } from "socket.io-client";
import { hostStorage, seatStorage } from "./seat-storage";

type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export type Connection = "connecting" | "connected" | "reconnecting" | "offline";

export type LiveSessionTarget =
  | { role: "student"; joinCode: string }
  | { role: "instructor"; gameId: string; instructorSecret?: string }
  /** A projector screen: the public view only. */
  | { role: "screen"; joinCode: string };

export interface LiveSession {
  connection: Connection;
  /** Set once the server has accepted this client into the game. */
  joined: Joined | null;
  /** Why the last join/resume/attach failed (shown to the user). */
  accessError: string | null;
  snapshot: GameSnapshot | null;
  scenario: ScenarioLike | null;
  channels: ChatHistory["channels"];
  messages: ChatMessage[];
  dashboard: Dashboard | null;
  kicked: string | null;
  /** Server clock minus this browser's clock (ms), for timers. */
  clockSkewMs: number;
  join(displayName: string, stateId?: string): Promise<Ack<Joined>>;
  pickState(stateId: string | null): Promise<Ack<{ stateId: string | null }>>;
  act(action: Record<string, unknown>): Promise<Ack<{ seq: number }>>;
  send(channel: string, body: string): Promise<Ack<{ messageId: string }>>;
  createGroup(name: string, members: string[]): Promise<Ack<{ channel: string }>>;
  command(command: InstructorCommandInput): Promise<Ack<{ seq: number }>>;
}

/** The parts of a scenario pages read (the full type lives in the engine). */
export interface ScenarioLike {
  id: string;
  name: string;
  year: number;
  era: string;
  summary: string;
  states: {
    id: string;
    name: string;
    playable: boolean;
    isoNumeric?: string;
    capital: { name: string; lat: number; lon: number };
  }[];
  crises: { id: string; round?: number; headline: string; description: string }[];
  rules: { rounds: number; allowForce: boolean; allowTribute: boolean };
  [key: string]: unknown;
}

const offline = (message: string) => ({ ok: false as const, error: { code: "OFFLINE", message } });

export function useLiveSession(target: LiveSessionTarget): LiveSession {
  const socketRef = useRef<LiveSocket | null>(null);
  const [connection, setConnection] = useState<Connection>("connecting");
  const [joined, setJoined] = useState<Joined | null>(null);
  const [accessError, setAccessError] = useState<string | null>(null);
  const [snapshot, setSnapshot] = useState<GameSnapshot | null>(null);
  const [scenario, setScenario] = useState<ScenarioLike | null>(null);
  const [channels, setChannels] = useState<ChatHistory["channels"]>([]);
  const [messages, setMessages] = useState<ChatMessage[]>([]);
  const [dashboard, setDashboard] = useState<Dashboard | null>(null);
  const [kicked, setKicked] = useState<string | null>(null);
  const [clockSkewMs, setClockSkewMs] = useState(0);
  const key =
    target.role === "instructor" ? `i:${target.gameId}` : `${target.role}:${target.joinCode}`;
  const targetRef = useRef(target);
  targetRef.current = target;

  const request = useCallback(async <T>(event: string, payload: unknown): Promise<Ack<T>> => {
    const socket = socketRef.current;
    if (!socket?.connected) return offline("not connected to the classroom server: retrying");
    try {
      return await (
        socket as unknown as {
          timeout(ms: number): { emitWithAck(e: string, p: unknown): Promise<Ack<T>> };
        }
      )
        .timeout(15_000)
        .emitWithAck(event, payload);
    } catch {
      return offline("the server did not answer in time; check your connection and try again");
    }
  }, []);

  /** (Re)binds this connection to its seat or host role: on connect and after every reconnect. */
  const bind = useCallback(async () => {
    const current = targetRef.current;
    if (current.role === "screen") {
      const ack = await request<{ gameId: string }>(ClientEvent.watch, {
        joinCode: current.joinCode,
      });
      setAccessError(ack.ok ? null : ack.error.message);
      return;
    }
    if (current.role === "student") {
      const stored = seatStorage.get(current.joinCode);
      if (!stored) return;
      const ack = await request<Joined>(ClientEvent.resume, { rejoinToken: stored.rejoinToken });
      if (ack.ok) {
        setJoined(ack.data);
        setAccessError(null);
      } else if (ack.error.code === "NOT_FOUND") {
        seatStorage.clear(current.joinCode);
        setJoined(null);
        setAccessError(ack.error.message);
      }
      return;
    }
    const secret = current.instructorSecret ?? hostStorage.get(current.gameId)?.instructorSecret;
    if (!secret) {
      setAccessError("This browser does not hold the instructor secret for this session.");
      return;
    }
    const ack = await request<{ gameId: string }>(ClientEvent.attachInstructor, {
      gameId: current.gameId,
      instructorSecret: secret,
    });
    setAccessError(ack.ok ? null : ack.error.message);
  }, [request]);

  useEffect(() => {
    const socket: LiveSocket = io({
      transports: ["websocket", "polling"],
      reconnectionDelayMax: 4000,
    });
    socketRef.current = socket;
    socket.on("connect", () => {
      setConnection("connected");
      // A recovered connection keeps its seat on the server; a new one binds again.
      if (!socket.recovered) void bind();
    });
    socket.on("disconnect", () => setConnection("reconnecting"));
    socket.io.on("reconnect_failed", () => setConnection("offline"));
    socket.on(ServerEvent.hello, (hello) => setClockSkewMs(hello.serverTime - Date.now()));
    socket.on(ServerEvent.snapshot, setSnapshot);
    socket.on(ServerEvent.scenario, (value) => setScenario(value as ScenarioLike));
    socket.on(ServerEvent.chatHistory, (history) => {
      setChannels(history.channels);
      setMessages(history.messages);
    });
    socket.on(ServerEvent.message, (message) =>
      setMessages((previous) =>
        previous.some((m) => m.id === message.id) ? previous : [...previous, message],
      ),
    );
    socket.on(ServerEvent.dashboard, setDashboard);
    socket.on(ServerEvent.kicked, ({ reason }) => setKicked(reason));
    return () => {
      socket.close();
      socketRef.current = null;
    };
  }, [key, bind]);

  const join = useCallback(
    async (displayName: string, stateId?: string) => {
      const current = targetRef.current;
      if (current.role !== "student") return offline("only students join");
      const ack = await request<Joined>(ClientEvent.join, {
        joinCode: current.joinCode,
        displayName,
        ...(stateId ? { stateId } : {}),
      });
      if (ack.ok) {
        seatStorage.set(current.joinCode, {
          rejoinToken: ack.data.rejoinToken,
          gameId: ack.data.gameId,
          displayName,
        });
        setJoined(ack.data);
        setAccessError(null);
      }
      return ack;
    },
    [request],
  );

  return useMemo(
    () => ({
      connection,
      joined,
      accessError,
      snapshot,
      scenario,
      channels,
      messages,
      dashboard,
      kicked,
      clockSkewMs,
      join,
      pickState: (stateId) => request(ClientEvent.pickState, { stateId }),
      act: (action) => request(ClientEvent.act, { action }),
      send: (channel, body) => request(ClientEvent.sendMessage, { channel, body }),
      createGroup: (name, members) => request(ClientEvent.createGroup, { name, members }),
      command: (command) => request(ClientEvent.command, command),
    }),
    [
      connection,
      joined,
      accessError,
      snapshot,
      scenario,
      channels,
      messages,
      dashboard,
      kicked,
      clockSkewMs,
      join,
      request,
    ],
  );
}
