/** Errors are values: every engine entry point returns one of these, never throws. */
export const ErrorCode = {
  InvalidAction: "INVALID_ACTION",
  InvalidScenario: "INVALID_SCENARIO",
  UnknownState: "UNKNOWN_STATE",
  NotAuthorised: "NOT_AUTHORISED",
  WrongPhase: "WRONG_PHASE",
  GameOver: "GAME_OVER",
  UnknownProposal: "UNKNOWN_PROPOSAL",
  UnknownTreaty: "UNKNOWN_TREATY",
  UnknownDemand: "UNKNOWN_DEMAND",
  UnknownCrisis: "UNKNOWN_CRISIS",
  NotAParty: "NOT_A_PARTY",
  AlreadyDone: "ALREADY_DONE",
  TreatyLocked: "TREATY_LOCKED",
  NotAllowed: "NOT_ALLOWED",
  InvalidTarget: "INVALID_TARGET",
  Internal: "INTERNAL",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export type EngineError = { code: ErrorCode; message: string };
export type Result<T> = { ok: true; state: T } | { ok: false; error: EngineError };

export const fail = (code: ErrorCode, message: string): { ok: false; error: EngineError } => ({
  ok: false,
  error: { code, message },
});
