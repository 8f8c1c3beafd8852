/**
 * One round's measurements, computed once and shared by the threat matrix, predictions,
 * scores and bots. Dense typed arrays keep 193 states (37k pairs) within a few ms.
 * Convention: matrix[i * n + j] is about i as seen by j (T_ij = threat of i to j).
 * Capabilities are in capability.ts, proximity in proximity.ts, T* in extended-threat.ts;
 * docs/model.md gives every formula with its source.
 */
import { defenceBlocs } from "../game/blocs";
import type { GameState, StateId } from "../game/types";
import { capabilities } from "./capability";
import { extendedThreat } from "./extended-threat";
import { intentionsMatrix } from "./intentions";
import { proximityMatrix } from "./proximity";

export type World = {
  ids: StateId[];
  index: Map<StateId, number>;
  n: number;
  playable: boolean[];
  gdp: Float64Array;
  milex: Float64Array;
  milper: Float64Array;
  burden: Float64Array;
  AP: Float64Array;
  MC: Float64Array;
  OC: Float64Array;
  /** v2 quality multiplier of K (capability.ts). */
  quality: Float64Array;
  K: Float64Array;
  /** v2 nuclear deterrent per state, 0..1 (scenario `nuclear`). */
  nuclear: Float64Array;
  /** Scenario great-power flags (COW major powers in the presets). */
  greatPower: boolean[];
  cinc: Float64Array;
  prox: Float64Array;
  I: Float64Array;
  iota: Float64Array;
  /** Relative capability of i as seen by j, r_ij = K_i / (K_i + K_j), capped by j's deterrent (v2). */
  r: Float64Array;
  T: Float64Array;
  Tstar: Float64Array;
  /** Index of the ally k whose threat set T*_ij, or -1 when T*_ij = T_ij. */
  via: Int32Array;
  /** Share at which that ally's threat was counted (0 when direct). */
  viaShare: Float64Array;
  /** Defence-pact partners of each state. */
  allies: number[][];
  /** Entente partners (consultation pacts) that are not also defence partners. */
  ententes: number[][];
  /** For entente pair [j * n + k], the adversaries their consultation pacts name (indices). */
  ententeNamed: Map<number, Set<number>>;
  /** Defence-pact bloc label by state index (game/blocs.ts's defenceBlocs; a state in none is its own). */
  bloc: Int32Array;
  /** Hosts of each state's forward bases (scenario bases and treaty basing), by index. */
  basesOf: number[][];
  /** Voting affinity U_ij, flat [i * n + j] (symmetric; defaultAffinity where not given). */
  affinity: Float64Array;
  trade: Float64Array;
};

/** Export flows X_jk(t) of s.7 for the current state, as a dense matrix [from * n + to]. */
export function currentTrade(
  state: GameState,
  index: Map<StateId, number>,
  n: number,
): Float64Array {
  const p = state.params;
  const X = new Float64Array(n * n);
  const fta = new Map<string, number>();
  for (const t of Object.values(state.treaties)) {
    if (t.kind !== "trade") continue;
    for (const a of t.members)
      for (const b of t.members)
        if (a !== b) fta.set(`${a}|${b}`, Math.max(fta.get(`${a}|${b}`) ?? 0, t.tariffCut));
  }
  const atWar = new Set(state.wars.flatMap((w) => [`${w.a}|${w.b}`, `${w.b}|${w.a}`]));
  for (const f of state.scenario.trade) {
    const a = index.get(f.from),
      b = index.get(f.to);
    if (a === undefined || b === undefined) continue;
    if (atWar.has(`${f.from}|${f.to}`)) continue;
    const sab = state.sanctions[f.from]?.[f.to] ?? 0;
    const sba = state.sanctions[f.to]?.[f.from] ?? 0;
    const cut = fta.get(`${f.from}|${f.to}`) ?? 0;
    // GDP growth scales trade with the smaller economy's growth so trade/GDP stays meaningful
    const ra = state.states[f.from]!,
      rb = state.states[f.to]!;
    const scale = Math.min(ra.gdp / ra.gdp0, rb.gdp / rb.gdp0);
    X[a * n + b] = X[a * n + b]! + f.value * scale * (1 + p.ftaBoost * cut) * (1 - sab) * (1 - sba);
  }
  return X;
}

export function defenceAllies(state: GameState): Map<StateId, Set<StateId>> {
  const m = new Map<StateId, Set<StateId>>();
  for (const t of Object.values(state.treaties)) {
    if (t.kind !== "defence") continue;
    for (const a of t.members) {
      let s = m.get(a);
      if (!s) m.set(a, (s = new Set()));
      for (const b of t.members) if (a !== b) s.add(b);
    }
  }
  return m;
}

/**
 * Partners of each state by treaty kind, as sorted index lists. A multilateral consultation
 * pact whose members include states that a defence pact in force sets against each other (the
 * 1839 Treaty of London binds Germany and Russia) is a concert, not an entente: it makes no
 * partners.
 */
function partners(state: GameState, index: Map<StateId, number>, kind: string): number[][] {
  const sets: Set<number>[] = state.scenario.states.map(() => new Set());
  const named = new Set<string>();
  for (const t of Object.values(state.treaties))
    if (t.kind === "defence")
      for (const m of t.members)
        for (const d of t.directedAgainst) named.add(`${m}|${d}`).add(`${d}|${m}`);
  const concert = (members: readonly StateId[]) =>
    members.some((a) => members.some((b) => named.has(`${a}|${b}`)));
  for (const t of Object.values(state.treaties)) {
    if (t.kind !== kind || (kind === "consultation" && concert(t.members))) continue;
    const ms = t.members.map((m) => index.get(m)).filter((x): x is number => x !== undefined);
    for (const a of ms) for (const b of ms) if (a !== b) sets[a]!.add(b);
  }
  return sets.map((x) => [...x].sort((a, b) => a - b));
}

/**
 * Every quantity of one round: capabilities, proximity, intentions, r, T and T*.
 * Shapes: per-state arrays of length n, pair matrices flat of length n * n with
 * [i * n + j] = about i as seen by j. Threats are in [0, 100]. Pure and deterministic.
 */
export function computeWorld(state: GameState): World {
  const p = state.params;
  const sc = state.scenario;
  const ss = sc.states;
  const n = ss.length;
  const ids = ss.map((s) => s.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const cap = capabilities(state, p);
  const { K } = cap;
  const nuclear = new Float64Array(ss.map((s) => s.nuclear ?? 0));
  const greatPower = ss.map((s) => s.greatPower === true);

  // allies and blocs
  const allyMap = defenceAllies(state);
  const allies = partners(state, index, "defence");
  const ententes = partners(state, index, "consultation").map((list, j) =>
    list.filter((k) => !allies[j]!.includes(k)),
  );
  const ententeNamed = new Map<number, Set<number>>();
  for (const t of Object.values(state.treaties)) {
    if (t.kind !== "consultation") continue;
    const named = t.directedAgainst.map((x) => index.get(x)).filter((x) => x !== undefined);
    for (const a of t.members)
      for (const b of t.members) {
        const ia = index.get(a),
          ib = index.get(b);
        if (ia === undefined || ib === undefined || ia === ib) continue;
        const set = ententeNamed.get(ia * n + ib) ?? new Set<number>();
        for (const x of named) set.add(x);
        ententeNamed.set(ia * n + ib, set);
      }
  }
  // defence blocs: the one definition in game/blocs.ts (a state in none is its own bloc)
  const bloc = new Int32Array(n).fill(-1);
  for (const b of defenceBlocs(Object.values(state.treaties), ids))
    for (const m of b.members) {
      const i = index.get(m);
      if (i !== undefined) bloc[i] = n + b.number;
    }
  for (let i = 0; i < n; i++) if (bloc[i] === -1) bloc[i] = i;

  const basesOf: number[][] = ids.map(() => []);
  for (const b of [...state.bases, ...Object.values(state.treaties).flatMap((t) => t.basing)]) {
    const o = index.get(b.owner),
      h = index.get(b.host);
    if (o !== undefined && h !== undefined && !basesOf[o]!.includes(h)) basesOf[o]!.push(h);
  }
  const prox = proximityMatrix(state, p, basesOf, allies);
  const affinity = new Float64Array(n * n).fill(p.defaultAffinity);
  for (const [a, row] of Object.entries(state.U))
    for (const [b, u] of Object.entries(row)) {
      const ia = index.get(a),
        ib = index.get(b);
      if (ia !== undefined && ib !== undefined) affinity[ia * n + ib] = u;
    }

  const { I, iota } = intentionsMatrix(state, ids, index, allyMap);

  const r = new Float64Array(n * n);
  const T = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const q = i * n + j;
      r[q] = nuclearRelativeCapability(K[i]!, K[j]!, nuclear[i]!, nuclear[j]!, p.nuclearParity);
      const io = iota[q]!;
      T[q] = 100 * r[q]! * prox[q]! * (io + (1 - io) * I[q]!);
    }
  const { Tstar, via, viaShare } = extendedThreat(
    { n, T, r, prox, I, iota, allies, ententes, ententeNamed, greatPower, K },
    p,
  );

  return {
    ids,
    index,
    n,
    playable: ss.map((s) => s.playable),
    ...cap,
    nuclear,
    greatPower,
    cinc: cap.cinc,
    prox,
    I,
    iota,
    r,
    T,
    Tstar,
    via,
    viaShare,
    allies,
    ententes,
    ententeNamed,
    bloc,
    basesOf,
    affinity,
    trade: currentTrade(state, index, n),
  };
}

/**
 * v2 relative capability of i against j with nuclear deterrents nu in [0, 1]:
 *   r_ij = min(1 - parity nu_j, max(parity nu_i, K_i / (K_i + K_j))).
 * j's secure second strike caps i's edge (Jervis 1989); i's arsenal gives it the power to hurt
 * j whatever the conventional balance (Schelling 1966). Two secure arsenals: r = parity = 1/2.
 */
export function nuclearRelativeCapability(
  ki: number,
  kj: number,
  nuI: number,
  nuJ: number,
  parity: number,
): number {
  const raw = ki + kj > 0 ? ki / (ki + kj) : 0.5;
  return Math.min(1 - parity * nuJ, Math.max(parity * nuI, raw));
}

/** r_ij = K_i / (K_i + K_j) (conventional capability only; the threat uses World.r). */
export function relCap(w: World, i: number, j: number): number {
  const s = w.K[i]! + w.K[j]!;
  return s > 0 ? w.K[i]! / s : 0.5;
}
