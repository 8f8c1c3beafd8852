/**
 * What a state can know: a World estimated from its own `viewFor` view, so a bot decides
 * with the engine's one decision rule on what its state could see. Its own threat row is
 * exact (the logged row its player reads); everything about the others is rebuilt from
 * public data: the scenario minus hidden fields, the treaties it can see (a secret pact it is
 * not party to is unknown to it), public figures of the other states at their starting
 * posture, and the intentions model folded from the acts in its view (others' private
 * diplomacy never reaches it). Pure.
 */
import { foldIntentions } from "../game/acts";
import type { GameView } from "../game/view";
import type { GameState, Intentions, StateId, StateRuntime } from "../game/types";
import { computeWorld } from "../threat/world";
import type { World } from "../threat/world";

export type Estimate = { world: World; me: number; state: GameState };

/** Fold the acts the viewer can see into the intentions model, round by round as the engine does. */
function intentionsFrom(view: GameView): Intentions {
  let out: Intentions = { H: {}, C: {}, A: {}, B: {} };
  const p = view.params;
  const acts = view.acts;
  const last = acts.reduce((m, a) => Math.max(m, a.round), 0);
  for (let r = 0; r <= last; r++) {
    const instant = acts.filter(
      (a) => a.round === r && (a.origin === "history" || a.origin === "crisis"),
    );
    if (instant.length) out = foldIntentions(out, instant, {}, p, false);
    if (r === 0 || r >= view.round) continue;
    const broken: Record<StateId, number> = {};
    for (const b of view.brokenTreaties)
      if (b.round === r) broken[b.stateId] = (broken[b.stateId] ?? 0) + 1;
    const resolved = acts.filter(
      (a) => a.round === r && (a.origin === "order" || a.origin === "diplomacy"),
    );
    out = foldIntentions(out, resolved, broken, p);
  }
  return out;
}

/**
 * Estimate the World from a state's view. Shape: `{ world, me, state }`, `me` the viewer's
 * index; throws only for a view that is not a state's (callers check `viewer.kind`).
 */
export function estimateWorld(view: GameView): Estimate {
  if (view.viewer.kind !== "state") throw new Error("estimateWorld needs a state's view");
  const me = view.viewer.stateId;
  const sc = view.scenario;
  const states: Record<StateId, StateRuntime> = {};
  for (const s of sc.states) {
    const seen = view.states[s.id];
    states[s.id] =
      s.id === me && seen && "gdp0" in seen
        ? { ...seen }
        : {
            gdp: seen?.gdp ?? s.gdp,
            gdp0: s.gdp,
            burden: seen?.burden ?? s.burden,
            burden0: s.burden,
            posture: s.posture,
            mob: seen?.mob ?? 0,
            mobRenewed: false,
            forces: seen?.forces ?? 1,
            tradeRatio: 0,
          };
  }
  const I0: GameState["I0"] = {};
  for (const h of sc.hostility) (I0[h.from] ??= {})[h.to] = h.value;
  const U: GameState["U"] = {};
  for (const a of sc.affinity) {
    (U[a.a] ??= {})[a.b] = a.value;
    (U[a.b] ??= {})[a.a] = a.value;
  }
  const state: GameState = {
    ...view,
    seed: 0,
    rng: [0, 0, 0, 0],
    nextId: 0,
    states,
    intentions: intentionsFrom(view),
    I0,
    U,
    rounds: [],
  };
  const world = computeWorld(state);
  const j = world.index.get(me)!;
  // the viewer's own row is known exactly: the round's logged threat row
  const row = view.rounds[view.rounds.length - 1]?.threat[me];
  if (row)
    for (const [id, e] of Object.entries(row)) {
      const i = world.index.get(id);
      if (i === undefined) continue;
      const q = i * world.n + j;
      world.Tstar[q] = e.total;
      world.T[q] = e.direct;
      world.r[q] = e.r;
      world.prox[q] = e.prox;
      if (!Number.isNaN(e.I)) world.I[q] = e.I;
      world.via[q] = e.viaAlly === null ? -1 : (world.index.get(e.viaAlly) ?? -1);
    }
  return { world, me: j, state };
}
