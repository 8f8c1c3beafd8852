/**
 * Per-perceiver threat with its four sources. Because T is a product,
 *   ln T*_ij = ln 100 + aggregatePower + offensiveCapability + proximity + intentions + allyShare
 * where (x = j, or the ally k whose threat set T*):
 *   proximity  = ln Prox_ix,  intentions = ln(iota0 + (1 - iota0) I_ix),
 *   ln r_ix is split between the two halves of K_i = 0.4 AP_i + 0.6 OC_i in proportion
 *   to their contributions: aggregatePower = ln r_ix * 0.4 AP_i / K_i,
 *   offensiveCapability = ln r_ix * 0.6 OC_i / K_i,
 *   allyShare = ln s_jk when the threat is one to partner k counted at share s_jk (else 0; extended-threat.ts).
 * v2: r is the capped relative capability (world.r), and K_i carries the quality term, so the
 * AP / OC split is of q_i (0.4 AP_i + 0.6 OC_i); q_i is a common factor and does not change it.
 * Every term is <= 0 except ln 100: the closer a term is to 0, the more that source drives the threat.
 *
 * The round log stores the matrix as a compact table of flat arrays (one per field,
 * index other * n + perceiver): 193 states are 37k pairs, and 37k small objects per
 * round cost more than everything else in a round. Entries are materialised on demand.
 */
import type { StateId } from "../game/types";
import type { World } from "./world";

export type ThreatEntry = {
  /** T*_ij in [0, 100]. */
  total: number;
  /** T_ij before threats to allies are counted. */
  direct: number;
  /** The defence ally whose threat set T*_ij, or null. */
  viaAlly: StateId | null;
  aggregatePower: number;
  proximity: number;
  offensiveCapability: number;
  intentions: number;
  allyShare: number;
  /** r_ij, Prox_ij and I_ij of the direct pair. */
  r: number;
  prox: number;
  I: number;
};

const FIELDS = [
  "total",
  "direct",
  "aggregatePower",
  "proximity",
  "offensiveCapability",
  "intentions",
  "allyShare",
  "r",
  "prox",
  "I",
] as const;
type Field = (typeof FIELDS)[number];

/** Threat of every state to every other, flat: value of (other i, perceiver j) at [i * n + j]. */
export type ThreatTable = { ids: StateId[] } & Record<Field, number[]> & { via: number[] };

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
const safeLn = (x: number) => Math.log(Math.max(x, 1e-12));

/**
 * The round's threat table from a World: every pair's T*, direct T and the ln-T breakdown.
 * `apWeight` splits ln r between AP and OC; `_allyShare` is kept for callers of v1 (the share is
 * now per pair, in `w.viaShare`). Values rounded to 4 decimals.
 */
export function computeThreatTable(w: World, apWeight: number, _allyShare?: number): ThreatTable {
  const n = w.n,
    N = n * n;
  const cols = Object.fromEntries(FIELDS.map((f) => [f, new Array<number>(N).fill(0)])) as Record<
    Field,
    number[]
  >;
  const via = new Array<number>(N).fill(-1);
  for (let i = 0; i < n; i++) {
    const K = w.K[i]! / (w.quality[i]! || 1);
    const apPart = K > 0 ? (apWeight * w.AP[i]!) / K : 0.5;
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const q = i * n + j;
      const v = w.via[q]!;
      const x = v >= 0 ? v : j;
      const qx = i * n + x;
      // a threat through partner x is measured against the stronger of j and x (extended-threat.ts)
      const lnR = safeLn(v >= 0 ? Math.min(w.r[q]!, w.r[qx]!) : w.r[q]!);
      const io = w.iota[qx]!;
      cols.total[q] = round4(w.Tstar[q]!);
      cols.direct[q] = round4(w.T[q]!);
      cols.aggregatePower[q] = round4(lnR * apPart);
      cols.offensiveCapability[q] = round4(lnR * (1 - apPart));
      cols.proximity[q] = round4(safeLn(w.prox[qx]!));
      cols.intentions[q] = round4(safeLn(io + (1 - io) * w.I[qx]!));
      cols.allyShare[q] = v >= 0 ? round4(Math.log(w.viaShare[q]!)) : 0;
      cols.r[q] = round4(w.r[q]!);
      cols.prox[q] = round4(w.prox[q]!);
      cols.I[q] = round4(w.I[q]!);
      via[q] = v;
    }
  }
  return { ids: [...w.ids], ...cols, via };
}

export function threatEntryAt(t: ThreatTable, i: number, j: number): ThreatEntry {
  const q = i * t.ids.length + j;
  const v = t.via[q]!;
  return {
    total: t.total[q]!,
    direct: t.direct[q]!,
    viaAlly: v >= 0 ? t.ids[v]! : null,
    aggregatePower: t.aggregatePower[q]!,
    proximity: t.proximity[q]!,
    offensiveCapability: t.offensiveCapability[q]!,
    intentions: t.intentions[q]!,
    allyShare: t.allyShare[q]!,
    r: t.r[q]!,
    prox: t.prox[q]!,
    I: t.I[q]!,
  };
}

/** How `perceiver` sees every other state. */
export function threatRow(t: ThreatTable, perceiver: StateId): Record<StateId, ThreatEntry> {
  const j = t.ids.indexOf(perceiver);
  const out: Record<StateId, ThreatEntry> = {};
  if (j < 0) return out;
  for (let i = 0; i < t.ids.length; i++) if (i !== j) out[t.ids[i]!] = threatEntryAt(t, i, j);
  return out;
}

/** T*: threat of `other` as seen by `perceiver` (0 when unknown). */
export function threatTotal(t: ThreatTable, perceiver: StateId, other: StateId): number {
  const j = t.ids.indexOf(perceiver),
    i = t.ids.indexOf(other);
  return i < 0 || j < 0 || i === j ? 0 : t.total[i * t.ids.length + j]!;
}

/** The perceiver's primary threat and its T* (ties: first in scenario order). */
export function primaryFromTable(t: ThreatTable, perceiver: StateId): [StateId | null, number] {
  const j = t.ids.indexOf(perceiver);
  const n = t.ids.length;
  let best = -1,
    bt = -1;
  for (let i = 0; i < n; i++)
    if (i !== j && t.total[i * n + j]! > bt) {
      bt = t.total[i * n + j]!;
      best = i;
    }
  return best < 0 ? [null, 0] : [t.ids[best]!, bt];
}

/** threat[perceiver][other] as objects (for reports and instructors). */
export function computeThreatMatrix(t: ThreatTable): Record<StateId, Record<StateId, ThreatEntry>> {
  return Object.fromEntries(t.ids.map((id) => [id, threatRow(t, id)]));
}
