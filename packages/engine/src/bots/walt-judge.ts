/**
 * What the `walt` bot signs when terms are put to it (docs/model.md s.9): `judge` accepts,
 * counters (a consultation pact instead) or rejects, `counterTerms` writes the counter, and
 * `clientCall` recognises a client's call on its patron (predict/patrons.ts). walt.ts holds
 * the procedure that asks these questions (answer, leave, propose, orders).
 */
import type { StateId, TreatyTerms } from "../game/types";
import type { BotDetail } from "../predict/balance-of-threat";

const BALANCING = new Set(["HARD_BALANCE", "SOFT_BALANCE", "BUCK_PASS"]);
/** Categories whose state aligns tacitly if at all (judge, counterTerms). */
const HEDGING = new Set(["SOFT_BALANCE", "NEUTRAL"]);

/**
 * What a patron weighs (docs/model.md s.9): its clients, the states it has security pacts
 * with (it backs no client against them), and whether it is engaged in a rivalry at all.
 */
export type Patronage = {
  clients: ReadonlySet<StateId>;
  bound: ReadonlySet<StateId>;
  engaged: boolean;
};
export const NO_CLIENTS: Patronage = { clients: new Set(), bound: new Set(), engaged: false };

/** Is this a client's call on me, its patron, against a threat I may name? */
export function clientCall(
  me: StateId,
  terms: TreatyTerms,
  coalition: ReadonlySet<StateId>,
  patron: Patronage,
): boolean {
  const others = terms.members.filter((m) => m !== me);
  return (
    others.length === 1 &&
    patron.clients.has(others[0]!) &&
    patron.engaged &&
    terms.kind !== "trade" &&
    terms.directedAgainst.length > 0 &&
    !coalition.has(others[0]!) &&
    !terms.directedAgainst.some((x) => patron.bound.has(x))
  );
}

/** Would my decision rule sign these terms? accept / counter (consultation instead) / reject. */
export function judge(
  me: StateId,
  d: BotDetail,
  coalition: ReadonlySet<StateId>,
  terms: TreatyTerms,
  covered: boolean,
  pledged: ReadonlySet<StateId>,
  opposed: ReadonlySet<StateId>,
  patron: Patronage = NO_CLIENTS,
): "accept" | "counter" | "reject" {
  const others = terms.members.filter((m) => m !== me);
  // no security pact with a state a pact I am party to names as my adversary: the two
  // commitments would contradict each other (ATOP's obligations, Leeds et al. 2002)
  if (terms.kind !== "trade" && others.some((m) => opposed.has(m))) return "reject";
  const withThreat = others.some((m) => coalition.has(m));
  const against = terms.directedAgainst;
  if (d.category === "BANDWAGON") return withThreat || against.length === 0 ? "accept" : "reject";
  // a patron answers its client's call against the client's threat (extended deterrence, Huth
  // 1988): a commitment it names, as consultation when its own deterrent already covers it
  if (clientCall(me, terms, coalition, patron))
    return terms.kind === "defence" && covered ? "counter" : "accept";
  if (withThreat)
    return d.category === "BUCK_PASS" && terms.kind === "non-aggression" ? "accept" : "reject";
  // a non-aggression pact in force bars joining a grouping aimed at the partner (its
  // neutrality clause, ATOP: Leeds et al. 2002): such terms get a counter that names no one
  if (against.some((x) => pledged.has(x)) && terms.kind !== "trade")
    return BALANCING.has(d.category) || d.primary !== null ? "counter" : "reject";
  const aimedRight = against.length === 0 || against.some((x) => coalition.has(x));
  // soft balancing is tacit (Pape 2005; Paul 2005): a state that only notices its threat, or
  // soft-balances it, hedges (Medeiros 2005): it takes a partnership that names no adversary
  // and counters anything more (a defence pact, a pact that names one) with such a partnership
  // (buck-passers as in v2: docs/model.md s.9 says why they were left out)
  const hedger = HEDGING.has(d.category);
  if (!BALANCING.has(d.category)) {
    if (terms.kind === "trade" || terms.kind === "non-aggression") return "accept";
    if (d.category === "NEUTRAL" && d.primary !== null && (aimedRight || against.length === 0))
      return terms.kind === "consultation" && against.length === 0 ? "accept" : "counter";
    return "reject";
  }
  if (!aimedRight) return terms.kind === "trade" ? "accept" : "reject";
  if (hedger) return terms.kind === "defence" || against.length > 0 ? "counter" : "accept";
  if (terms.kind !== "defence") return "accept";
  // a state its alliance (or deterrent) already covers fears entrapment more than abandonment
  // (Snyder 1984): it offers consultation instead of a new defence commitment
  if (covered) return "counter";
  // a buck-passer offers consultation, not a commitment to fight (Christensen and Snyder 1990)
  if (d.category === "BUCK_PASS") return "counter";
  return "accept";
}

/** The counter-proposal to terms judge() countered: consultation; tacit for a hedger. */
export function counterTerms(
  d: BotDetail,
  terms: TreatyTerms,
  pledged: ReadonlySet<StateId>,
  client = false,
): Pick<TreatyTerms, "kind" | "members" | "directedAgainst"> {
  const tacit =
    (HEDGING.has(d.category) && !client) || terms.directedAgainst.some((x) => pledged.has(x));
  return {
    kind: "consultation",
    members: terms.members,
    directedAgainst: tacit ? [] : terms.directedAgainst,
  };
}
