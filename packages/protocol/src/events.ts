/** Client-to-server events. Every one takes a payload and an acknowledgement callback. */
export const ClientEvent = {
  /** Student: join a session with its code and a display name (no account). */
  join: "session:join",
  /** Student: get the same seat back with a rejoin token (refresh, sleep, new tab). */
  resume: "session:resume",
  /** Instructor: attach this connection to a game with the instructor secret. */
  attachInstructor: "instructor:attach",
  /** Student, in the lobby: pick a state (or null to stand aside). */
  pickState: "lobby:pick-state",
  /** Student: an action of the state's (treaties, demands, orders, ...), checked by the engine. */
  act: "game:act",
  /** Anyone seated: send a message to a channel the sender belongs to. */
  sendMessage: "chat:send",
  /** Student: open a group channel with other states. */
  createGroup: "chat:create-group",
  /** Instructor: lobby and round controls, crises, seats, bots. */
  command: "instructor:command",
  /** Projector screen (or anyone with the code): watch the public view, no seat, no chat. */
  watch: "screen:watch",
  /** Anyone attached: get a full snapshot of one's own view (after a gap in deltas). */
  sync: "game:sync",
} as const;
export type ClientEvent = (typeof ClientEvent)[keyof typeof ClientEvent];

/** Server-to-client events. */
export const ServerEvent = {
  /** Sent once on connection: who the server is, so a client can show it is connected. */
  hello: "system:hello",
  /** The scenario of the game (sent once on join: it does not change during a game). */
  scenario: "game:scenario",
  /** The recipient's full filtered view of the game: on join, resume and `game:sync`. */
  snapshot: "game:snapshot",
  /** What changed in the recipient's view since the version it holds (JSON Patch). */
  delta: "game:delta",
  /** Full message history of every channel the recipient may read (on join and rejoin). */
  chatHistory: "chat:history",
  /** A group channel the recipient may now read (it was opened with the recipient in it). */
  channel: "chat:channel",
  /** One new message in a channel the recipient may read. */
  message: "chat:message",
  /** Instructor only: submissions, message volume, coalitions, connections. */
  dashboard: "dashboard:update",
  /** The recipient was removed from the game by the instructor. */
  kicked: "session:kicked",
} as const;
export type ServerEvent = (typeof ServerEvent)[keyof typeof ServerEvent];
