/**
 * Axelrod-Bennett landscape theory (THREAT-MODEL.md s.4 comparator): two blocs that
 * minimise frustration E = sum_{j<k} K_j K_k p_jk d_jk, where d_jk = 1 when j and k are
 * split. Exhaustive (Gray code, O(n) per step) up to landscapeExhaustiveMax states;
 * above, a deterministic greedy start plus single-flip descent.
 */
import type { ModelParameters } from "../parameters";
import type { GameState, StateId } from "../game/types";
import type { World } from "../threat/world";

export type LandscapeResult = {
  blocs: [StateId[], StateId[]];
  frustration: number;
  exhaustive: boolean;
};

/** Propensities among the given state indices: p_jk = base + trade term + treaty term - (T*_jk + T*_kj)/100. */
export function propensities(
  w: World,
  p: ModelParameters,
  state: GameState,
  members: number[],
): Float64Array {
  const m = members.length;
  const n = w.n;
  const treatyBonus = new Map<string, number>();
  for (const t of Object.values(state.treaties)) {
    const bonus = t.kind === "defence" ? p.landscapeDefenceWeight : p.landscapeOtherTreatyWeight;
    for (const a of t.members)
      for (const b of t.members)
        if (a < b) treatyBonus.set(`${a}|${b}`, (treatyBonus.get(`${a}|${b}`) ?? 0) + bonus);
  }
  const P = new Float64Array(m * m);
  for (let x = 0; x < m; x++)
    for (let y = x + 1; y < m; y++) {
      const j = members[x]!,
        k = members[y]!;
      const ij = w.ids[j]!,
        ik = w.ids[k]!;
      const trade =
        (w.trade[j * n + k]! + w.trade[k * n + j]!) /
        Math.max(1e-9, Math.min(w.gdp[j]!, w.gdp[k]!));
      const key = ij < ik ? `${ij}|${ik}` : `${ik}|${ij}`;
      const u = state.U[ij]?.[ik] ?? p.defaultAffinity;
      // DEPARTURE (README): direct T, not T*, so alliance-borrowed threat is not counted twice (the treaty
      // term already ties allies), and an affinity term (A&B's shared-interest propensities)
      const T = p.landscapeUseDirectThreat ? w.T : w.Tstar;
      const v =
        p.landscapeBase +
        p.landscapeTradeWeight * trade +
        (treatyBonus.get(key) ?? 0) +
        p.landscapeAffinityWeight * (u - p.defaultAffinity) -
        (T[j * n + k]! + T[k * n + j]!) / 100;
      P[x * m + y] = v;
      P[y * m + x] = v;
    }
  return P;
}

export function landscapeSplit(w: World, p: ModelParameters, state: GameState): LandscapeResult {
  const members: number[] = [];
  for (let i = 0; i < w.n; i++) if (w.playable[i]) members.push(i);
  const m = members.length;
  const P = propensities(w, p, state, members);
  // pair weights s_j s_k p_jk with size = capability K (CINC share as size was tried: it splits 1939 worse)
  const size = w.K;
  const W = new Float64Array(m * m);
  for (let x = 0; x < m; x++)
    for (let y = 0; y < m; y++)
      if (x !== y) W[x * m + y] = size[members[x]!]! * size[members[y]!]! * P[x * m + y]!;
  // spin form: sigma_x = +-1; flipping x changes E by sigma_x * F_x with F_x = sum_y W_xy sigma_y,
  // so each step costs O(1) to evaluate and O(m) to update
  const sigma = new Int8Array(m).fill(1);
  const F = new Float64Array(m);
  for (let x = 0; x < m; x++) {
    let f = 0;
    for (let y = 0; y < m; y++) f += W[x * m + y]!;
    F[x] = f;
  }
  const flip = (x: number) => {
    const s = sigma[x]!;
    sigma[x] = -s;
    const row = x * m;
    for (let y = 0; y < m; y++) F[y] = F[y]! - 2 * s * W[row + y]!;
  };
  let energy = 0;
  let best = new Int8Array(sigma),
    bestE = 0,
    bestStep = 0;
  const exhaustive = m <= p.landscapeExhaustiveMax;
  if (m < 2) {
    // nothing to split
  } else if (exhaustive) {
    // Gray code over states 1..m-1 (state 0 stays put: the split is unordered)
    const steps = 2 ** (m - 1);
    for (let g = 1; g < steps; g++) {
      const x = 32 - Math.clz32(g & -g); // lowest set bit + 1
      energy += sigma[x]! * F[x]!;
      flip(x);
      if (energy < bestE - 1e-12) {
        bestE = energy;
        bestStep = g;
      }
    }
    // the configuration after step g of the Gray code: state x is flipped iff bit x-1 of g ^ (g >> 1)
    // (kept as a step number, not copied at every improvement)
    const gray = bestStep ^ (bestStep >>> 1);
    for (let x = 0; x < m; x++) best[x] = x > 0 && (gray >>> (x - 1)) & 1 ? -1 : 1;
  } else {
    // greedy: largest first, each to the side that adds least frustration; then best single flips
    const order = [...Array(m).keys()].sort(
      (a, b) => size[members[b]!]! - size[members[a]!]! || a - b,
    );
    const placed = new Uint8Array(m);
    const side = new Int8Array(m).fill(1);
    for (const x of order) {
      let costPlus = 0,
        costMinus = 0;
      for (let y = 0; y < m; y++) {
        if (!placed[y]) continue;
        if (side[y] === 1) costMinus += W[x * m + y]!;
        else costPlus += W[x * m + y]!;
      }
      side[x] = costMinus < costPlus ? -1 : 1;
      placed[x] = 1;
    }
    for (let x = 0; x < m; x++) if (side[x] === -1) flip(x);
    energy = 0;
    for (let x = 0; x < m; x++)
      for (let y = x + 1; y < m; y++) if (sigma[x] !== sigma[y]) energy += W[x * m + y]!;
    for (let iter = 0; iter < 50 * m; iter++) {
      let bx = -1,
        bd = -1e-12;
      for (let x = 0; x < m; x++) {
        const d = sigma[x]! * F[x]!;
        if (d < bd) {
          bd = d;
          bx = x;
        }
      }
      if (bx < 0) break;
      energy += bd;
      flip(bx);
    }
    best = new Int8Array(sigma);
    bestE = energy;
  }
  const a: number[] = [],
    b: number[] = [];
  for (let x = 0; x < m; x++) (best[x] === 1 ? a : b).push(members[x]!);
  const total = (l: number[]) => l.reduce((s, i) => s + w.K[i]!, 0);
  const [first, second] = total(a) >= total(b) ? [a, b] : [b, a];
  const names = (l: number[]) => l.map((i) => w.ids[i]!).sort();
  return {
    blocs: [names(first), names(second)],
    frustration: Math.round(bestE * 1e9) / 1e9,
    exhaustive,
  };
}
