// Refusals that reveal nothing. The engine checks an action against the whole game, so its
// refusal can name things the actor may not see ("demand D4 is addressed to RUS", "not a
// member of" a secret treaty). A refused student action is therefore checked again against
// the game as that state sees it (the engine's own viewFor decides what that is): the answer
// is exactly the one it would get if the hidden things did not exist.
import { applyAction, viewFor, type GameState } from "@threatscape/engine";
import { ErrorCode, type Ack } from "@threatscape/protocol";
import { failure } from "./acks.ts";

/** The game with every treaty, proposal and demand `stateId` may not see removed. */
export function asSeenBy(state: GameState, stateId: string): GameState {
  const view = viewFor(state, { kind: "state", stateId });
  const only = <T>(all: Record<string, T>, seen: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(all).filter(([id]) => id in seen));
  return {
    ...state,
    treaties: only(state.treaties, view.treaties),
    proposals: only(state.proposals, view.proposals),
    demands: only(state.demands, view.demands),
  };
}

/** The refusal `stateId` may be told for `action`, which the engine refused on `state`. */
export function refusalFor(
  state: GameState,
  stateId: string,
  action: unknown,
  refusal: Ack<never>,
): Ack<never> {
  // An engine crash's message may name internals: the student hears only that it failed.
  if (!refusal.ok && refusal.error.reason === "INTERNAL")
    return failure(ErrorCode.internal, "the server could not apply this action; nothing changed");
  const seen = applyAction(asSeenBy(state, stateId), action);
  if (seen.ok) return refusal;
  return failure(ErrorCode.ruleViolation, seen.error.message, { reason: seen.error.code });
}

/** Why an unseated student cannot act: before the start they pick; after it, the instructor seats. */
export const noStateYet = (status: string): string =>
  status === "lobby"
    ? "pick a state before acting"
    : "no state yet: ask the instructor to seat you";
