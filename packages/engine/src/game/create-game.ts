/** Creating a game and opening a round (predictions are logged before anyone moves). */
import { resolveParameters } from "../parameters";
import { RngCursor, seedRng } from "../random";
import { parseScenario } from "../scenario/parse-scenario";
import type { ScenarioIssue } from "../scenario/parse-scenario";
import type { Scenario } from "../scenario/schema";
import { predictBalanceOfThreat } from "../predict/balance-of-threat";
import { commitmentsOf } from "../predict/commitments";
import { alignmentBlocs, hostileFromThreat } from "../predict/alignment-blocs";
import { blocNumbers } from "./blocs";
import { predictBalanceOfPower } from "../predict/balance-of-power";
import { landscapeSplit } from "../predict/landscape";
import { predictRandom } from "../predict/random-null";
import { dependenceOf } from "../predict/classify";
import { computeThreatTable } from "../threat/threat-matrix";
import { computeWorld, relCap } from "../threat/world";
import type { World } from "../threat/world";
import { applyEventEconomics, codedAct, foldIntentions } from "./acts";
import type { CodedAct, GameState, RoundRecord, ScopeKind, StateId, Treaty } from "./types";

export type CreateGameOptions = {
  seed: number | string;
  /** Role per state (keys of parameters.roleWeights); overrides scenario.rules.roles. */
  roles?: Record<StateId, string>;
  /** States played by a bot, with the policy name (flagged in exports). */
  bots?: Record<StateId, string>;
};

export type CreateGameResult =
  | { ok: true; state: GameState }
  | {
      ok: false;
      error: {
        code: "INVALID_SCENARIO" | "INVALID_ACTION";
        message: string;
        issues?: ScenarioIssue[];
      };
    };

export function createGame(scenarioInput: unknown, options: CreateGameOptions): CreateGameResult {
  const parsed = parseScenario(scenarioInput);
  if (!parsed.ok) return parsed;
  const scenario: Scenario = parsed.scenario;
  const params = resolveParameters(scenario.parameters);
  const ids = new Set(scenario.states.map((s) => s.id));
  for (const id of [...Object.keys(options.roles ?? {}), ...Object.keys(options.bots ?? {})])
    if (!ids.has(id))
      return {
        ok: false,
        error: { code: "INVALID_ACTION", message: `unknown state id "${id}" in options` },
      };
  for (const [id, role] of Object.entries(options.roles ?? {}))
    if (params.roleWeights[role] === undefined)
      return {
        ok: false,
        error: { code: "INVALID_ACTION", message: `unknown role "${role}" for ${id}` },
      };

  const I0: GameState["I0"] = {};
  for (const h of scenario.hostility) (I0[h.from] ??= {})[h.to] = h.value;
  const U: GameState["U"] = {};
  for (const a of scenario.affinity) {
    (U[a.a] ??= {})[a.b] = a.value;
    (U[a.b] ??= {})[a.a] = a.value;
  }
  const treaties: Record<string, Treaty> = {};
  for (const t of scenario.treaties)
    treaties[t.id] = {
      id: t.id,
      kind: t.kind,
      name: t.name,
      members: [...t.members],
      directedAgainst: [...t.directedAgainst],
      tariffCut: t.kind === "trade" ? (t.tariffCut ?? 1) : 0,
      basing: [],
      duration: null,
      secret: t.secret ?? false,
      startedRound: 0,
      endsAfterRound: null,
      origin: "scenario",
      leaving: [],
    };
  let state: GameState = {
    scenario,
    params,
    seed: options.seed,
    round: 1,
    phase: "negotiation",
    rng: seedRng(options.seed),
    nextId: 1,
    states: Object.fromEntries(
      scenario.states.map((s) => [
        s.id,
        {
          gdp: s.gdp,
          gdp0: s.gdp,
          burden: s.burden,
          burden0: s.burden,
          posture: s.posture,
          mob: 0,
          mobRenewed: false,
          forces: 1,
          tradeRatio: 0,
        },
      ]),
    ),
    roles: { ...(scenario.rules.roles ?? {}), ...(options.roles ?? {}) },
    treaties,
    proposals: {},
    demands: {},
    bases: scenario.bases.map((b) => ({ ...b })),
    sanctions: {},
    intentions: { H: {}, C: {}, A: {}, B: {} },
    I0,
    U,
    wars: [],
    pendingActs: [],
    acts: [],
    orders: {},
    submitted: {},
    brokenTreaties: [],
    crisesReleased: [],
    news: [],
    rounds: [],
    bots: { ...(options.bots ?? {}) },
  };
  // history seeds the intentions model (one undecayed step) and current sanctions
  const history: CodedAct[] = scenario.history.map((e) =>
    codedAct(0, e.actor, e.target, e.action, "history", e.note),
  );
  state = applyInstantEvents(state, history);
  // trade / GDP before round 1, for the growth term
  const w0 = computeWorld(state);
  const states = { ...state.states };
  for (let j = 0; j < w0.n; j++) {
    const id = w0.ids[j]!;
    states[id] = { ...states[id]!, tradeRatio: totalTrade(w0, j) / w0.gdp[j]! };
  }
  state = { ...state, states };
  return { ok: true, state: openRound(state) };
}

export function totalTrade(w: World, j: number): number {
  let s = 0;
  for (let k = 0; k < w.n; k++) if (k !== j) s += w.trade[j * w.n + k]! + w.trade[k * w.n + j]!;
  return s;
}

/** History and crisis events: intentions and sanctions change at once, without decay. */
export function applyInstantEvents(state: GameState, acts: CodedAct[]): GameState {
  if (acts.length === 0) return state;
  const broken: Record<StateId, number> = {};
  for (const a of acts)
    if (a.action === "break-treaty") broken[a.actor] = (broken[a.actor] ?? 0) + 1;
  const mobilised = acts.filter((a) => a.action === "mobilise").map((a) => a.actor);
  const states = { ...state.states };
  for (const id of mobilised)
    if (states[id]) states[id] = { ...states[id], mob: 1, mobRenewed: true };
  return {
    ...state,
    states,
    intentions: foldIntentions(state.intentions, acts, broken, state.params, false),
    sanctions: applyEventEconomics(state, acts),
    acts: [...state.acts, ...acts],
  };
}

/** Which states j is losing a war against (for BoT step 4: bandwagon when at war and i* is winning). */
function losingWars(state: GameState, w: World): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  for (const war of state.wars) {
    const a = w.index.get(war.a),
      b = w.index.get(war.b);
    if (a === undefined || b === undefined) continue;
    if (relCap(w, a, b) > 0.5) (out.get(b) ?? out.set(b, new Set()).get(b)!).add(a);
    else (out.get(a) ?? out.set(a, new Set()).get(a)!).add(b);
  }
  return out;
}

/** Release the crises scripted for this round, then log every prediction before anyone moves. */
export function openRound(input: GameState, current?: World): GameState {
  let state = input;
  for (const c of state.scenario.crises)
    if (c.round === state.round && !state.crisesReleased.includes(c.id))
      state = releaseCrisis(state, c.id);
  const w = current !== undefined && state === input ? current : computeWorld(state);
  const p = state.params;
  const rng = new RngCursor(state.rng);
  const greatPowers = new Set(
    state.scenario.states.filter((s) => s.greatPower === true).map((s) => s.id),
  );
  const { committedAgainst, boundWith } = commitmentsOf(Object.values(state.treaties));
  const scope = new Map<StateId, ScopeKind>();
  for (const st of state.scenario.states) if (st.scope) scope.set(st.id, st.scope.kind);
  const bot = predictBalanceOfThreat(w, p, {
    defenceDominant: state.scenario.rules.defenceDominant,
    losingWarWith: losingWars(state, w),
    greatPowers,
    committedAgainst,
    boundWith,
    scope,
  });
  const threat = computeThreatTable(w, p.apWeight, p.allyThreatShare);
  const labels = blocNumbers(
    alignmentBlocs(Object.values(state.treaties), w.ids, hostileFromThreat(threat, p.tau2)),
  );
  const record: RoundRecord = {
    round: state.round,
    threat,
    predictions: {
      balanceOfThreat: Object.fromEntries(
        Object.entries(bot).map(([id, d]) => [
          id,
          {
            category: d.category,
            target: d.target,
            partner: d.partner ?? null,
            score: Math.round(d.score * 1e4) / 1e4,
            scope: d.scope,
          },
        ]),
      ),
      balanceOfPower: predictBalanceOfPower(
        w,
        p,
        state.scenario,
        p.powerMeasure,
        w.ids.map((id) => labels.get(id) ?? -1),
      ),
      landscape: landscapeSplit(w, p, state),
      random: predictRandom(w, rng),
    },
    start: {
      burden: Object.fromEntries(Object.entries(state.states).map(([id, s]) => [id, s.burden])),
      dependence: dependenceOf(w),
      treaties: Object.keys(state.treaties),
    },
  };
  return { ...state, rng: rng.state, rounds: [...state.rounds, record] };
}

export function releaseCrisis(state: GameState, crisisId: string): GameState {
  const c = state.scenario.crises.find((x) => x.id === crisisId);
  if (!c) return state;
  const acts = c.events.map((e) =>
    codedAct(state.round, e.actor, e.target, e.action, "crisis", e.note),
  );
  const next = applyInstantEvents(state, acts);
  return {
    ...next,
    crisesReleased: [...next.crisesReleased, c.id],
    news: [
      ...next.news,
      {
        round: state.round,
        headline: c.headline,
        visibleTo: null,
        crisis: { id: c.id, description: c.description },
      },
    ],
  };
}
