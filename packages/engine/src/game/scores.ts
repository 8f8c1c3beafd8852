/** Security, prosperity and the weighted score of THREAT-MODEL.md s.7. */
import type { ModelParameters } from "../parameters";
import type { World } from "../threat/world";
import type { GameState, ScoreBreakdown, StateId } from "./types";

/** Coverage of j against i: (K_j + sum_allies rel_k K_k Prox_kj) / (K_i + same over i's allies), rel_k = 1/(1+B_k). */
export function coverage(w: World, rel: Float64Array, i: number, j: number): number {
  const n = w.n;
  let own = w.K[j]!;
  for (const k of w.allies[j]!) if (k !== i) own += rel[k]! * w.K[k]! * w.prox[k * n + j]!;
  let their = w.K[i]!;
  for (const a of w.allies[i]!) if (a !== j) their += rel[a]! * w.K[a]! * w.prox[a * n + j]!;
  return their > 0 ? own / their : Infinity;
}

/** Sec_j = 100 (1 - max_i T*_ij/100 * max(0, 1 - Cov_ij)). */
export function securityOf(w: World, rel: Float64Array, j: number): number {
  let worst = 0;
  for (let i = 0; i < w.n; i++) {
    if (i === j) continue;
    const v = (w.Tstar[i * w.n + j]! / 100) * Math.max(0, 1 - coverage(w, rel, i, j));
    if (v > worst) worst = v;
  }
  return 100 * (1 - worst);
}

export function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function weightsFor(
  state: GameState,
  p: ModelParameters,
  id: StateId,
): { security: number; prosperity: number } {
  const role = state.roles[id];
  return (role !== undefined ? p.roleWeights[role] : undefined) ?? p.scoreWeights;
}

export function computeScores(state: GameState, w: World): Record<StateId, ScoreBreakdown> {
  const p = state.params;
  const rel = new Float64Array(w.n);
  for (let k = 0; k < w.n; k++) rel[k] = 1 / (1 + (state.intentions.B[w.ids[k]!] ?? 0));
  const growth: number[] = [];
  for (let j = 0; j < w.n; j++)
    if (w.playable[j]) {
      const rt = state.states[w.ids[j]!]!;
      growth.push(rt.gdp / rt.gdp0);
    }
  const med = median(growth) || 1;
  const out: Record<StateId, ScoreBreakdown> = {};
  for (let j = 0; j < w.n; j++) {
    if (!w.playable[j]) continue;
    const id = w.ids[j]!;
    const rt = state.states[id]!;
    const security = securityOf(w, rel, j);
    // Pros normalised to the scenario median: 100 = growing like the median state
    const prosperity = (100 * (rt.gdp / rt.gdp0)) / med;
    const weights = weightsFor(state, p, id);
    const r2 = (x: number) => Math.round(x * 100) / 100;
    out[id] = {
      security: r2(security),
      prosperity: r2(prosperity),
      score: r2(weights.security * security + weights.prosperity * prosperity),
      weights,
    };
  }
  return out;
}
