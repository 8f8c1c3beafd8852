/** The formulas of THREAT-MODEL.md s.2-s.3 as small pure functions (tested one by one). */

/** Historical AP = (s_tpop + s_upop + s_irst + s_pec) / 4. */
export const aggregatePowerHistorical = (s: {
  pop: number;
  urbanPop: number;
  irst: number;
  pec: number;
}) => (s.pop + s.urbanPop + s.irst + s.pec) / 4;

/** Modern AP = 0.5 s_Y + 0.25 s_pop + 0.25 s_upop. */
export const aggregatePowerModern = (s: { gdp: number; pop: number; urbanPop: number }) =>
  0.5 * s.gdp + 0.25 * s.pop + 0.25 * s.urbanPop;

/** CINC = mean of the six NMC shares. */
export const cinc = (s: {
  pop: number;
  urbanPop: number;
  irst: number;
  pec: number;
  milex: number;
  milper: number;
}) => (s.pop + s.urbanPop + s.irst + s.pec + s.milex + s.milper) / 6;

/** MC = 0.7 s_milex + 0.3 s_milper. */
export const militaryCapability = (sMilex: number, sMilper: number, milexWeight = 0.7) =>
  milexWeight * sMilex + (1 - milexWeight) * sMilper;

/** OC = MC (0.5 + 0.5 posture)(1 + 0.5 mob). */
export const offensiveCapability = (
  mc: number,
  posture: number,
  mob: number,
  postureBase = 0.5,
  mobBoost = 0.5,
) => mc * (postureBase + (1 - postureBase) * posture) * (1 + mobBoost * mob);

/** K = 0.4 AP + 0.6 OC. */
export const capability = (ap: number, oc: number, apWeight = 0.4) =>
  apWeight * ap + (1 - apWeight) * oc;

/** r_ij = K_i / (K_i + K_j). */
export const relativeCapability = (ki: number, kj: number) => (ki + kj > 0 ? ki / (ki + kj) : 0.5);

/** Loss-of-strength gradient g(d) = 1 / (1 + (d / lambda)^2). */
export const strengthGradient = (dKm: number, lambdaKm: number, exponent = 2) =>
  1 / (1 + (dKm / lambdaKm) ** exponent);

/** I_ij = 1 / (1 + e^-z), z = logit(I0) + H + 0.3 A + 0.5 B + 0.5 (1 - U) - 0.5 C (see README for the centring of U and A). */
export function intention(t: {
  i0: number;
  H: number;
  A: number;
  B: number;
  U: number;
  C: number;
  defaultU?: number;
}): number {
  const p = Math.min(1 - 1e-9, Math.max(1e-9, t.i0));
  const z =
    Math.log(p / (1 - p)) +
    t.H +
    0.3 * t.A +
    0.5 * t.B +
    0.5 * (1 - t.U - (1 - (t.defaultU ?? 0.5))) -
    0.5 * t.C;
  return 1 / (1 + Math.exp(-z));
}

/** T_ij = 100 r_ij Prox_ij (iota0 + (1 - iota0) I_ij). */
export const perceivedThreat = (r: number, prox: number, iota0: number, I: number) =>
  100 * r * prox * (iota0 + (1 - iota0) * I);
