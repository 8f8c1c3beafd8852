/**
 * Capabilities (THREAT-MODEL.md s.2, with the v2 quality term): shares of the scenario
 * total (restOfWorld included), aggregate power AP, military capability MC, offensive
 * capability OC, capability K and CINC, as dense arrays in scenario order.
 */
import type { ModelParameters } from "../parameters";
import type { GameState } from "../game/types";

export type Capabilities = {
  gdp: Float64Array;
  milex: Float64Array;
  milper: Float64Array;
  burden: Float64Array;
  AP: Float64Array;
  MC: Float64Array;
  OC: Float64Array;
  /** Quality multiplier q_i = (GDP per capita_i / scenario mean)^qualityExponent (1 when the exponent is 0). */
  quality: Float64Array;
  K: Float64Array;
  cinc: Float64Array;
};

/**
 * K_i = q_i (apWeight AP_i + (1 - apWeight) OC_i), a share-based index (dimensionless, sums to
 * less than 1 over the scenario's states). q_i is the v2 quality term: wealth per head turns
 * mass into military effectiveness (Beckley 2010, 'Economic Development and Military
 * Effectiveness'; Beckley 2018, 'The Power of Nations'), so a rich small state (Israel 1985)
 * outweighs a poorer, larger one (Syria). The mean is GDP over population of the scenario's
 * states and restOfWorld where both are given.
 */
export function capabilities(state: GameState, p: ModelParameters): Capabilities {
  const sc = state.scenario;
  const ss = sc.states;
  const n = ss.length;
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

  let gdpTot = 0,
    popTot = 0;
  for (let i = 0; i < n; i++) {
    gdpTot += gdp[i]!;
    popTot += pop[i]!;
  }
  if (row.gdp !== undefined && row.pop !== undefined) {
    gdpTot += row.gdp;
    popTot += row.pop;
  }
  const meanPerHead = popTot > 0 ? gdpTot / popTot : 0;

  const AP = new Float64Array(n),
    MC = new Float64Array(n),
    OC = new Float64Array(n),
    quality = new Float64Array(n),
    K = new Float64Array(n),
    cinc = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const rt = state.states[ss[i]!.id]!;
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
    const perHead = pop[i]! > 0 ? gdp[i]! / pop[i]! : meanPerHead;
    quality[i] =
      p.qualityExponent > 0 && meanPerHead > 0 && perHead > 0
        ? (perHead / meanPerHead) ** p.qualityExponent
        : 1;
    K[i] = quality[i]! * (p.apWeight * AP[i]! + (1 - p.apWeight) * OC[i]!);
  }
  return { gdp, milex, milper, burden, AP, MC, OC, quality, K, cinc };
}
