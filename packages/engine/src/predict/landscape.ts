/**
 * Axelrod-Bennett landscape theory (THREAT-MODEL.md s.4 comparator): two blocs that
 * minimise frustration E = sum_{j<k} K_j K_k p_jk d_jk, where d_jk = 1 when j and k are
 * split. Exhaustive (Gray code, O(n) per step) up to landscapeExhaustiveMax states;
 * above, a deterministic greedy start plus single-flip descent.
 */
import type { ModelParameters } from "../parameters";
import type { GameState, StateId } from "../game/types";
import type { World } from "../threat/world";

export type LandscapeResult = { blocs: [StateId[], StateId[]]; frustration: number; exhaustive: boolean };

/** Propensities among the given state indices: p_jk = base + trade term + treaty term - (T*_jk + T*_kj)/100. */
export function propensities(w: World, p: ModelParameters, state: GameState, members: number[]): Float64Array {
  const m = members.length;
  const n = w.n;
  const treatyBonus = new Map<string, number>();
  for (const t of Object.values(state.treaties)) {
    const bonus = t.kind === "defence" ? p.landscapeDefenceWeight : p.landscapeOtherTreatyWeight;
    for (const a of t.members)
      for (const b of t.members) if (a < b) treatyBonus.set(`${a}|${b}`, (treatyBonus.get(`${a}|${b}`) ?? 0) + bonus);
  }
  const P = new Float64Array(m * m);
  for (let x = 0; x < m; x++)
    for (let y = x + 1; y < m; y++) {
      const j = members[x]!, k = members[y]!;
      const ij = w.ids[j]!, ik = w.ids[k]!;
      const trade = (w.trade[j * n + k]! + w.trade[k * n + j]!) / Math.max(1e-9, Math.min(w.gdp[j]!, w.gdp[k]!));
      const key = ij < ik ? `${ij}|${ik}` : `${ik}|${ij}`;
      const v = p.landscapeBase + p.landscapeTradeWeight * trade + (treatyBonus.get(key) ?? 0) - (w.Tstar[j * n + k]! + w.Tstar[k * n + j]!) / 100;
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
  // pair weights s_j s_k p_jk with size = capability K
  const W = new Float64Array(m * m);
  for (let x = 0; x < m; x++) for (let y = 0; y < m; y++) if (x !== y) W[x * m + y] = w.K[members[x]!]! * w.K[members[y]!]! * P[x * m + y]!;
  const side = new Uint8Array(m);
  let energy = 0;
  let best = new Uint8Array(m), bestE = 0;
  const flipDelta = (x: number) => {
    let d = 0;
    for (let y = 0; y < m; y++) if (y !== x) d += side[y] === side[x] ? W[x * m + y]! : -W[x * m + y]!;
    return d;
  };
  const exhaustive = m <= p.landscapeExhaustiveMax;
  if (m < 2) {
    // nothing to split
  } else if (exhaustive) {
    // Gray code over states 1..m-1 (state 0 stays in bloc 0: the split is unordered)
    const steps = 2 ** (m - 1);
    for (let g = 1; g < steps; g++) {
      const bit = 31 - Math.clz32(g & -g);
      const x = bit + 1;
      energy += flipDelta(x);
      side[x] = side[x] ? 0 : 1;
      if (energy < bestE - 1e-12) { bestE = energy; best = side.slice(); }
    }
  } else {
    // greedy: largest first, each to the side that adds least frustration
    const order = [...Array(m).keys()].sort((a, b) => w.K[members[b]!]! - w.K[members[a]!]! || a - b);
    const placed = new Uint8Array(m);
    for (const x of order) {
      let cost0 = 0, cost1 = 0;
      for (let y = 0; y < m; y++) {
        if (!placed[y]) continue;
        if (side[y] === 0) cost1 += W[x * m + y]!; else cost0 += W[x * m + y]!;
      }
      side[x] = cost1 < cost0 ? 1 : 0;
      placed[x] = 1;
    }
    energy = 0;
    for (let x = 0; x < m; x++) for (let y = x + 1; y < m; y++) if (side[x] !== side[y]) energy += W[x * m + y]!;
    for (let iter = 0; iter < 50 * m; iter++) {
      let bx = -1, bd = -1e-12;
      for (let x = 0; x < m; x++) { const d = flipDelta(x); if (d < bd) { bd = d; bx = x; } }
      if (bx < 0) break;
      energy += bd;
      side[bx] = side[bx] ? 0 : 1;
    }
    best = side.slice();
    bestE = energy;
  }
  const a: number[] = [], b: number[] = [];
  for (let x = 0; x < m; x++) (best[x] ? b : a).push(members[x]!);
  const size = (l: number[]) => l.reduce((s, i) => s + w.K[i]!, 0);
  const [first, second] = size(a) >= size(b) ? [a, b] : [b, a];
  const names = (l: number[]) => l.map((i) => w.ids[i]!).sort();
  return { blocs: [names(first), names(second)], frustration: Math.round(bestE * 1e9) / 1e9, exhaustive };
}
