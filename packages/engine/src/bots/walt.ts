/**
 * The `walt` bot: plays balance of threat with the engine's one decision rule
 * (predict/balance-of-threat.ts) applied to the World its state can estimate from its own
 * view (estimate.ts). It negotiates as players do over several rounds: it proposes to the best
 * partner it has not been refused by lately, accepts, declines or counter-proposes (a
 * consultation pact for a defence pact it is not ready for), leaves an alliance with its own
 * primary threat once it has realigned (by a defence pact, or by an entente when it only
 * soft-balances), backs a threatened client as its patron (predict/patrons.ts), signs no pact
 * with a state its own pacts name as an adversary, joins no pact naming a state it has a
 * non-aggression pact with, and passes the buck when a frontline state will hold (what it
 * signs when asked is walt-judge.ts). Its choices among near-equal options draw on a generator seeded by (game seed, round, phase, state), so two
 * seeds give two games and a repeated call in one phase repeats itself. A call never emits an
 * action already taken: open proposals, answered proposals, notice already given, queued
 * orders and submitted orders are all read from the view first (the live server calls a
 * policy once per phase, and again only to answer proposals addressed to it).
 * Over 300 lines because the policy is one procedure (answer, leave, propose, orders) whose
 * rules refer to each other; docs/model.md s.9 gives each rule's source.
 */
import type { ActionInput } from "../game/action";
import type { GameView } from "../game/view";
import type { StateId } from "../game/types";
import { balanceOfThreatFor, primaryThreat } from "../predict/balance-of-threat";
import { isPatron } from "../predict/patrons";
import type { BotDetail } from "../predict/balance-of-threat";
import { commitmentsOf } from "../predict/commitments";
import { identicalTreatyInForce } from "../game/duplicate-treaty";
import { RngCursor, seedRng } from "../random";
import { estimateWorld } from "./estimate";
import { clientCall, counterTerms, judge } from "./walt-judge";

type Seeded = { seed: number | string };

/** The BoT prediction for the viewer's state on what it can see, with the coalition of its threat. */
export function waltAssessment(view: GameView): {
  me: StateId;
  d: BotDetail;
  coalition: Set<StateId>;
  /** (K_j + allies' K Prox) / (feasibilityFactor K_i*): can my alliance hold i* as it is? */
  alliedCapacity: number;
  /** States whose patron I am (predict/patrons.ts). */
  clients: Set<StateId>;
  /** Each client's primary threat at tau2 or above as I estimate it (none: absent). */
  clientThreats: { client: StateId; threat: StateId }[];
  /** My defence and entente partners (threat/world.ts: a concert makes none). */
  partners: Set<StateId>;
} | null {
  if (view.viewer.kind !== "state") return null;
  const me = view.viewer.stateId;
  const { world: w, me: j } = estimateWorld(view);
  const { committedAgainst, boundWith } = commitmentsOf(Object.values(view.treaties));
  const mine = view.scenario.states.find((s) => s.id === me);
  const d = balanceOfThreatFor(w, view.params, j, {
    defenceDominant: view.scenario.rules.defenceDominant,
    greatPower: mine?.greatPower === true,
    committedAgainst: committedAgainst.get(me),
    pledgedAgainst: (k, x) => committedAgainst.get(w.ids[k]!)?.has(x) ?? false,
    boundWith: (k, x) => boundWith(me, w.ids[k]!, x),
    scope: mine?.scope?.kind ?? null,
  });
  const coalition = new Set<StateId>();
  let alliedCapacity = Infinity;
  if (d.primary !== null) {
    const i = w.index.get(d.primary)!;
    coalition.add(d.primary);
    for (const a of w.allies[i]!) coalition.add(w.ids[a]!);
    let own = w.K[j]!;
    for (const k of w.allies[j]!)
      if (!coalition.has(w.ids[k]!)) own += w.K[k]! * w.prox[k * w.n + j]!;
    // a secure deterrent holds on its own (Waltz 1981): no ally needed against conquest
    alliedCapacity =
      w.nuclear[j]! >= view.params.nuclearDeterrentLevel
        ? Infinity
        : own / (view.params.feasibilityFactor * w.K[i]!);
  }
  const clients = new Set(
    w.ids.filter((_, k) => k !== j && isPatron(w, j, k, view.params.defaultAffinity)),
  );
  const clientThreats: { client: StateId; threat: StateId }[] = [];
  for (const c of clients) {
    const ci = w.index.get(c)!;
    const x = primaryThreat(w, ci);
    if (x >= 0 && x !== j && w.Tstar[x * w.n + ci]! >= view.params.tau2)
      clientThreats.push({ client: c, threat: w.ids[x]! });
  }
  // defence and entente partners as the World counts them: a concert (s.5) makes no partners
  const partners = new Set([...w.allies[j]!, ...w.ententes[j]!].map((k) => w.ids[k]!));
  return { me, d, coalition, alliedCapacity, clients, clientThreats, partners };
}

export const walt = (view: GameView, { seed }: Seeded): ActionInput[] => {
  if (view.phase !== "negotiation" && view.phase !== "orders") return [];
  const a = waltAssessment(view);
  if (!a) return [];
  const { me, d, coalition, alliedCapacity, clients, clientThreats } = a;
  // one seeded draw per decision, so a repeated call in the same phase decides the same way
  const draw = (tag: string) =>
    new RngCursor(seedRng(`${seed}:walt:${view.round}:${me}:${tag}`)).next();
  const out: ActionInput[] = [];
  const partnersOf = (kind: string) =>
    new Set(
      Object.values(view.treaties)
        .filter((t) => t.kind === kind && t.members.includes(me))
        .flatMap((t) => t.members.filter((m) => m !== me)),
    );

  // states I have a non-aggression pact with: I join no pact that names them
  const pledged = partnersOf("non-aggression");
  // states a pact in force binding me names as an adversary: no security pact with them
  const opposed = new Set(
    Object.values(view.treaties)
      .filter((t) => t.members.includes(me))
      .flatMap((t) => t.directedAgainst),
  );
  // a patron backs no client against a state it has a security pact of its own with: the two
  // commitments would contradict each other (the USSR, treaty partner of both Iraq and Syria,
  // backed neither against the other; Leeds et al. 2002 on obligations by named adversary)
  const bound = new Set([...a.partners, ...partnersOf("non-aggression")]);
  // a patron extends deterrence while it is itself in a rivalry (its main threat noticed): the
  // superpowers backed clients as moves in their own competition (Walt 1987, ch. 5)
  const engaged = d.primary !== null && d.tstar >= view.params.tau1;
  // answers: every open proposal addressed to me that I have not ratified
  // partners I am signing with in this call: no second pact of my own to them
  const answering = new Set<StateId>();
  for (const pr of Object.values(view.proposals)) {
    if (pr.status !== "open" || pr.ratifiedBy.includes(me) || !pr.terms.members.includes(me))
      continue;
    const patron = { clients, bound, engaged };
    let verdict = judge(me, d, coalition, pr.terms, alliedCapacity >= 1, pledged, opposed, patron);
    const forClient = clientCall(me, pr.terms, coalition, patron);
    // nothing to sign that a pact in force already says (the reducer would refuse it)
    const signs = verdict === "counter" ? counterTerms(d, pr.terms, pledged, forClient) : pr.terms;
    if (verdict !== "reject" && identicalTreatyInForce(view.treaties, signs)) verdict = "reject";
    if (verdict !== "reject") for (const m of pr.terms.members) answering.add(m);
    if (verdict === "accept") out.push({ type: "accept-treaty", actor: me, proposalId: pr.id });
    else if (verdict === "counter")
      out.push({
        type: "amend-treaty",
        actor: me,
        proposalId: pr.id,
        terms: signs,
      });
    else out.push({ type: "reject-treaty", actor: me, proposalId: pr.id });
  }
  for (const dm of Object.values(view.demands))
    if (dm.to === me && dm.status === "pending")
      out.push({
        type:
          d.category === "BANDWAGON" && coalition.has(dm.from) ? "accept-demand" : "refuse-demand",
        actor: me,
        demandId: dm.id,
      });

  const target = d.primary;
  if (view.phase === "negotiation" && target !== null) {
    // an alliance with my own primary threat's coalition ends when I balance it (Walt 1987, ch. 8)
    // ... but only once another defence pact against it is in force: a state denounces an
    // alliance after it has realigned, not before (Snyder 1997, ch. 5 and 9: defection without
    // a new partner leaves it abandoned by all; Italy signed the Treaty of London before it
    // left the Triple Alliance in May 1915, Romania the Treaty of Bucharest in 1916;
    // docs/model.md s.9)
    // a soft balancer realigns tacitly (s.9, Paul 2005): for it a consultation pact in force
    // with a partner that has a stake against its threat is the new alignment (Italy's
    // Racconigi agreement with Russia, 1909: Weitsman 2004, ch. 4), once the threat is one it
    // would balance (T* >= tau2, the tether of s.5), not merely noticed
    const realigned = Object.values(view.treaties).some(
      (t) =>
        (t.kind === "defence" ||
          (d.category === "SOFT_BALANCE" &&
            d.tstar >= view.params.tau2 &&
            t.kind === "consultation" &&
            t.members.some((m) => m !== me && d.candidates.includes(m)))) &&
        t.members.includes(me) &&
        !t.leaving.includes(me) &&
        !t.members.some((m) => m !== me && coalition.has(m)),
    );
    if ((d.category === "HARD_BALANCE" || d.category === "SOFT_BALANCE") && realigned)
      for (const t of Object.values(view.treaties))
        if (
          t.kind === "defence" &&
          t.members.includes(me) &&
          !t.leaving.includes(me) &&
          t.endsAfterRound === null &&
          t.members.some((m) => m !== me && coalition.has(m))
        )
          out.push({ type: "leave-treaty", actor: me, treatyId: t.id });
    const open = (kind: string, k: StateId) =>
      Object.values(view.proposals).some(
        (pr) =>
          pr.status === "open" &&
          pr.terms.kind === kind &&
          pr.terms.members.includes(me) &&
          pr.terms.members.includes(k),
      );
    // negotiation memory: a partner that refused me in the last two rounds is asked later
    // (a consultation pact signed lately answers a defence offer: it was the counter-proposal)
    const refused = (k: StateId, kind?: string) =>
      Object.values(view.proposals).some(
        (pr) =>
          pr.proposer === me &&
          pr.status === "rejected" &&
          pr.round >= view.round - 2 &&
          pr.terms.members.includes(k),
      ) ||
      (kind === "defence" &&
        Object.values(view.treaties).some(
          (t) =>
            t.kind === "consultation" &&
            t.members.includes(me) &&
            t.members.includes(k) &&
            t.startedRound >= view.round - 2,
        ));
    const allies = partnersOf("defence");
    const ententes = partnersOf("consultation");
    const pick = (kind: "defence" | "consultation") => {
      // one open proposal of a kind at a time: a repeated call waits for the answer
      const waiting = Object.values(view.proposals).some(
        (pr) => pr.status === "open" && pr.proposer === me && pr.terms.kind === kind,
      );
      if (waiting) return undefined;
      const pool = d.candidates.filter(
        (k) =>
          !coalition.has(k) &&
          !opposed.has(k) &&
          !allies.has(k) &&
          (kind === "defence" || !ententes.has(k)) &&
          !refused(k, kind) &&
          !answering.has(k) &&
          !open(kind, k),
      );
      // the best partner usually, the runner-up sometimes (seeded)
      return pool.length > 1 && draw(`pick:${kind}`) < 0.25 ? pool[1] : pool[0];
    };
    const propose = (
      kind: "defence" | "consultation" | "non-aggression",
      k: StateId,
      vs: StateId[],
    ) =>
      out.push({
        type: "propose-treaty",
        actor: me,
        terms: { kind, members: [me, k], directedAgainst: vs },
      });
    // a new ally only when the alliance I have cannot hold the threat: allies cost autonomy and
    // risk entrapment (Snyder 1984), so a state already covered balances internally
    if (d.category === "HARD_BALANCE" && alliedCapacity < 1) {
      const k = pick("defence");
      if (k) propose("defence", k, pledged.has(target) ? [] : [target]);
    } else if (
      d.category === "SOFT_BALANCE" &&
      // one diplomatic partner against the threat is enough for soft balancing: a pact naming
      // it, or any security pact with a partner that has a stake against it
      !Object.values(view.treaties).some(
        (t) =>
          t.members.includes(me) &&
          (t.directedAgainst.includes(target) ||
            (t.kind !== "trade" && t.members.some((m) => m !== me && d.candidates.includes(m)))),
      )
    ) {
      // tacit: a partnership that names no adversary (Paul 2005), not an alliance against it
      const k = pick("consultation");
      if (k) propose("consultation", k, []);
    } else if (
      d.category === "BANDWAGON" &&
      !open("non-aggression", target) &&
      !allies.has(target) &&
      !identicalTreatyInForce(view.treaties, {
        kind: "non-aggression",
        members: [me, target],
        directedAgainst: [],
      })
    )
      propose("non-aggression", target, []);
    // BUCK_PASS, HIDE, NEUTRAL: no new commitment while others hold the line

    // a patron commits itself to a threatened client against the client's threat, short of an
    // alliance (extended deterrence, Huth 1988; the Carter Doctrine of 1980 for Saudi Arabia):
    // a consultation pact naming the threat, unless one is in force, open or refused lately
    for (const { client, threat } of engaged ? clientThreats : []) {
      if (bound.has(threat) || coalition.has(client)) continue;
      // memory: not again to a client that refused, or countered with a pact signed lately
      const countered = Object.values(view.treaties).some(
        (t) =>
          t.kind === "consultation" &&
          t.members.includes(me) &&
          t.members.includes(client) &&
          t.startedRound >= Math.max(1, view.round - 2),
      );
      if (opposed.has(client) || answering.has(client) || refused(client) || countered) continue;
      const named = Object.values(view.treaties).some(
        (t) =>
          t.members.includes(me) &&
          t.members.includes(client) &&
          t.directedAgainst.includes(threat),
      );
      if (!named && !open("consultation", client)) propose("consultation", client, [threat]);
    }
  }

  if (view.phase === "orders" && !view.submitted[me]) {
    const queued = view.orders[me] ?? [];
    const own = view.states[me]!;
    const start = view.scenario.states.find((s) => s.id === me)!.burden;
    if (
      d.category === "HARD_BALANCE" &&
      target !== null &&
      !queued.some((o) => o.type === "set-burden")
    ) {
      // internal balancing: +0.3 to +0.8 points a round (seeded), up to 3 points over the start
      const next = Math.min(35, start + 3, own.burden + 0.3 + 0.5 * draw("burden"));
      if (next > own.burden + 1e-9)
        out.push({
          type: "set-burden",
          actor: me,
          burden: Math.round(next * 100) / 100,
          against: target,
        });
      if (d.survival && own.mob === 0 && !queued.some((o) => o.type === "mobilise"))
        out.push({ type: "mobilise", actor: me, level: 1, against: target });
    }
    out.push({ type: "submit-orders", actor: me });
  }
  return out;
};
