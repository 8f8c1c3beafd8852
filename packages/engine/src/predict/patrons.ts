/**
 * Patrons and clients (docs/model.md s.9, v7). A client is an alignment short of a treaty
 * between a great power and a smaller state, read from two pieces of scenario data:
 *   - forward bases: the great power keeps forces on the client's soil. A garrison is a
 *     tripwire commitment (Schelling 1966, _Arms and Influence_, ch. 2), and foreign bases are
 *     Lake's measure of security hierarchy (2009, _Hierarchy in International Relations_, ch. 3);
 *   - voting affinity above the neutral default (`defaultAffinity`): revealed alignment of
 *     foreign-policy positions (Signorino and Ritter 1999, _ISQ_ 43(1); Gartzke 1998, _AJPS_
 *     42(1)). Walt (1987, ch. 7) found that aid and penetration follow alignment rather than
 *     cause it, so affinity is read as evidence of an alignment in being, not as its cause.
 * Walt's superpower clients (1987, ch. 5) are the model: the patron's stake is the client's
 * security (extended deterrence, Huth 1988, _Extended Deterrence and the Prevention of War_).
 */
import type { World } from "../threat/world";

/**
 * Is state index k the patron of state index j? k a great power (scenario flag), j not, and
 * k either has a base on j's soil or a voting affinity with j above `defaultAffinity` (0..1).
 */
export function isPatron(w: World, k: number, j: number, defaultAffinity: number): boolean {
  return (
    k !== j &&
    w.greatPower[k]! &&
    !w.greatPower[j]! &&
    (w.basesOf[k]!.includes(j) || w.affinity[k * w.n + j]! > defaultAffinity)
  );
}
