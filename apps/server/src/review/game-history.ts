// A logged game, read back for replay, grading and exports: the event log folded through
// the engine's own reducer (replay is a fold), with each event placed in its round.
import { createGame, treatyDisplayName, type GameState } from "@threatscape/engine";
import type { LoggedEvent } from "@threatscape/db";
import { audienceOf, foldRoomLog } from "../live/room-log.ts";

export interface TimelineEntry {
  seq: number;
  type: string;
  /** Participant id, "instructor", "timer", "system" or "bot:<policy>". */
  actor: string;
  /** The state that acted (engine actions), if any. */
  stateId: string | null;
  /**
   * Round and phase in which the event happened (before it: a phase's end is in that phase);
   * in the news phase, the round whose results it shows.
   */
  round: number;
  phase: string;
  at: number;
  summary: string;
  /** States the event concerns (actor, targets, treaty members), for highlighting. */
  involves: string[];
  /**
   * The states that may see this entry in their replay; null: everyone. An engine action is
   * seen by its actor, the members of terms it proposes and the state it makes a demand of
   * or breaks off talks with; never by a state it is only directed against, and an order
   * by no one else. Other events follow the room log's audience.
   */
  visibleTo: string[] | null;
  bot: boolean;
}

export interface GameHistory {
  initial: GameState;
  final: GameState;
  timeline: TimelineEntry[];
  /** Bot policy per state during each round (bot stand-ins are flagged on every row). */
  botsByRound: Record<number, Record<string, string>>;
}

type ActionLike = Record<string, unknown> & { type?: string; actor?: string };

const verbs: Record<string, string> = {
  "propose-treaty": "proposed",
  "amend-treaty": "amended",
  "accept-treaty": "ratified",
  "reject-treaty": "rejected",
  "withdraw-proposal": "withdrew",
  "leave-treaty": "gave notice to leave",
  "break-treaty": "broke",
  demand: "made a demand of",
  "accept-demand": "accepted a demand",
  "refuse-demand": "refused a demand",
  "break-off-talks": "broke off talks with",
  "no-change": "kept its policy unchanged",
};

function describeOrder(order: ActionLike): string {
  const target = typeof order.target === "string" ? ` ${order.target}` : "";
  switch (order.type) {
    case "set-burden":
      return `set defence burden to ${order.burden}%`;
    case "set-posture":
      return `set posture to ${order.posture}`;
    case "mobilise":
      return `mobilised (${order.level})`;
    case "threaten":
      return `threatened${target} (${order.kind})`;
    default:
      return `${String(order.type).replace(/-/g, " ")}${target}`;
  }
}

/**
 * A line a grader (or a student's replay) can read. A crisis carries its headline and public
 * description (the scripted one's text from `crises`), never the designer's instructor note.
 */
export function describeAction(
  action: ActionLike,
  crises: readonly { id: string; headline: string; description: string }[] = [],
): string {
  const actor = action.actor === "instructor" ? "Instructor" : String(action.actor ?? "?");
  const type = String(action.type ?? "?");
  const terms = action.terms as
    { kind?: string; name?: string; members?: string[]; directedAgainst?: string[] } | undefined;
  if (terms && (type === "propose-treaty" || type === "amend-treaty")) {
    const against = terms.directedAgainst?.length
      ? ` against ${terms.directedAgainst.join(", ")}`
      : "";
    const members = terms.members ?? [];
    // The name the engine stored and the news shows (the default when none was given).
    const name = treatyDisplayName({ kind: String(terms.kind), name: terms.name, members });
    return `${actor} ${verbs[type]} ${terms.kind} pact "${name}" (${members.join(", ")})${against}`;
  }
  if (type === "submit-orders") {
    const orders = (action.orders as ActionLike[] | undefined) ?? [];
    return orders.length
      ? `${actor} submitted orders: ${orders.map(describeOrder).join("; ")}`
      : `${actor} submitted no orders`;
  }
  if (type === "set-bot") {
    return action.policy
      ? `${String(action.stateId)} handed to the ${String(action.policy)} bot`
      : `${String(action.stateId)} back in human hands`;
  }
  if (type === "advance-phase") return "Phase ended";
  if (type === "release-crisis") {
    const crisis = crises.find((c) => c.id === action.crisisId);
    return crisis
      ? `Crisis released: ${crisis.headline}${crisis.description ? `: ${crisis.description}` : ""}`
      : `Crisis released: ${String(action.crisisId)}`;
  }
  if (type === "ad-hoc-crisis") {
    const description = typeof action.description === "string" ? action.description : "";
    return `Crisis: ${String(action.headline)}${description ? `: ${description}` : ""}`;
  }
  const subject = action.proposalId ?? action.treatyId ?? action.demandId ?? action.target ?? "";
  if (verbs[type]) return `${actor} ${verbs[type]} ${String(subject)}`.trim();
  return `${actor} ${describeOrder(action)}`;
}

/** `before`: the state the action was applied to (whose proposals and treaties it names). */
function seenBy(action: ActionLike, before: GameState): string[] | null {
  const actor = action.actor;
  if (typeof actor !== "string" || actor === "instructor") return null;
  const ids = new Set([actor]);
  // An answer to a proposal (ratify, reject...) is seen by every member, as their views show.
  const proposal =
    typeof action.proposalId === "string" ? before.proposals[action.proposalId] : undefined;
  for (const m of proposal?.terms.members ?? []) ids.add(m);
  // A step on a treaty in force: its members; a treaty that is not secret, everyone.
  const treaty = typeof action.treatyId === "string" ? before.treaties[action.treatyId] : undefined;
  if (treaty && !treaty.secret) return null;
  for (const m of treaty?.members ?? []) ids.add(m);
  const terms = action.terms as { members?: unknown[] } | undefined;
  if (action.type === "propose-treaty" || action.type === "amend-treaty")
    for (const m of terms?.members ?? []) if (typeof m === "string") ids.add(m);
  if (
    (action.type === "demand" || action.type === "break-off-talks") &&
    typeof action.target === "string"
  )
    ids.add(action.target);
  return [...ids].sort();
}

function involvedStates(action: ActionLike): string[] {
  const ids = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === "string" && /^[A-Z][A-Z0-9]{1,5}$/.test(value)) ids.add(value);
  };
  add(action.actor);
  add(action.target);
  add(action.stateId);
  const terms = action.terms as { members?: unknown[]; directedAgainst?: unknown[] } | undefined;
  terms?.members?.forEach(add);
  terms?.directedAgainst?.forEach(add);
  for (const order of (action.orders as ActionLike[] | undefined) ?? []) add(order.target);
  return [...ids].sort();
}

const otherSummaries: Record<string, (payload: Record<string, unknown>) => string> = {
  "lobby:joined": (p) =>
    `${String(p.displayName)} joined${p.stateId ? ` as ${String(p.stateId)}` : ""}`,
  "lobby:seat": (p) => `Seat change: ${String(p.from ?? "none")} → ${String(p.to ?? "none")}`,
  "lobby:kicked": () => "A student was removed",
  "game:started": () => "Game started",
  "game:paused": (p) => `Paused (${String(p.reason)})`,
  "game:resumed": () => "Resumed",
  "game:extended": (p) => `Phase extended by ${String(p.seconds)} s`,
  "game:ended": () => "Game ended by the instructor",
  "game:finished": () => "Game finished",
  "chat:group": (p) =>
    `Group channel "${String(p.name)}" opened (${(p.members as string[]).join(", ")})`,
  "dropout:stand-in": (p) => `${String(p.stateId)} disconnected: a bot stands in`,
  "dropout:returned": (p) => `${String(p.stateId)} back from a dropout`,
  "settings:changed": () => "Settings changed",
  "instructor:reminded": (p) =>
    `Instructor reminded ${(p.states as string[]).join(", ")} to submit orders`,
  "review:fork": (p) =>
    `Counterfactual fork from round ${String((p.request as { fromRound?: number } | undefined)?.fromRound)}`,
  "bot:turns": (p) => `Bots' turn: ${(p.states as string[]).join(", ")}`,
};

/** Folds the whole log through the room log's one fold; `upToSeq` stops early (the replay scrubber). */
export function readGameHistory(
  scenario: unknown,
  seed: number,
  events: LoggedEvent[],
  upToSeq = Infinity,
): GameHistory {
  const created = createGame(scenario, { seed });
  if (!created.ok) throw new Error(`stored scenario no longer valid: ${created.error.message}`);
  const timeline: TimelineEntry[] = [];
  const botsByRound: Record<number, Record<string, string>> = {
    [created.state.round]: { ...created.state.bots },
  };
  let before = created.state;
  const folded = foldRoomLog(
    created.state,
    events.filter((event) => event.seq <= upToSeq),
    (logged, event, room) => {
      const { state } = room;
      const prior = before;
      before = state;
      let summary: string;
      let involves: string[] = [];
      let stateId: string | null = null;
      let visibleTo: string[] | null = null;
      if (event.type === "engine:action") {
        const action = event.action as ActionLike;
        visibleTo = seenBy(action, prior);
        summary = describeAction(action, state.scenario.crises);
        involves = involvedStates(action);
        stateId =
          typeof action.actor === "string" && action.actor !== "instructor" ? action.actor : null;
      } else {
        const payload = event as unknown as Record<string, unknown>;
        summary = otherSummaries[event.type]?.(payload) ?? event.type;
        if (typeof payload.stateId === "string") involves = [payload.stateId];
        const audience = audienceOf(event);
        visibleTo =
          audience.kind === "public" ? null : audience.kind === "states" ? audience.states : [];
      }
      // A state counts as bot-played in a round if a bot held it at any point of the round.
      const roundBots = (botsByRound[state.round] ??= {});
      Object.assign(roundBots, state.bots);
      timeline.push({
        seq: logged.seq,
        type: logged.type,
        actor: logged.actor,
        stateId,
        // The news phase shows the round just resolved (the engine has moved to the next).
        round: prior.phase === "news" ? prior.round - 1 : prior.round,
        phase: prior.phase,
        at: logged.createdAt.getTime(),
        summary,
        involves,
        visibleTo,
        bot: logged.actor.startsWith("bot:"),
      });
    },
  );
  return { initial: created.state, final: folded.state, timeline, botsByRound };
}
