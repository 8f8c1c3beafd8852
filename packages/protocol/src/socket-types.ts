import type { ClientEvent, ServerEvent } from "./events.ts";
import type {
  AckCallback,
  AttachInstructor,
  ChannelInfo,
  ChatHistory,
  ChatMessage,
  CreateGroup,
  Dashboard,
  GameAct,
  GameDelta,
  GameSnapshot,
  LiveScenario,
  InstructorCommandInput,
  Joined,
  JoinSession,
  Kicked,
  PickState,
  ReclaimSeat,
  ResumeSession,
  SendMessage,
  ServerHello,
  SyncRequest,
  WatchSession,
} from "./messages.ts";

/** Typed Socket.IO maps: `Socket<ServerToClientEvents, ClientToServerEvents>` on the client. */
export interface ServerToClientEvents {
  [ServerEvent.hello]: (hello: ServerHello) => void;
  [ServerEvent.scenario]: (scenario: LiveScenario) => void;
  [ServerEvent.snapshot]: (snapshot: GameSnapshot) => void;
  [ServerEvent.delta]: (delta: GameDelta) => void;
  [ServerEvent.chatHistory]: (history: ChatHistory) => void;
  [ServerEvent.channel]: (channel: ChannelInfo) => void;
  [ServerEvent.message]: (message: ChatMessage) => void;
  [ServerEvent.dashboard]: (dashboard: Dashboard) => void;
  [ServerEvent.kicked]: (kicked: Kicked) => void;
}

export interface ClientToServerEvents {
  [ClientEvent.join]: (payload: JoinSession, ack: AckCallback<Joined>) => void;
  [ClientEvent.resume]: (payload: ResumeSession, ack: AckCallback<Joined>) => void;
  [ClientEvent.reclaim]: (payload: ReclaimSeat, ack: AckCallback<Joined>) => void;
  [ClientEvent.attachInstructor]: (
    payload: AttachInstructor,
    ack: AckCallback<{ gameId: string }>,
  ) => void;
  [ClientEvent.pickState]: (
    payload: PickState,
    ack: AckCallback<{ stateId: string | null }>,
  ) => void;
  [ClientEvent.act]: (payload: GameAct, ack: AckCallback<{ accepted: true }>) => void;
  [ClientEvent.sendMessage]: (
    payload: SendMessage,
    ack: AckCallback<{ messageId: string }>,
  ) => void;
  [ClientEvent.createGroup]: (payload: CreateGroup, ack: AckCallback<{ channel: string }>) => void;
  [ClientEvent.command]: (
    payload: InstructorCommandInput,
    ack: AckCallback<{ seq: number } | null>,
  ) => void;
  [ClientEvent.watch]: (payload: WatchSession, ack: AckCallback<{ gameId: string }>) => void;
  [ClientEvent.sync]: (payload: SyncRequest, ack: AckCallback<GameSnapshot>) => void;
}
