/**
 * A pact that would add no obligation: an indefinite one (no `duration`) when one is already
 * in force between exactly the same members, of the same kind, naming the same adversaries,
 * with the same tariff cut and basing rights, itself indefinite and with no member under
 * notice. Signing it again would change nothing but the record (and log another cooperative act
 * that moves intentions, game/acts.ts), so the reducer refuses it and the `walt` bot never
 * offers or accepts one. A renewal (the pact in force ends, or a member has given notice), a
 * fixed term (its members cannot leave lawfully before it ends: a new obligation) and any
 * change of terms pass.
 */
import type { Treaty, TreatyTerms } from "./types";

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));
const baseKey = (b: { owner: string; host: string }) => `${b.owner}>${b.host}`;

/** The treaty in force that `terms` would duplicate, or undefined. O(t m) for t treaties of m members. */
export function identicalTreatyInForce(
  treaties: Readonly<Record<string, Treaty>>,
  terms: Pick<TreatyTerms, "kind" | "members" | "directedAgainst"> &
    Partial<Pick<TreatyTerms, "tariffCut" | "basing" | "duration">>,
): Treaty | undefined {
  if (terms.duration != null) return undefined;
  const tariffCut = terms.kind === "trade" ? (terms.tariffCut ?? 1) : 0;
  const basing = (terms.basing ?? []).map(baseKey);
  return Object.values(treaties).find(
    (t) =>
      t.kind === terms.kind &&
      t.endsAfterRound === null &&
      t.leaving.length === 0 &&
      sameSet(t.members, terms.members) &&
      sameSet(t.directedAgainst, terms.directedAgainst) &&
      t.tariffCut === tariffCut &&
      sameSet(t.basing.map(baseKey), basing),
  );
}
