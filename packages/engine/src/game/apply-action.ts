/**
 * Over 300 lines: the reducer is one switch over every action kind with its authorisation;
 * resolution, treaties and bots already live in their own modules.
 *
 * The reducer: applyAction(state, action) -> { ok, state } | { ok: false, error }.
 * It parses the action with zod, authorises it (actor, phase, party), and returns a new
 * state; the input is never mutated (copy-on-write of the touched parts only, so a long
 * replay stays cheap). It never throws: anything unexpected becomes an INTERNAL error value.
 */
import type { ActionCode } from "../cameo";
import { ErrorCode, fail } from "../result";
import type { Result } from "../result";
import { Action, Order, ORDER_TYPES } from "./action";
import type { TreatyTermsInput } from "./action";
import { codedAct } from "./acts";
import { identicalTreatyInForce } from "./duplicate-treaty";
import { applyInstantEvents, releaseCrisis } from "./create-game";
import { resolveRound } from "./resolve-round";
import { treatyDisplayName } from "./treaty-name";
import type { CodedAct, GameState, Proposal, StateId, Treaty, TreatyTerms } from "./types";

export function applyAction(state: GameState, input: unknown): Result<GameState> {
  try {
    const parsed = Action.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
      return fail(
        ErrorCode.InvalidAction,
        `invalid action: ${where}${issue?.message ?? "unreadable"}`,
      );
    }
    return reduce(state, parsed.data);
  } catch (e) {
    return fail(
      ErrorCode.Internal,
      `internal error: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}

type InstructorAction = Extract<
  Action,
  { type: "advance-phase" | "resolve-round" | "release-crisis" | "ad-hoc-crisis" | "set-bot" }
>;
const INSTRUCTOR_TYPES = new Set([
  "advance-phase",
  "resolve-round",
  "release-crisis",
  "ad-hoc-crisis",
  "set-bot",
]);
const isInstructorAction = (a: Action): a is InstructorAction => INSTRUCTOR_TYPES.has(a.type);

const isKnown = (s: GameState, id: string) => Object.hasOwn(s.states, id);
const isPlayable = (s: GameState, id: string) =>
  s.scenario.states.some((x) => x.id === id && x.playable);

function reduce(state: GameState, a: Action): Result<GameState> {
  if (state.phase === "ended") return fail(ErrorCode.GameOver, "the game has ended");
  if (isInstructorAction(a)) return reduceInstructor(state, a);
  if (!isKnown(state, a.actor)) return fail(ErrorCode.UnknownState, `unknown state "${a.actor}"`);
  if (!isPlayable(state, a.actor))
    return fail(ErrorCode.NotAuthorised, `${a.actor} is not a playable state`);
  if (state.phase !== "negotiation" && state.phase !== "orders")
    return fail(
      ErrorCode.WrongPhase,
      `states act in the negotiation and orders phases, not in ${state.phase}`,
    );
  if (ORDER_TYPES.has(a.type)) {
    const order = Order.parse(a);
    const bad = validateOrder(state, order);
    if (bad) return bad;
    return ok({
      ...state,
      orders: { ...state.orders, [a.actor]: [...(state.orders[a.actor] ?? []), order] },
    });
  }
  switch (a.type) {
    case "submit-orders": {
      const orders = a.orders ?? state.orders[a.actor] ?? [];
      for (const o of orders) {
        if (o.actor !== a.actor)
          return fail(ErrorCode.NotAuthorised, `an order of ${a.actor} cannot act for ${o.actor}`);
        const bad = validateOrder(state, o);
        if (bad) return bad;
      }
      return ok({
        ...state,
        orders: { ...state.orders, [a.actor]: orders },
        submitted: { ...state.submitted, [a.actor]: true },
      });
    }
    case "no-change":
      return ok({
        ...state,
        orders: { ...state.orders, [a.actor]: [] },
        submitted: { ...state.submitted, [a.actor]: true },
      });
    case "propose-treaty": {
      const terms = normaliseTerms(state, a.actor, a.terms);
      if ("error" in terms) return terms;
      const same = duplicateOf(state, terms);
      if (same) return same;
      const id = `P${state.nextId}`;
      const proposal: Proposal = {
        id,
        version: 1,
        proposer: a.actor,
        terms,
        ratifiedBy: [a.actor],
        status: "open",
        round: state.round,
        amendments: [],
      };
      return ok({
        ...state,
        nextId: state.nextId + 1,
        proposals: { ...state.proposals, [id]: proposal },
      });
    }
    case "amend-treaty": {
      const pr = openProposal(state, a.proposalId, a.actor);
      if ("error" in pr) return pr;
      const terms = normaliseTerms(state, a.actor, a.terms);
      if ("error" in terms) return terms;
      const same = duplicateOf(state, terms);
      if (same) return same;
      const version = pr.version + 1;
      const next: Proposal = {
        ...pr,
        version,
        terms,
        ratifiedBy: [a.actor],
        amendments: [...pr.amendments, { version, by: a.actor, round: state.round }],
      };
      return ok({ ...state, proposals: { ...state.proposals, [pr.id]: next } });
    }
    case "accept-treaty": {
      const pr = openProposal(state, a.proposalId, a.actor);
      if ("error" in pr) return pr;
      if (pr.ratifiedBy.includes(a.actor))
        return fail(ErrorCode.AlreadyDone, `${a.actor} has already ratified ${pr.id}`);
      const ratifiedBy = [...pr.ratifiedBy, a.actor];
      const next: Proposal = { ...pr, ratifiedBy };
      if (!pr.terms.members.every((m) => ratifiedBy.includes(m)))
        return ok({ ...state, proposals: { ...state.proposals, [pr.id]: next } });
      // an identical pact may have entered into force since the proposal was made
      const same = duplicateOf(state, pr.terms);
      if (same) return same;
      return ok(
        enterIntoForce(
          { ...state, proposals: { ...state.proposals, [pr.id]: { ...next, status: "in-force" } } },
          next,
          a.at,
        ),
      );
    }
    case "reject-treaty": {
      const pr = openProposal(state, a.proposalId, a.actor);
      if ("error" in pr) return pr;
      return ok({
        ...state,
        proposals: { ...state.proposals, [pr.id]: { ...pr, status: "rejected" } },
      });
    }
    case "withdraw-proposal": {
      const pr = openProposal(state, a.proposalId, a.actor);
      if ("error" in pr) return pr;
      if (pr.proposer !== a.actor)
        return fail(ErrorCode.NotAuthorised, "only the proposer can withdraw a proposal");
      return ok({
        ...state,
        proposals: { ...state.proposals, [pr.id]: { ...pr, status: "withdrawn" } },
      });
    }
    case "leave-treaty": {
      const t = state.treaties[a.treatyId];
      if (!t) return fail(ErrorCode.UnknownTreaty, `no treaty "${a.treatyId}" in force`);
      if (!t.members.includes(a.actor))
        return fail(ErrorCode.NotAParty, `${a.actor} is not a member of ${t.id}`);
      if (t.leaving.includes(a.actor))
        return fail(ErrorCode.AlreadyDone, `${a.actor} has already given notice`);
      if (t.endsAfterRound !== null && t.endsAfterRound > state.round)
        return fail(
          ErrorCode.TreatyLocked,
          `${t.name} runs until round ${t.endsAfterRound}: leaving earlier breaks it (break-treaty)`,
        );
      return ok({
        ...state,
        treaties: { ...state.treaties, [t.id]: { ...t, leaving: [...t.leaving, a.actor] } },
      });
    }
    case "break-treaty": {
      const t = state.treaties[a.treatyId];
      if (!t) return fail(ErrorCode.UnknownTreaty, `no treaty "${a.treatyId}" in force`);
      if (!t.members.includes(a.actor))
        return fail(ErrorCode.NotAParty, `${a.actor} is not a member of ${t.id}`);
      return ok(removeMember(state, t, a.actor, { kind: "broken" }, a.at));
    }
    case "demand": {
      const bad = checkTarget(state, a.actor, a.target);
      if (bad) return bad;
      if (a.kind === "tribute" && !state.scenario.rules.allowTribute)
        return fail(ErrorCode.NotAllowed, "this scenario does not allow tribute demands");
      const id = `D${state.nextId}`;
      const amount = a.amount ?? (a.kind === "tribute" ? state.params.tributePercentOfGdp : 0);
      const act = codedAct(
        state.round,
        a.actor,
        a.target,
        a.kind === "tribute" ? "demand-tribute" : "demand",
        "diplomacy",
        a.text,
      );
      return ok({
        ...state,
        nextId: state.nextId + 1,
        demands: {
          ...state.demands,
          [id]: {
            id,
            from: a.actor,
            to: a.target,
            kind: a.kind,
            amount,
            text: a.text,
            round: state.round,
            status: "pending",
          },
        },
        pendingActs: [...state.pendingActs, act],
        news: [
          ...state.news,
          {
            round: state.round,
            headline: `${a.actor} makes a ${a.kind} demand of ${a.target}`,
            visibleTo: [a.actor, a.target],
            ...at(a.at),
          },
        ],
      });
    }
    case "accept-demand":
    case "refuse-demand": {
      const d = state.demands[a.demandId];
      if (!d) return fail(ErrorCode.UnknownDemand, `no demand "${a.demandId}"`);
      if (d.to !== a.actor)
        return fail(ErrorCode.NotAParty, `demand ${d.id} is addressed to ${d.to}`);
      if (d.status !== "pending")
        return fail(ErrorCode.AlreadyDone, `demand ${d.id} is already ${d.status}`);
      const status = a.type === "accept-demand" ? "accepted" : "refused";
      return ok({
        ...state,
        demands: { ...state.demands, [d.id]: { ...d, status } },
        news: [
          ...state.news,
          {
            round: state.round,
            headline: `${a.actor} ${status} ${d.from}'s ${d.kind} demand`,
            visibleTo: [d.from, d.to],
            ...at(a.at),
          },
        ],
      });
    }
    case "break-off-talks": {
      const bad = checkTarget(state, a.actor, a.target);
      if (bad) return bad;
      return ok({
        ...state,
        pendingActs: [
          ...state.pendingActs,
          codedAct(state.round, a.actor, a.target, "break-off-talks", "diplomacy"),
        ],
      });
    }
    default:
      return fail(ErrorCode.InvalidAction, `unsupported action "${a.type}"`);
  }
}

function reduceInstructor(state: GameState, a: InstructorAction): Result<GameState> {
  switch (a.type) {
    case "advance-phase":
      if (state.phase === "negotiation") return ok({ ...state, phase: "orders" });
      if (state.phase === "orders") return resolveRound(state);
      if (state.phase === "news") return ok({ ...state, phase: "negotiation" });
      return fail(ErrorCode.WrongPhase, `cannot advance from ${state.phase}`);
    case "resolve-round":
      return resolveRound(state);
    case "release-crisis": {
      if (!state.scenario.crises.some((c) => c.id === a.crisisId))
        return fail(ErrorCode.UnknownCrisis, `no crisis "${a.crisisId}" in the scenario`);
      if (state.crisesReleased.includes(a.crisisId))
        return fail(ErrorCode.AlreadyDone, `crisis ${a.crisisId} was already released`);
      return ok(releaseCrisis(state, a.crisisId));
    }
    case "ad-hoc-crisis": {
      for (const e of a.events) {
        if (!isKnown(state, e.actor) || !isKnown(state, e.target))
          return fail(
            ErrorCode.UnknownState,
            `unknown state in crisis event ${e.actor} -> ${e.target}`,
          );
        if (e.actor === e.target)
          return fail(ErrorCode.InvalidTarget, "a crisis event needs two different states");
      }
      const acts = a.events.map((e) =>
        codedAct(state.round, e.actor, e.target, e.action, "crisis", e.note),
      );
      const next = applyInstantEvents(state, acts);
      return ok({
        ...next,
        news: [
          ...next.news,
          {
            round: state.round,
            headline: a.headline,
            visibleTo: null,
            crisis: { id: null, description: a.description },
            ...at(a.at),
          },
        ],
      });
    }
    case "set-bot": {
      if (!isKnown(state, a.stateId))
        return fail(ErrorCode.UnknownState, `unknown state "${a.stateId}"`);
      const bots = { ...state.bots };
      if (a.policy === null) delete bots[a.stateId];
      else bots[a.stateId] = a.policy;
      return ok({ ...state, bots });
    }
    default:
      return fail(ErrorCode.InvalidAction, `unsupported instructor action`);
  }
}

const ok = (state: GameState): Result<GameState> => ({ ok: true, state });
const at = (t: number | undefined) => (t === undefined ? {} : { at: t });

function checkTarget(state: GameState, actor: StateId, target: StateId) {
  if (!isKnown(state, target)) return fail(ErrorCode.UnknownState, `unknown state "${target}"`);
  if (target === actor) return fail(ErrorCode.InvalidTarget, "a state cannot target itself");
  return null;
}

function validateOrder(state: GameState, o: Order) {
  if ("target" in o) {
    const bad = checkTarget(state, o.actor, o.target);
    if (bad) return bad;
  }
  if ((o.type === "mobilise" || o.type === "set-burden") && o.against !== undefined) {
    const bad = checkTarget(state, o.actor, o.against);
    if (bad) return bad;
  }
  if (o.type === "attack" && !state.scenario.rules.allowForce)
    return fail(ErrorCode.NotAllowed, "this scenario does not allow the use of force");
  return null;
}

function openProposal(
  state: GameState,
  id: string,
  actor: StateId,
): Proposal | { ok: false; error: { code: ErrorCode; message: string } } {
  const pr = state.proposals[id];
  // a proposal the actor is no party to is reported as unknown, so ids leak nothing
  if (!pr || !(pr.terms.members.includes(actor) || pr.proposer === actor))
    return fail(ErrorCode.UnknownProposal, `no proposal "${id}" open to ${actor}`);
  if (pr.status !== "open") return fail(ErrorCode.AlreadyDone, `proposal ${id} is ${pr.status}`);
  return pr;
}

function normaliseTerms(
  state: GameState,
  actor: StateId,
  t: TreatyTermsInput,
): TreatyTerms | { ok: false; error: { code: ErrorCode; message: string } } {
  const members = [...new Set(t.members)];
  if (members.length !== t.members.length)
    return fail(ErrorCode.InvalidAction, "duplicate treaty member");
  // unknown ids first: a mistyped id ("usa") is reported as such, not as a missing proposer
  for (const m of members) {
    if (!isKnown(state, m)) return fail(ErrorCode.UnknownState, `unknown state "${m}"`);
    if (!isPlayable(state, m))
      return fail(ErrorCode.InvalidTarget, `${m} is not a playable state and cannot sign treaties`);
  }
  if (!members.includes(actor))
    return fail(ErrorCode.NotAParty, `${actor} must be a member of the treaty it proposes`);
  const against = [...new Set(t.directedAgainst ?? [])];
  for (const x of against) {
    if (!isKnown(state, x)) return fail(ErrorCode.UnknownState, `unknown state "${x}"`);
    if (members.includes(x))
      return fail(ErrorCode.InvalidTarget, `${x} cannot be both a member and the adversary`);
  }
  const basing = t.basing ?? [];
  for (const b of basing)
    if (!members.includes(b.owner) || !members.includes(b.host) || b.owner === b.host)
      return fail(ErrorCode.InvalidAction, "basing rights must be between two different members");
  return {
    kind: t.kind,
    name: treatyDisplayName({ kind: t.kind, name: t.name, members }),
    members,
    directedAgainst: against,
    tariffCut: t.kind === "trade" ? (t.tariffCut ?? 1) : 0,
    basing: basing.map((b) => ({ ...b })),
    duration: t.duration ?? null,
    secret: t.secret ?? false,
  };
}

/**
 * ALREADY_DONE when `terms` would duplicate a pact in force (duplicate-treaty.ts), else null.
 * The message is shown to students as it is: state names and the pact's name, no ids.
 */
function duplicateOf(state: GameState, terms: TreatyTerms) {
  const t = identicalTreatyInForce(state.treaties, terms);
  if (!t) return null;
  const names = t.members.map((m) => state.scenario.states.find((x) => x.id === m)?.name ?? m);
  const list =
    names.length > 2 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names.join(" and ");
  return fail(
    ErrorCode.AlreadyDone,
    `an identical ${t.kind} pact between ${list} is already in force: "${t.name}"`,
  );
}

function enterIntoForce(state: GameState, pr: Proposal, time: number | undefined): GameState {
  const t: Treaty = {
    ...pr.terms,
    id: pr.id,
    startedRound: state.round,
    endsAfterRound: pr.terms.duration === null ? null : state.round + pr.terms.duration - 1,
    origin: "game",
    leaving: [],
  };
  const acts: CodedAct[] = [];
  for (const a of t.members)
    for (const b of t.members)
      if (a !== b) acts.push(codedAct(state.round, a, b, "sign-treaty", "diplomacy", t.name));
  return {
    ...state,
    treaties: { ...state.treaties, [t.id]: t },
    pendingActs: [...state.pendingActs, ...acts],
    news: [
      ...state.news,
      {
        round: state.round,
        // a default name already says the kind ("consultation pact UKR-DEU")
        headline: `${t.name}${t.name.toLowerCase().includes(t.kind) ? "" : ` (${t.kind})`} enters into force: ${t.members.join(", ")}`,
        visibleTo: t.secret ? [...t.members] : null,
        ...at(time),
      },
    ],
  };
}

/** Remove a member who broke or breached a treaty: remembered in B_i and in the record. */
export function removeMember(
  state: GameState,
  t: Treaty,
  who: StateId,
  how: { kind: "broken" | "breach"; action?: ActionCode; against?: StateId },
  time?: number,
): GameState {
  const members = t.members.filter((m) => m !== who);
  const treaties = { ...state.treaties };
  if (members.length < 2) delete treaties[t.id];
  else
    treaties[t.id] = {
      ...t,
      members,
      leaving: t.leaving.filter((m) => m !== who),
      basing: t.basing.filter((b) => b.owner !== who && b.host !== who),
    };
  const acts = t.members
    .filter((m) => m !== who)
    .map((m) => codedAct(state.round, who, m, "break-treaty", "diplomacy", t.name));
  const verb =
    how.kind === "breach"
      ? `breaches ${t.name} (${how.action} against ${how.against}) and is expelled`
      : `breaks ${t.name}`;
  return {
    ...state,
    treaties,
    pendingActs: [...state.pendingActs, ...acts],
    brokenTreaties: [
      ...state.brokenTreaties,
      {
        round: state.round,
        stateId: who,
        treatyId: t.id,
        kind: how.kind,
        ...(how.action ? { action: how.action } : {}),
        ...(how.against ? { against: how.against } : {}),
      },
    ],
    news: [
      ...state.news,
      {
        round: state.round,
        headline: `${who} ${verb}`,
        visibleTo: t.secret ? [...t.members] : null,
        ...at(time),
      },
    ],
  };
}
