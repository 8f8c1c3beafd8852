/**
 * Error codes in acknowledgements. When the engine refuses an action the code is
 * `RULE_VIOLATION`, `reason` carries the engine's own code (WRONG_PHASE, NOT_A_PARTY, ...)
 * and `message` says why in words a student understands.
 */
export const ErrorCode = {
  /** The payload did not match the schema; `issues` lists each bad field. */
  badRequest: "BAD_REQUEST",
  /** Not joined, wrong secret, or acting for a state that is not yours. */
  unauthorised: "UNAUTHORISED",
  notFound: "NOT_FOUND",
  rateLimited: "RATE_LIMITED",
  /** The lobby is closed, the game is paused or over, or the seat is taken. */
  conflict: "CONFLICT",
  /** A timing command issued against a round/phase that has since ended. */
  stale: "STALE",
  /** The game is over: no more chat, groups or actions. */
  gameFinished: "GAME_FINISHED",
  /** The engine refused the action (the message says which rule). */
  ruleViolation: "RULE_VIOLATION",
  /** The payload is over the size or nesting limit (see the protocol reference). */
  payloadTooLarge: "PAYLOAD_TOO_LARGE",
  /** No such client event: check the event name. */
  unknownEvent: "UNKNOWN_EVENT",
  /** The game is moving to another server process (scale-out): nothing changed, try again. */
  unavailable: "UNAVAILABLE",
  internal: "INTERNAL",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
