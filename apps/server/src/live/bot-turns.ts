// When bots act, and what they do. A bot takes one turn per phase (negotiation, orders):
// at the phase's start, or when it takes over a seat mid-phase (a stand-in); its turn is
// remembered (and folded back from the log after a restart), so nothing re-runs it. Between
// turns a bot only answers proposals and demands addressed to it.
import { botPolicies, isBotPolicy, viewFor, type GameState } from "@threatscape/engine";
import { botTurnKey } from "./room-log.ts";

const ANSWERS = new Set(["accept-treaty", "reject-treaty", "accept-demand", "refuse-demand"]);
const TURN_PHASES = new Set(["negotiation", "orders"]);

export interface BotMove {
  stateId: string;
  policy: string;
  action: unknown;
}

export class BotTurns {
  constructor(
    private readonly seed: string,
    /** `round:phase:stateId` of turns taken; shared with the folded log. */
    private readonly taken: Set<string>,
  ) {}

  /** Bots that have not taken their turn in this phase, in state order. */
  due(state: GameState): string[] {
    if (!TURN_PHASES.has(state.phase)) return [];
    return Object.keys(state.bots)
      .sort()
      .filter(
        (stateId) =>
          !this.taken.has(botTurnKey(state, stateId)) && isBotPolicy(state.bots[stateId]!),
      );
  }

  /**
   * Marks the turns of `stateIds` taken (after the room logged them: a turn is taken once,
   * whatever the engine then accepts) and returns their moves on the state as it is now.
   */
  take(state: GameState, stateIds: readonly string[]): BotMove[] {
    const moves: BotMove[] = [];
    for (const stateId of stateIds) {
      this.taken.add(botTurnKey(state, stateId));
      const policy = state.bots[stateId]!;
      if (!isBotPolicy(policy)) continue;
      const view = viewFor(state, { kind: "state", stateId });
      for (const action of botPolicies[policy](view, { seed: this.seed }))
        moves.push({ stateId, policy, action });
    }
    return moves;
  }

  /** Answers of the bots among `stateIds` to what is addressed to them (no new initiatives). */
  answers(state: GameState, stateIds: readonly string[]): BotMove[] {
    if (!TURN_PHASES.has(state.phase)) return [];
    const moves: BotMove[] = [];
    for (const stateId of [...new Set(stateIds)].sort()) {
      const policy = state.bots[stateId];
      if (!policy || !isBotPolicy(policy)) continue;
      for (const action of botPolicies[policy](viewFor(state, { kind: "state", stateId }), {
        seed: this.seed,
      }))
        if (ANSWERS.has((action as { type: string }).type)) moves.push({ stateId, policy, action });
    }
    return moves;
  }

  /** States a state action addresses (treaty members, demand target), for `answers`. */
  static addressed(action: Record<string, unknown>): string[] {
    const terms = action.terms as { members?: unknown } | undefined;
    const members = Array.isArray(terms?.members)
      ? terms.members.filter((m): m is string => typeof m === "string")
      : [];
    if (action.type === "demand" && typeof action.target === "string") return [action.target];
    return action.type === "propose-treaty" || action.type === "amend-treaty" ? members : [];
  }
}

/** Commits bot moves in order; a move the engine refuses is logged at debug and skipped. */
export async function playMoves(
  room: {
    id: string;
    deps: { logger: { debug(obj: object, msg: string): void } };
    commitAction(action: unknown, actor: string): Promise<{ ok: boolean; error?: unknown }>;
  },
  moves: BotMove[],
): Promise<void> {
  for (const move of moves) {
    const result = await room.commitAction(move.action, `bot:${move.policy}`);
    if (!result.ok)
      room.deps.logger.debug(
        { gameId: room.id, ...move, error: result.error },
        "bot action refused",
      );
  }
}
