/**
 * Proximity (THREAT-MODEL.md s.2 with the v2 changes): the loss-of-strength gradient
 * g(d) = 1 / (1 + (d / lambda_i)^2), lambda_i = lambda0 (1 + 2 pp_i), the COW contiguity
 * bonus, and forward bases. v2: power that must cross water or sit in bases counts
 * `seaPowerWeight` of power projected over land (Levy and Thompson 2010; Mearsheimer 2001,
 * ch. 4: the stopping power of water), and a base counts only when its host is neither the perceiver nor one of the
 * perceiver's defence allies (an ally-of-an-ally's garrison is not a threat to it).
 */
import { greatCircleKm } from "../geo";
import { lambda0For } from "../parameters";
import type { ModelParameters } from "../parameters";
import type { GameState } from "../game/types";

type Static = { dist: Float64Array; contiguity: Uint8Array; landLinked: Uint8Array };
const staticCache = new WeakMap<object, Static>();

/** Distances, contiguity and land links depend only on the scenario: computed once per scenario object. */
export function staticGeography(state: GameState): Static {
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
  // land links: connected through a chain of land borders (COW code 1) among the scenario's states
  const landLinked = new Uint8Array(n * n);
  const component = new Int32Array(n).fill(-1);
  for (let s = 0; s < n; s++) {
    if (component[s] !== -1) continue;
    component[s] = s;
    const stack = [s];
    while (stack.length) {
      const x = stack.pop()!;
      for (let y = 0; y < n; y++)
        if (component[y] === -1 && contiguity[x * n + y] === 1) {
          component[y] = s;
          stack.push(y);
        }
    }
  }
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) if (component[i] === component[j]) landLinked[i * n + j] = 1;
  const out = { dist, contiguity, landLinked };
  staticCache.set(state.scenario, out);
  return out;
}

/**
 * Prox_ij in [0, 1] (flat, [i * n + j] = how close i's power is to j), from
 *   land border: CB(1) = 1;
 *   water contiguity: seaPowerWeight CB(c_ij) (even a narrow strait stops armies: Mearsheimer);
 *   the distance gradient g(d_ij), times seaPowerWeight unless i and j are linked by land borders;
 *   each base of i in host h (h != j, h not a defence ally of j): seaPowerWeight max(CB(c_hj), g(d_hj)).
 * `bases[i]` lists the hosts of i's bases; `allies[j]` j's defence allies (indices).
 */
export function proximityMatrix(
  state: GameState,
  p: ModelParameters,
  bases: readonly number[][],
  allies: readonly number[][],
): Float64Array {
  const ss = state.scenario.states;
  const n = ss.length;
  const { dist, contiguity, landLinked } = staticGeography(state);
  const lambda0 = lambda0For(p, state.scenario.year);
  const cb = p.contiguityBonus;
  const cbOf = (code: number) => (code === 0 ? 0 : cb[code - 1]!);
  const sea = p.seaPowerWeight;
  const allySets = allies.map((a) => new Set(a));
  const prox = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const lambda = lambda0 * (1 + p.projectionLambdaFactor * ss[i]!.projection);
    const g = (d: number) => 1 / (1 + (d / lambda) ** p.gradientExponent);
    for (let j = 0; j < n; j++) {
      if (i === j) {
        prox[i * n + j] = 1;
        continue;
      }
      const q = i * n + j;
      const code = contiguity[q]!;
      let v = code === 1 ? 1 : Math.max(sea * cbOf(code), (landLinked[q] ? 1 : sea) * g(dist[q]!));
      for (const h of bases[i]!)
        if (h !== j && !allySets[j]!.has(h))
          v = Math.max(v, sea * Math.max(cbOf(contiguity[h * n + j]!), g(dist[h * n + j]!)));
      prox[q] = v;
    }
  }
  return prox;
}
