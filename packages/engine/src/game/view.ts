/**
 * Per-viewer filtering (boardgame.io's playerView lesson: logs and replays leak too).
 * A student sees public information, its own state fully, treaties it belongs to or that
 * are public, proposals and demands it is party to, its own perceived-threat breakdown,
 * and nothing the scenario marks hidden; never another state's orders before resolution,
 * the RNG, the predictions, or unreleased crises. Instructor and grader see everything.
 * The public viewer (projector, unseated student, boardgame.io's `playerID: null`) sees
 * only what every state sees: no secret treaty, proposal, demand, order or private news.
 * This is the one place visibility is decided; the server calls it for every audience.
 */
import type { Scenario } from "../scenario/schema";
import { threatRow } from "../threat/threat-matrix";
import type { ThreatEntry } from "../threat/threat-matrix";
import type { GameState, RoundRecord, StateId, StateRuntime } from "./types";

export type Viewer =
  | { kind: "state"; stateId: StateId }
  | { kind: "public" }
  | { kind: "instructor" }
  | { kind: "grader" };

export type PublicStateRuntime = Pick<StateRuntime, "gdp" | "burden" | "mob" | "forces">;

/** Rounds as a viewer sees them: `threat` is materialised as threat[perceiver][other]. */
export type RoundView = Pick<RoundRecord, "round"> &
  Partial<Omit<RoundRecord, "round" | "threat">> & {
    threat: Record<StateId, Record<StateId, ThreatEntry>>;
  };

export type GameView = Omit<
  GameState,
  "rng" | "seed" | "intentions" | "I0" | "U" | "rounds" | "states" | "nextId"
> & {
  viewer: Viewer;
  states: Record<StateId, StateRuntime | PublicStateRuntime>;
  rounds: RoundView[];
  rng?: GameState["rng"];
  seed?: GameState["seed"];
  intentions?: GameState["intentions"];
  I0?: GameState["I0"];
  U?: GameState["U"];
  nextId?: GameState["nextId"];
};

/**
 * The game as `viewer` may see it, scenario included (hidden data filtered). Pure; the
 * result shares no mutable structure with `state` that a caller could change it through.
 */
// Views are recomputed for every audience after every change; the parts that change only at
// resolution (past rounds, the scenario, each state's figures) are cached per immutable
// engine object and viewer, so an unchanged part keeps its identity and a structural diff
// (the server's deltas) skips it. Referentially transparent: same inputs, same output.
const partCache = new WeakMap<object, Map<string, unknown>>();
function cached<V>(source: object, key: string, make: () => V): V {
  let byKey = partCache.get(source);
  if (!byKey) partCache.set(source, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, make());
  return byKey.get(key) as V;
}
/** Treaty and proposal ids that are secret, with who may see them. */
function secretTreatyMembers(state: GameState): Map<string, string[]> {
  const members = new Map<string, string[]>();
  for (const t of state.scenario.treaties) if (t.secret) members.set(t.id, t.members);
  for (const pr of Object.values(state.proposals))
    if (pr.terms.secret) members.set(pr.id, pr.terms.members);
  for (const t of Object.values(state.treaties))
    if (t.secret) members.set(t.id, [...new Set([...(members.get(t.id) ?? []), ...t.members])]);
  return members;
}

const viewerKey = (viewer: Viewer) =>
  viewer.kind === "state" ? `s:${viewer.stateId}` : viewer.kind;

export function viewFor(state: GameState, viewer: Viewer): GameView {
  if (viewer.kind === "state" || viewer.kind === "public") {
    // Most actions are one state's private orders: every other viewer's inputs are the same.
    const me = viewer.kind === "state" ? viewer.stateId : null;
    const seen = cached(state.scenario, "lastInputs", () => new Map<string, LastInputs>());
    const key = viewerKey(viewer);
    const last = seen.get(key);
    if (last && sameInputs(last.state, state, me)) return last.view;
    const view = filteredView(state, viewer);
    seen.set(key, { state, view });
    return view;
  }
  return filteredView(state, viewer);
}

interface LastInputs {
  state: GameState;
  view: GameView;
}

/** Fields no state or public view shows (see the destructuring in `filteredView`). */
const UNSEEN: ReadonlySet<string> = new Set(["rng", "seed", "intentions", "I0", "U", "nextId"]);

/** Whether everything `filteredView` reads for viewer `me` is the same in both states. */
function sameInputs(a: GameState, b: GameState, me: StateId | null): boolean {
  const ra = a as unknown as Record<string, unknown>;
  const rb = b as unknown as Record<string, unknown>;
  for (const key of Object.keys(rb)) {
    if (UNSEEN.has(key) || ra[key] === rb[key]) continue;
    // Orders: a viewer sees its own only (the public viewer none).
    if (key === "orders" && (me === null || a.orders[me] === b.orders[me])) continue;
    return false;
  }
  return Object.keys(ra).length === Object.keys(rb).length;
}

function filteredView(state: GameState, viewer: Viewer): GameView {
  if (viewer.kind === "instructor" || viewer.kind === "grader")
    return {
      ...state,
      viewer,
      rounds: cached(state.rounds, "all", () =>
        state.rounds.map((r) =>
          cached(r, "all", () => ({
            ...r,
            threat: Object.fromEntries(r.threat.ids.map((id) => [id, threatRow(r.threat, id)])),
          })),
        ),
      ),
    };
  // The public sees what a state with no treaties, proposals or private news would see.
  const me: StateId | null = viewer.kind === "state" ? viewer.stateId : null;
  const isMember = (members: readonly string[]) => me !== null && members.includes(me);
  const hidden = cached(state.scenario, "hidden", () => new Set(state.scenario.rules.hidden ?? []));
  const seesTreaty = (id: string) => {
    const secret = secretTreatyMembers(state).get(id);
    return !secret || isMember(secret);
  };

  const vk = viewerKey(viewer);
  // Keyed on both: the scenario never changes in a game, the released crises do.
  const scenarioParts = cached(state.scenario, "released", () => new WeakMap<object, object>());
  if (!scenarioParts.has(state.crisesReleased)) scenarioParts.set(state.crisesReleased, {});
  const scenario: Scenario = cached(scenarioParts.get(state.crisesReleased)!, vk, () => ({
    ...state.scenario,
    treaties: state.scenario.treaties.filter((t) => !t.secret || isMember(t.members)),
    // Released crises only, and never the designer's note to the instructor.
    crises: state.scenario.crises
      .filter((c) => state.crisesReleased.includes(c.id))
      .map(({ instructorNote: _note, ...c }) => c),
    hostility: hidden.has("hostility")
      ? state.scenario.hostility.filter((h) => h.from === me)
      : state.scenario.hostility,
    affinity: hidden.has("affinity")
      ? state.scenario.affinity.filter((a) => a.a === me || a.b === me)
      : state.scenario.affinity,
    trade: hidden.has("trade")
      ? state.scenario.trade.filter((t) => t.from === me || t.to === me)
      : state.scenario.trade,
  }));
  // Each filtered part is cached on the engine object it filters, so it keeps its identity
  // (and a structural diff skips it) until that object changes.
  const part = <T>(source: object, name: string, make: () => T): T =>
    cached(source, `${vk}:${name}`, make);
  const states = part(state.states, "states", () => {
    const out: GameView["states"] = {};
    for (const [id, s] of Object.entries(state.states))
      out[id] = cached(s, id === me ? "own" : "public", () =>
        id === me ? { ...s } : { gdp: s.gdp, burden: s.burden, mob: s.mob, forces: s.forces },
      );
    return out;
  });
  const stripIntentions = (row: Record<StateId, ThreatEntry>) =>
    hidden.has("intentions")
      ? Object.fromEntries(Object.entries(row).map(([k, e]) => [k, { ...e, I: Number.NaN }]))
      : row;
  const rounds: RoundView[] = part(state.rounds, "rounds", () =>
    state.rounds.map((r) =>
      cached(r, vk, () =>
        me === null
          ? { round: r.round, threat: {} }
          : {
              round: r.round,
              threat: { [me]: stripIntentions(threatRow(r.threat, me)) },
              ...(r.scores?.[me] ? { scores: { [me]: r.scores[me] } } : {}),
              ...(r.actual?.[me] ? { actual: { [me]: r.actual[me] } } : {}),
            },
      ),
    ),
  );
  const partyTo = (members: readonly string[], proposer?: string) =>
    isMember(members) || (me !== null && proposer === me);
  // nextId is a shared counter: a private proposal would bump it in everyone's view.
  // Computed once per engine state, shared by every viewer of it.
  const rest = cached(state, "rest", () => {
    const { rng: _rng, seed: _seed, intentions: _i, I0: _i0, U: _u, nextId: _n, ...shared } = state;
    return shared;
  });
  return settle(scenario, vk, {
    ...rest,
    viewer,
    scenario,
    states,
    roles: part(state.roles, "roles", () =>
      me !== null && state.roles[me] !== undefined ? { [me]: state.roles[me] } : {},
    ),
    treaties: part(state.treaties, "treaties", () =>
      Object.fromEntries(
        Object.entries(state.treaties).filter(([, t]) => !t.secret || isMember(t.members)),
      ),
    ),
    proposals: part(state.proposals, "proposals", () =>
      Object.fromEntries(
        Object.entries(state.proposals).filter(([, p]) => partyTo(p.terms.members, p.proposer)),
      ),
    ),
    demands: part(state.demands, "demands", () =>
      Object.fromEntries(
        Object.entries(state.demands).filter(
          ([, d]) => me !== null && (d.from === me || d.to === me),
        ),
      ),
    ),
    acts: part(state.acts, "acts", () =>
      state.acts.filter((a) => a.origin !== "diplomacy" || a.actor === me || a.target === me),
    ),
    pendingActs: part(state.pendingActs, "pendingActs", () =>
      state.pendingActs.filter(
        (a) => me !== null && (a.actor === me || (a.origin === "diplomacy" && a.target === me)),
      ),
    ),
    orders: part(state.orders, "orders", () =>
      me !== null && state.orders[me] ? { [me]: state.orders[me] } : {},
    ),
    // Depends on the treaties and proposals too: recomputed with the state (it is short).
    brokenTreaties:
      state.brokenTreaties.length === 0
        ? state.brokenTreaties
        : state.brokenTreaties.filter((b) => seesTreaty(b.treatyId)),
    news: part(state.news, "news", () =>
      state.news.filter((n) => n.visibleTo === null || (me !== null && n.visibleTo.includes(me))),
    ),
    rounds,
  });
}

/** Whether two values hold the same entries (identical references or equal primitives). */
function shallowEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(rb, k) && ra[k] === rb[k]);
}

/**
 * A viewer's previous view is returned as it was when nothing it sees changed, and each
 * unchanged part keeps its identity (a filtered list recomputed to the same entries
 * included): the server then skips that audience with one identity check instead of a
 * structural diff (most actions are private to one state). Keyed per scenario object and
 * viewer; referentially transparent, as the part cache above.
 */
function settle(scenario: Scenario, viewerKey: string, view: GameView): GameView {
  const last = cached(scenario, "lastViews", () => new Map<string, GameView>());
  const before = last.get(viewerKey);
  if (before) {
    const next = view as unknown as Record<string, unknown>;
    const prev = before as unknown as Record<string, unknown>;
    let same = Object.keys(next).length === Object.keys(prev).length;
    for (const key of Object.keys(next)) {
      if (key === "viewer" || next[key] === prev[key]) continue;
      if (shallowEqual(next[key], prev[key])) next[key] = prev[key];
      else same = false;
    }
    if (same) return before;
  }
  last.set(viewerKey, view);
  return view;
}
