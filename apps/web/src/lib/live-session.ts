"use client";
// One live connection to a game, for a student (resume by the token the join page stored;
// joining and reclaiming a seat go through the HTTP seat desk, app/join/[code]), the instructor
// (attach with the secret) or a projector (watch by code). Holds everything the server
// pushes (the snapshot kept current from deltas, the scenario, chat, the dashboard) and
// exposes the requests a page can make; each resolves to the server's acknowledgement
// (never throws), typed from the protocol's ClientToServerEvents.
import { ClientEvent, ServerEvent, request as sendRequest } from "@threatscape/protocol/browser";
import type {
  Ack,
  ChatHistory,
  ChatMessage,
  ClientToServerEvents,
  Dashboard,
  GameSnapshot,
  InstructorCommandInput,
  Joined,
  Kicked,
  LiveScenario,
  RequestEvent,
  RequestPayload,
  RequestReply,
  ServerToClientEvents,
  StateActionInput,
} from "@threatscape/protocol";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { io, type Socket } from "socket.io-client";
import { emptyChatLog, withChannel, withHistory, withMessage, type ChatLog } from "./chat-log";
import { hostStorage, seatStorage } from "./seat-storage";
import { SnapshotFeed } from "./snapshot-feed";

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
  /** Why the last resume/attach/watch failed (shown to the user). */
  accessError: string | null;
  snapshot: GameSnapshot | null;
  scenario: LiveScenario | null;
  channels: ChatHistory["channels"];
  messages: ChatMessage[];
  dashboard: Dashboard | null;
  kicked: string | null;
  /** Why: BANNED (forget the seat), UNSEATED (may join again) or REPLACED (opened elsewhere). */
  kickedCode: Kicked["code"] | null;
  /** Server clock minus this browser's clock (ms), measured on every snapshot and delta. */
  clockOffsetMs: number;
  pickState(stateId: string | null): Promise<Ack<RequestReply<"lobby:pick-state">>>;
  act(action: StateActionInput): Promise<Ack<RequestReply<"game:act">>>;
  send(channel: string, body: string): Promise<Ack<RequestReply<"chat:send">>>;
  createGroup(name: string, members: string[]): Promise<Ack<RequestReply<"chat:create-group">>>;
  command(command: InstructorCommandInput): Promise<Ack<RequestReply<"instructor:command">>>;
}

const offline = (message: string) => ({ ok: false as const, error: { code: "OFFLINE", message } });

export function useLiveSession(target: LiveSessionTarget): LiveSession {
  const socketRef = useRef<LiveSocket | null>(null);
  const [connection, setConnection] = useState<Connection>("connecting");
  const [joined, setJoined] = useState<Joined | null>(null);
  const [accessError, setAccessError] = useState<string | null>(null);
  const [live, setLive] = useState<{ snapshot: GameSnapshot; clockOffsetMs: number } | null>(null);
  const [scenario, setScenario] = useState<LiveScenario | null>(null);
  const [chat, setChat] = useState<ChatLog>(emptyChatLog);
  const [dashboard, setDashboard] = useState<Dashboard | null>(null);
  const [kickedBy, setKicked] = useState<Kicked | null>(null);
  const key =
    target.role === "instructor" ? `i:${target.gameId}` : `${target.role}:${target.joinCode}`;
  const targetRef = useRef(target);
  targetRef.current = target;

  const request = useCallback(
    async <E extends RequestEvent>(
      event: E,
      payload: RequestPayload<E>,
    ): Promise<Ack<RequestReply<E>>> => {
      const socket = socketRef.current;
      if (!socket?.connected)
        return offline(
          "not sent: the connection to the classroom server is down; send it again once it is back",
        );
      return sendRequest(socket, event, payload, 15_000);
    },
    [],
  );

  /** (Re)binds this connection to its seat or host role: on connect and after every reconnect. */
  const bind = useCallback(async () => {
    const current = targetRef.current;
    if (current.role === "screen") {
      const ack = await request(ClientEvent.watch, { joinCode: current.joinCode });
      setAccessError(ack.ok ? null : ack.error.message);
      return;
    }
    if (current.role === "student") {
      const stored = seatStorage.get(current.joinCode);
      if (!stored) return;
      const ack = await request(ClientEvent.resume, { rejoinToken: stored.rejoinToken });
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
    const ack = await request(ClientEvent.attachInstructor, {
      gameId: current.gameId,
      instructorSecret: secret,
    });
    setAccessError(ack.ok ? null : ack.error.message);
  }, [request]);

  useEffect(() => {
    // Socket.IO's default transports: HTTP long-polling first, then an upgrade to WebSocket
    // when the network allows it. A school proxy that refuses WebSocket upgrades (403) leaves
    // the connection on polling instead of failing (a WebSocket-first list never tries it).
    // `game` in the handshake query lets a proxy in front of several server processes route
    // every connection of one game to the same process (apps/server README, Scale-out): the
    // join code, which students, projectors and (once stored) the instructor all know.
    const current = targetRef.current;
    // Exactly as issued (the proxy hashes the raw string): the join code in upper case, or an
    // instructor's game id until the console has stored the join code.
    const game =
      current.role === "instructor"
        ? hostStorage.get(current.gameId)?.joinCode || current.gameId
        : current.joinCode.toUpperCase();
    const socket: LiveSocket = io({
      reconnectionDelayMax: 4000,
      query: { game },
    });
    socketRef.current = socket;
    const feed = new SnapshotFeed(
      () => request(ClientEvent.sync, {}),
      (snapshot, clockOffsetMs) => setLive({ snapshot, clockOffsetMs }),
    );
    socket.on("connect", () => {
      setConnection("connected");
      // A recovered connection keeps its seat on the server, gets missed chat replayed and
      // its current snapshot re-sent; a new one binds again and starts from the snapshot.
      if (socket.recovered) return;
      feed.reset();
      void bind();
    });
    socket.on("disconnect", () => setConnection("reconnecting"));
    socket.io.on("reconnect_failed", () => setConnection("offline"));
    socket.on(ServerEvent.snapshot, (snapshot) => feed.snapshotReceived(snapshot));
    socket.on(ServerEvent.delta, (delta) => feed.deltaReceived(delta));
    socket.on(ServerEvent.scenario, setScenario);
    socket.on(ServerEvent.chatHistory, (history) => setChat((log) => withHistory(log, history)));
    socket.on(ServerEvent.message, (message) => setChat((log) => withMessage(log, message)));
    socket.on(ServerEvent.channel, (channel) => setChat((log) => withChannel(log, channel)));
    socket.on(ServerEvent.dashboard, setDashboard);
    socket.on(ServerEvent.kicked, setKicked);
    const ticker = window.setInterval(() => feed.tick(), 1000);
    return () => {
      window.clearInterval(ticker);
      socket.close();
      socketRef.current = null;
    };
  }, [key, bind, request]);

  return useMemo(
    (): LiveSession => ({
      connection,
      joined,
      accessError,
      snapshot: live?.snapshot ?? null,
      scenario,
      channels: chat.channels,
      messages: chat.messages,
      dashboard,
      kicked: kickedBy?.reason ?? null,
      kickedCode: kickedBy?.code ?? null,
      clockOffsetMs: live?.clockOffsetMs ?? 0,
      pickState: (stateId) => request(ClientEvent.pickState, { stateId }),
      act: (action) => request(ClientEvent.act, { action }),
      send: (channel, body) => request(ClientEvent.sendMessage, { channel, body }),
      createGroup: (name, members) => request(ClientEvent.createGroup, { name, members }),
      command: (command) => request(ClientEvent.command, command),
    }),
    [connection, joined, accessError, live, scenario, chat, dashboard, kickedBy, request],
  );
}
