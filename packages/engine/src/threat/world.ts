/**
 * One round's measurements, computed once and shared by the threat matrix, predictions,
 * scores and bots. Dense typed arrays keep 193 states (37k pairs) within a few ms.
 * Convention: matrix[i * n + j] is about i as seen by j (T_ij = threat of i to j).
 */
import { greatCircleKm } from "../geo";
import { lambda0For } from "../parameters";
import type { GameState, StateId } from "../game/types";

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
  K: Float64Array;
  cinc: Float64Array;
  prox: Float64Array;
  I: Float64Array;
  iota: Float64Array;
  T: Float64Array;
  Tstar: Float64Array;
  /** Index of the ally k whose threat set T*_ij, or -1 when T*_ij = T_ij. */
  via: Int32Array;
  /** Defence-pact partners of each state. */
  allies: number[][];
  /** Defence-pact blocs (connected components), by state index. */
  bloc: Int32Array;
  trade: Float64Array;
};

const logit = (p: number) => Math.log(p / (1 - p));
const clampP = (p: number) => Math.min(1 - 1e-9, Math.max(1e-9, p));

type Static = { dist: Float64Array; contiguity: Uint8Array };
const staticCache = new WeakMap<object, Static>();

/** Distances and contiguity depend only on the scenario: computed once per scenario object. */
function staticOf(state: GameState): Static {
  const hit = staticCache.get(state.scenario);
  if (hit) return hit;
  const ss = state.scenario.states;
  const n = ss.length;
  const dist = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const a = ss[i]!.capital,
        b = ss[j]!.capital;
      const d = greatCircleKm(a.lat, a.lon, b.lat, b.lon);
      dist[i * n + j] = d;
      dist[j * n + i] = d;
    }
  const index = new Map(ss.map((s, i) => [s.id, i]));
  const contiguity = new Uint8Array(n * n);
  for (const c of state.scenario.contiguity) {
    const a = index.get(c.a),
      b = index.get(c.b);
    if (a === undefined || b === undefined) continue;
    // keep the closest code if a pair is listed twice
    const prev = contiguity[a * n + b]!;
    const code = prev === 0 ? c.code : Math.min(prev, c.code);
    contiguity[a * n + b] = code;
    contiguity[b * n + a] = code;
  }
  const s = { dist, contiguity };
  staticCache.set(state.scenario, s);
  return s;
}

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

export function computeWorld(state: GameState): World {
  const p = state.params;
  const sc = state.scenario;
  const ss = sc.states;
  const n = ss.length;
  const ids = ss.map((s) => s.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const { dist, contiguity } = staticOf(state);
  const row = sc.restOfWorld ?? {};

  const gdp = new Float64Array(n),
    milex = new Float64Array(n),
    milper = new Float64Array(n),
    burden = new Float64Array(n);
  const pop = new Float64Array(n),
    upop = new Float64Array(n),
    irst = new Float64Array(n),
    pec = new Float64Array(n);
  let hasIndustry = false;
  ss.forEach((s, i) => {
    const rt = state.states[s.id]!;
    const growth = rt.gdp / rt.gdp0;
    gdp[i] = rt.gdp;
    burden[i] = rt.burden;
    // spending follows the economy and the chosen burden; war losses cut forces
    milex[i] = s.milex * growth * (rt.burden / rt.burden0) * rt.forces;
    milper[i] = s.milper * rt.forces;
    pop[i] = s.pop;
    upop[i] = s.urbanPop;
    // industry tracks the economy (historical AP would otherwise be frozen)
    irst[i] = (s.irst ?? 0) * growth;
    pec[i] = (s.pec ?? 0) * growth;
    if (s.irst !== undefined || s.pec !== undefined) hasIndustry = true;
  });
  const shares = (x: Float64Array, rest: number | undefined) => {
    let tot = rest ?? 0;
    for (let i = 0; i < n; i++) tot += x[i]!;
    const out = new Float64Array(n);
    if (tot > 0) for (let i = 0; i < n; i++) out[i] = x[i]! / tot;
    return out;
  };
  const sY = shares(gdp, row.gdp),
    sPop = shares(pop, row.pop),
    sU = shares(upop, row.urbanPop);
  const sI = shares(irst, row.irst),
    sE = shares(pec, row.pec),
    sM = shares(milex, row.milex),
    sP = shares(milper, row.milper);

  const AP = new Float64Array(n),
    MC = new Float64Array(n),
    OC = new Float64Array(n),
    K = new Float64Array(n),
    cinc = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s = ss[i]!;
    const rt = state.states[s.id]!;
    AP[i] =
      sc.era === "historical"
        ? (sPop[i]! + sU[i]! + sI[i]! + sE[i]!) / 4
        : 0.5 * sY[i]! + 0.25 * sPop[i]! + 0.25 * sU[i]!;
    cinc[i] = hasIndustry
      ? (sPop[i]! + sU[i]! + sI[i]! + sE[i]! + sM[i]! + sP[i]!) / 6
      : (sPop[i]! + sU[i]! + sM[i]! + sP[i]!) / 4;
    MC[i] = p.milexWeight * sM[i]! + (1 - p.milexWeight) * sP[i]!;
    OC[i] =
      MC[i]! *
      (p.postureBase + (1 - p.postureBase) * rt.posture) *
      (1 + p.mobilisationBoost * rt.mob);
    K[i] = p.apWeight * AP[i]! + (1 - p.apWeight) * OC[i]!;
  }

  // allies and blocs
  const allyMap = defenceAllies(state);
  const allies: number[][] = ids.map((id) =>
    [...(allyMap.get(id) ?? [])].map((a) => index.get(a)!).sort((a, b) => a - b),
  );
  const bloc = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (bloc[i] !== -1) continue;
    bloc[i] = i;
    const stack = [i];
    while (stack.length) {
      const x = stack.pop()!;
      for (const y of allies[x]!)
        if (bloc[y] === -1) {
          bloc[y] = i;
          stack.push(y);
        }
    }
  }

  // proximity with the loss-of-strength gradient and forward bases
  const lambda0 = lambda0For(p, sc.year);
  const cb = p.contiguityBonus;
  const cbOf = (code: number) => (code === 0 ? 0 : cb[code - 1]!);
  const basesOf: number[][] = ids.map(() => []);
  for (const b of [...state.bases, ...Object.values(state.treaties).flatMap((t) => t.basing)]) {
    const o = index.get(b.owner),
      h = index.get(b.host);
    if (o !== undefined && h !== undefined && !basesOf[o]!.includes(h)) basesOf[o]!.push(h);
  }
  const prox = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const lambda = lambda0 * (1 + p.projectionLambdaFactor * ss[i]!.projection);
    const g = (d: number) => 1 / (1 + (d / lambda) ** p.gradientExponent);
    for (let j = 0; j < n; j++) {
      if (i === j) {
        prox[i * n + j] = 1;
        continue;
      }
      let v = Math.max(cbOf(contiguity[i * n + j]!), g(dist[i * n + j]!));
      // bases hosted by j itself (with its consent) do not make i closer to j
      for (const b of basesOf[i]!)
        if (b !== j) v = Math.max(v, cbOf(contiguity[b * n + j]!), g(dist[b * n + j]!));
      prox[i * n + j] = v;
    }
  }

  // intentions
  const I = new Float64Array(n * n);
  const iota = new Float64Array(n * n);
  const { H, C, A, B } = state.intentions;
  const Atot = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = A[ids[i]!];
    if (a) for (const v of Object.values(a)) Atot[i] = Atot[i]! + v;
  }
  const z0 = logit(clampP(p.startingHostility));
  for (let i = 0; i < n; i++) {
    const idI = ids[i]!;
    const Hi = H[idI],
      Ci = C[idI],
      Ai = A[idI],
      I0i = state.I0[idI],
      Ui = state.U[idI];
    const Bi = B[idI] ?? 0;
    const allySet = allyMap.get(idI);
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const idJ = ids[j]!;
      const i0 = I0i?.[idJ];
      const u = Ui?.[idJ] ?? p.defaultAffinity;
      // DEPARTURE (README): A counts acts against third parties only (acts against j are in H_ij already),
      // and the affinity term is centred on the default U, so that with no events I = I0 exactly.
      const z =
        (i0 === undefined ? z0 : logit(clampP(i0))) +
        p.weightHostility * (Hi?.[idJ] ?? 0) +
        p.weightAggressiveness * (Atot[i]! - (Ai?.[idJ] ?? 0)) +
        p.weightPerfidy * Bi +
        p.weightDisaffinity * (1 - u - (1 - p.defaultAffinity)) -
        p.weightCooperation * (Ci?.[idJ] ?? 0);
      I[i * n + j] = 1 / (1 + Math.exp(-z));
      // allies in good standing: a defence partner that has not recently broken faith
      iota[i * n + j] = allySet?.has(idJ) && Bi < 0.5 ? p.iotaAlly : p.iotaNonAlly;
    }
  }

  const T = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const r = K[i]! + K[j]! > 0 ? K[i]! / (K[i]! + K[j]!) : 0.5;
      const io = iota[i * n + j]!;
      T[i * n + j] = 100 * r * prox[i * n + j]! * (io + (1 - io) * I[i * n + j]!);
    }
  const Tstar = new Float64Array(T);
  const via = new Int32Array(n * n).fill(-1);
  for (let j = 0; j < n; j++)
    for (const k of allies[j]!)
      for (let i = 0; i < n; i++) {
        if (i === j || i === k) continue;
        const v = p.allyThreatShare * T[i * n + k]!;
        if (v > Tstar[i * n + j]!) {
          Tstar[i * n + j] = v;
          via[i * n + j] = k;
        }
      }

  return {
    ids,
    index,
    n,
    playable: ss.map((s) => s.playable),
    gdp,
    milex,
    milper,
    burden,
    AP,
    MC,
    OC,
    K,
    cinc,
    prox,
    I,
    iota,
    T,
    Tstar,
    via,
    allies,
    bloc,
    trade: currentTrade(state, index, n),
  };
}

/** r_ij = K_i / (K_i + K_j). */
export function relCap(w: World, i: number, j: number): number {
  const s = w.K[i]! + w.K[j]!;
  return s > 0 ? w.K[i]! / s : 0.5;
}
