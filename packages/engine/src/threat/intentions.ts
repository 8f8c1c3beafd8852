/**
 * Intentions I_ij (THREAT-MODEL.md s.2; docs/model.md s.4): how hostile i's intentions look to
 * j, a logistic of the prior I0 and the event history, and the uncertainty floor iota_ij.
 * Shapes: flat n x n Float64Arrays, [i * n + j] = about i as seen by j, in [0, 1].
 */
import type { GameState, StateId } from "../game/types";

const logit = (p: number) => Math.log(p / (1 - p));
const clampP = (p: number) => Math.min(1 - 1e-9, Math.max(1e-9, p));

/** I and iota for every pair; pure. O(n^2) fills plus O(pairs with data). */
export function intentionsMatrix(
  state: GameState,
  ids: readonly StateId[],
  index: ReadonlyMap<StateId, number>,
  allyMap: ReadonlyMap<StateId, ReadonlySet<StateId>>,
): { I: Float64Array; iota: Float64Array } {
  const p = state.params;
  const n = ids.length;
  const I = new Float64Array(n * n);
  const iota = new Float64Array(n * n);
  const { H, C, A, B } = state.intentions;
  const Atot = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = A[ids[i]!];
    if (a) for (const v of Object.values(a)) Atot[i] = Atot[i]! + v;
  }
  const z0 = logit(clampP(p.startingHostility));
  // DEPARTURE (docs/model.md): A counts acts against third parties only (acts against j are in H_ij already),
  // and the affinity term is centred on the default U, so that with no events I = I0 exactly.
  const zOf = (
    i0: number | undefined,
    h: number,
    aOther: number,
    u: number,
    b: number,
    c: number,
  ): number =>
    (i0 === undefined ? z0 : logit(clampP(i0))) +
    p.weightHostility * h +
    // v2: j reads i's aggressiveness towards third parties as aimed at common rivals in
    // proportion to their affinity (x (1 - U_ij) / (1 - U_default), 0.2 for U = 0.9)
    p.weightAggressiveness * aOther * Math.min(2, (1 - u) / Math.max(1e-9, 1 - p.defaultAffinity)) +
    p.weightPerfidy * b +
    p.weightDisaffinity * (1 - u - (1 - p.defaultAffinity)) -
    p.weightCooperation * c;
  const floorNonAlly = Math.min(p.iotaNonAlly, p.startingHostility);
  for (let i = 0; i < n; i++) {
    const idI = ids[i]!;
    const Hi = H[idI],
      Ci = C[idI],
      Ai = A[idI],
      I0i = state.I0[idI],
      Ui = state.U[idI];
    const Bi = B[idI] ?? 0;
    const allySet = allyMap.get(idI);
    // most pairs have no data: one value for them (the same arithmetic as a pair with data
    // at its defaults), then the pairs with data; 193 states are 37k pairs
    const Idefault = 1 / (1 + Math.exp(-zOf(undefined, 0, Atot[i]!, p.defaultAffinity, Bi, 0)));
    const row = i * n;
    I.fill(Idefault, row, row + n);
    iota.fill(floorNonAlly, row, row + n);
    I[row + i] = 0;
    iota[row + i] = 0;
    const special = new Set<StateId>();
    for (const rec of [Hi, Ci, Ai, I0i, Ui]) if (rec) for (const k in rec) special.add(k);
    if (allySet) for (const k of allySet) special.add(k);
    for (const idJ of special) {
      const j = index.get(idJ);
      if (j === undefined || j === i) continue;
      const i0 = I0i?.[idJ];
      const u = Ui?.[idJ] ?? p.defaultAffinity;
      const z = zOf(i0, Hi?.[idJ] ?? 0, Atot[i]! - (Ai?.[idJ] ?? 0), u, Bi, Ci?.[idJ] ?? 0);
      I[row + j] = 1 / (1 + Math.exp(-z));
      // allies in good standing: a defence partner that has not recently broken faith;
      // v2: no one else's floor is above the prior I0 of the pair (docs/model.md s.3)
      iota[row + j] =
        allySet?.has(idJ) && Bi < 0.5
          ? p.iotaAlly
          : Math.min(p.iotaNonAlly, i0 ?? p.startingHostility);
    }
  }

  return { I, iota };
}
