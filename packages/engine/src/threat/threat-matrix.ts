/**
 * Per-perceiver threat with its four sources. Because T is a product,
 *   ln T*_ij = ln 100 + aggregatePower + offensiveCapability + proximity + intentions + allyShare
 * where (x = j, or the ally k whose threat set T*):
 *   proximity  = ln Prox_ix,  intentions = ln(iota0 + (1 - iota0) I_ix),
 *   ln r_ix is split between the two halves of K_i = 0.4 AP_i + 0.6 OC_i in proportion
 *   to their contributions: aggregatePower = ln r_ix * 0.4 AP_i / K_i,
 *   offensiveCapability = ln r_ix * 0.6 OC_i / K_i,
 *   allyShare = ln 0.5 when the threat is one to an ally (else 0).
 * Every term is <= 0 except ln 100: the closer a term is to 0, the more that source drives the threat.
 */
import type { StateId } from "../game/types";
import type { World } from "./world";
import { relCap } from "./world";

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
  r: number;
  prox: number;
  I: number;
};

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
const safeLn = (x: number) => Math.log(Math.max(x, 1e-12));

export function threatEntry(w: World, apWeight: number, allyShare: number, i: number, j: number): ThreatEntry {
  const n = w.n;
  const v = w.via[i * n + j]!;
  const x = v >= 0 ? v : j;
  const r = relCap(w, i, x);
  const lnR = safeLn(r);
  const K = w.K[i]!;
  const apPart = K > 0 ? (apWeight * w.AP[i]!) / K : 0.5;
  const io = w.iota[i * n + x]!;
  return {
    total: round4(w.Tstar[i * n + j]!),
    direct: round4(w.T[i * n + j]!),
    viaAlly: v >= 0 ? w.ids[v]! : null,
    aggregatePower: round4(lnR * apPart),
    offensiveCapability: round4(lnR * (1 - apPart)),
    proximity: round4(safeLn(w.prox[i * n + x]!)),
    intentions: round4(safeLn(io + (1 - io) * w.I[i * n + x]!)),
    allyShare: v >= 0 ? round4(Math.log(allyShare)) : 0,
    r: round4(relCap(w, i, j)),
    prox: round4(w.prox[i * n + j]!),
    I: round4(w.I[i * n + j]!),
  };
}

/** threat[perceiver][other]: how `perceiver` sees `other`. */
export function computeThreatMatrix(w: World, apWeight: number, allyShare: number): Record<StateId, Record<StateId, ThreatEntry>> {
  const out: Record<StateId, Record<StateId, ThreatEntry>> = {};
  for (let j = 0; j < w.n; j++) {
    const row: Record<StateId, ThreatEntry> = {};
    for (let i = 0; i < w.n; i++) if (i !== j) row[w.ids[i]!] = threatEntry(w, apWeight, allyShare, i, j);
    out[w.ids[j]!] = row;
  }
  return out;
}
