/**
 * Threats to partners (THREAT-MODEL.md s.3, v2; docs/model.md s.3):
 *   T*_ij = max(T_ij, max over j's partners k of s_jk E_ijk),   i not a defence ally of j
 *           (and, for an entente partner k, i named by their consultation pact),
 *   E_ijk = 100 min(r_ij, r_ik) Prox_ik (iota_ik + (1 - iota_ik) I_ik),
 *   s_jk  = (j a great power and K_j >= K_k ? greatPowerAllyThreatShare : allyThreatShare)
 *           x (k an entente partner rather than a defence ally ? ententeThreatShare : 1).
 * E is the threat i poses to j through k: i's reach and intentions towards k, and i's
 * capability against the stronger of j and k, the partner who must meet it (the
 * defender-attacker balance of extended deterrence, Huth and Russett 1984; a nuclear
 * protector's deterrent enters through r_ij). A patron does not feel a client's small
 * neighbour as the client does; a client feels a threat to its patron as the patron does. v1 borrowed the ally's own T_ik at half weight for every state, from defence allies
 * only, even when i was j's own ally. v2 counts extended deterrence at full weight for great
 * powers (Snyder 1997), lets ententes transmit a documented share (COW type III pacts oblige
 * consultation, not war) of the threat of the adversary they name, and never borrows a threat
 * from one ally about another. v4: nor through a partner j itself fears at tau2 or above (a
 * tethering alliance, Weitsman 1997: Italy and Austria-Hungary in the Triple Alliance).
 */
import type { ModelParameters } from "../parameters";

export type ThreatInputs = {
  n: number;
  T: Float64Array;
  r: Float64Array;
  prox: Float64Array;
  I: Float64Array;
  iota: Float64Array;
  allies: readonly number[][];
  ententes: readonly number[][];
  /** Adversaries named by the consultation pacts of the pair [j * n + k]. */
  ententeNamed: ReadonlyMap<number, ReadonlySet<number>>;
  greatPower: readonly boolean[];
  K: Float64Array;
};

/**
 * Returns T* (flat n x n, [i * n + j], in [0, 100], >= T), the partner whose threat set each
 * entry (-1 = direct) and the share it was counted at.
 */
export function extendedThreat(
  w: ThreatInputs,
  p: Pick<
    ModelParameters,
    "allyThreatShare" | "greatPowerAllyThreatShare" | "ententeThreatShare" | "tau2"
  >,
): { Tstar: Float64Array; via: Int32Array; viaShare: Float64Array } {
  const { n, T, r, prox, I, iota } = w;
  const Tstar = new Float64Array(T);
  const via = new Int32Array(n * n).fill(-1);
  const viaShare = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    const mine = new Set(w.allies[j]);
    const borrow = (k: number, kindShare: number, only?: ReadonlySet<number>) => {
      // a partner j itself fears at the balancing level is tethered, not defended: the pact
      // manages a rival and aggregates no threat (Weitsman 1997; Schroeder 1976)
      if (T[k * n + j]! >= p.tau2) return;
      // full weight only for a great power protecting a weaker partner (the patron of an
      // asymmetric alliance, Snyder 1997); the protege of a stronger partner counts half
      const patron = w.greatPower[j] && w.K[j]! >= w.K[k]!;
      const share = (patron ? p.greatPowerAllyThreatShare : p.allyThreatShare) * kindShare;
      if (share <= 0) return;
      for (let i = 0; i < n; i++) {
        if (i === j || i === k || mine.has(i) || (only && !only.has(i))) continue;
        const ik = i * n + k;
        const io = iota[ik]!;
        const rAlliance = Math.min(r[i * n + j]!, r[ik]!);
        const v = share * 100 * rAlliance * prox[ik]! * (io + (1 - io) * I[ik]!);
        if (v > Tstar[i * n + j]!) {
          Tstar[i * n + j] = v;
          via[i * n + j] = k;
          viaShare[i * n + j] = share;
        }
      }
    };
    for (const k of w.allies[j]!) borrow(k, 1);
    // an entente transmits only the threat of the adversary it names (a friendship treaty that
    // names none is no security commitment)
    for (const k of w.ententes[j]!)
      borrow(k, p.ententeThreatShare, w.ententeNamed.get(j * n + k) ?? new Set());
  }
  return { Tstar, via, viaShare };
}
