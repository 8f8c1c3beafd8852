/** Coded acts and the intentions update of THREAT-MODEL.md s.2. */
import { ACTION_CODES } from "../cameo";
import type { ActionCode } from "../cameo";
import type { ModelParameters } from "../parameters";
import type { CodedAct, GameState, Intentions, StateId } from "./types";

export function codedAct(
  round: number,
  actor: StateId,
  target: StateId | null,
  action: ActionCode,
  origin: CodedAct["origin"],
  note = "",
): CodedAct {
  const c = ACTION_CODES[action];
  return { round, actor, target, action, cameo: c.cameo, goldstein: c.goldstein, origin, note };
}

const UNDIRECTED = "*";
const TINY = 1e-6;

/**
 * One round of the intentions update:
 *   H_ij <- d H_ij + sum max(0,-g)/10   (d = 0.9 if some act i->j had g <= -9, else 0.8)
 *   C_ij <- 0.6 C_ij + sum max(0,g)/10
 *   A_i  <- 0.8 A_i + sum over all targets max(0,-g)/10   (kept per target, see world.ts)
 *   B_i  <- 0.9 B_i + treaties broken this round
 * With decay = false the acts are added without decay (history and crises: one-off shocks
 * that arrive between round ends).
 */
export function foldIntentions(
  prev: Intentions,
  acts: readonly CodedAct[],
  broken: Record<StateId, number>,
  p: ModelParameters,
  decay = true,
): Intentions {
  const hostileSum = new Map<string, number>();
  const severe = new Set<string>();
  const coopSum = new Map<string, number>();
  const aggSum = new Map<string, number>();
  for (const a of acts) {
    const neg = Math.max(0, -a.goldstein) / 10;
    const pos = Math.max(0, a.goldstein) / 10;
    const t = a.target ?? UNDIRECTED;
    const key = `${a.actor}\u0000${t}`;
    if (neg > 0) {
      aggSum.set(key, (aggSum.get(key) ?? 0) + neg);
      if (a.target !== null) hostileSum.set(key, (hostileSum.get(key) ?? 0) + neg);
      if (a.goldstein <= p.severeGoldstein) severe.add(key);
    }
    if (pos > 0 && a.target !== null) coopSum.set(key, (coopSum.get(key) ?? 0) + pos);
  }
  const step = (
    old: Record<StateId, Record<StateId, number>>,
    add: Map<string, number>,
    rate: (key: string) => number,
  ): Record<StateId, Record<StateId, number>> => {
    const out: Record<StateId, Record<StateId, number>> = {};
    const put = (i: string, j: string, v: number) => {
      if (v < TINY) return;
      (out[i] ??= {})[j] = v;
    };
    for (const [i, row] of Object.entries(old))
      for (const [j, v] of Object.entries(row)) {
        const key = `${i}\u0000${j}`;
        put(i, j, (decay ? rate(key) : 1) * v + (add.get(key) ?? 0));
      }
    for (const [key, v] of add) {
      const [i, j] = key.split("\u0000") as [string, string];
      if (old[i]?.[j] === undefined) put(i, j, v);
    }
    return out;
  };
  const B: Record<StateId, number> = {};
  for (const [i, v] of Object.entries(prev.B))
    if ((decay ? p.perfidyDecay : 1) * v >= TINY) B[i] = (decay ? p.perfidyDecay : 1) * v;
  for (const [i, n] of Object.entries(broken)) if (n > 0) B[i] = (B[i] ?? 0) + n;
  return {
    H: step(prev.H, hostileSum, (k) => (severe.has(k) ? p.severeHostilityDecay : p.hostilityDecay)),
    C: step(prev.C, coopSum, () => p.cooperationDecay),
    A: step(prev.A, aggSum, () => p.aggressivenessDecay),
    B,
  };
}

/** Economic side effects of coded events from history and crises (sanctions change trade). */
export function applyEventEconomics(
  state: GameState,
  acts: readonly CodedAct[],
): GameState["sanctions"] {
  const p = state.params;
  const out: GameState["sanctions"] = {};
  for (const [k, v] of Object.entries(state.sanctions)) out[k] = { ...v };
  for (const a of acts) {
    if (a.target === null) continue;
    const row = (out[a.actor] ??= {});
    if (a.action === "tariff") row[a.target] = Math.max(row[a.target] ?? 0, p.tariffIntensity);
    else if (a.action === "embargo" || a.action === "blockade" || a.action === "seize-assets")
      row[a.target] = p.embargoIntensity;
    else if (a.action === "lift-sanctions") delete row[a.target];
  }
  return out;
}
