/**
 * Bot policies: pure functions of a state's view (what a student would see) returning
 * actions. They also answer proposals and demands addressed to them, so all-bot games
 * form coalitions. Policies re-run safely: they never re-propose what is already open.
 * `walt` (walt.ts) decides with the engine's balance-of-threat prediction itself.
 */
import type { ActionInput } from "../game/action";
import type { GameView } from "../game/view";
import type { StateId } from "../game/types";
import { RngCursor, seedRng } from "../random";
import type { ThreatEntry } from "../threat/threat-matrix";
import { walt } from "./walt";

export { walt };
export const BOT_POLICIES = ["walt", "waltz", "random", "hawk"] as const;
export type BotPolicyName = (typeof BOT_POLICIES)[number];
export type BotPolicy = (view: GameView, options: { seed: number | string }) => ActionInput[];

type Ctx = {
  view: GameView;
  me: StateId;
  row: Record<StateId, ThreatEntry>;
  actions: ActionInput[];
};

function ctxOf(view: GameView): Ctx | null {
  if (view.viewer.kind !== "state") return null;
  if (view.phase !== "negotiation" && view.phase !== "orders") return null;
  const me = view.viewer.stateId;
  const row = view.rounds[view.rounds.length - 1]?.threat?.[me] ?? {};
  return { view, me, row, actions: [] };
}

const playable = (v: GameView) =>
  new Set(v.scenario.states.filter((s) => s.playable).map((s) => s.id));

/** K_k relative to my own K (=1), read off r_kj = K_k / (K_k + K_j) in my threat row. */
const relK = (row: Record<StateId, ThreatEntry>, k: StateId) => {
  const r = row[k]?.r ?? 0;
  return r >= 1 ? 1e6 : r / (1 - r);
};

function primaryOf(row: Record<StateId, ThreatEntry>): [StateId | null, number] {
  let best: StateId | null = null,
    bt = -1;
  for (const [k, e] of Object.entries(row))
    if (e.total > bt || (e.total === bt && best !== null && k < best)) {
      bt = e.total;
      best = k;
    }
  return [best, Math.max(bt, 0)];
}

const defencePartners = (v: GameView, me: StateId) =>
  new Set(
    Object.values(v.treaties)
      .filter((t) => t.kind === "defence" && t.members.includes(me))
      .flatMap((t) => t.members.filter((m) => m !== me)),
  );

const hasOpen = (v: GameView, me: StateId, kind: string, partner: StateId) =>
  Object.values(v.proposals).some(
    (p) =>
      p.status === "open" &&
      p.terms.kind === kind &&
      p.terms.members.includes(me) &&
      p.terms.members.includes(partner),
  ) ||
  Object.values(v.treaties).some(
    (t) => t.kind === kind && t.members.includes(me) && t.members.includes(partner),
  );

function respond(
  c: Ctx,
  acceptProposal: (terms: GameView["proposals"][string]["terms"]) => boolean,
  acceptDemand: (from: StateId) => boolean,
) {
  for (const pr of Object.values(c.view.proposals)) {
    if (pr.status !== "open" || pr.ratifiedBy.includes(c.me) || !pr.terms.members.includes(c.me))
      continue;
    c.actions.push({
      type: acceptProposal(pr.terms) ? "accept-treaty" : "reject-treaty",
      actor: c.me,
      proposalId: pr.id,
    });
  }
  for (const d of Object.values(c.view.demands)) {
    if (d.to !== c.me || d.status !== "pending") continue;
    c.actions.push({
      type: acceptDemand(d.from) ? "accept-demand" : "refuse-demand",
      actor: c.me,
      demandId: d.id,
    });
  }
}

function burdenTo(c: Ctx, delta: number, cap: number, against?: StateId) {
  const own = c.view.states[c.me]!;
  const start = c.view.scenario.states.find((s) => s.id === c.me)!.burden;
  const next = Math.min(35, own.burden + delta);
  if (own.burden < start + cap && next > own.burden)
    c.actions.push({
      type: "set-burden",
      actor: c.me,
      burden: Math.round(next * 100) / 100,
      ...(against ? { against } : {}),
    });
}

/** Balance of power: ally against the strongest state outside my bloc, by public capability. */
export const waltz: BotPolicy = (view) => {
  const c = ctxOf(view);
  if (!c) return [];
  const mine = defencePartners(view, c.me);
  const ok = playable(view);
  const ranked = Object.keys(c.row).sort(
    (x, y) => relK(c.row, y) - relK(c.row, x) || (x < y ? -1 : 1),
  );
  const target = ranked.find((k) => !mine.has(k)) ?? null;
  const targetSide = target ? defencePartners(view, target) : new Set<StateId>();
  const partner = ranked.find((k) => k !== target && ok.has(k) && !targetSide.has(k)) ?? null;
  respond(
    c,
    (terms) =>
      target === null ||
      (!terms.members.includes(target) && !terms.members.some((m) => targetSide.has(m))),
    () => false,
  );
  if (
    view.phase === "negotiation" &&
    target &&
    partner &&
    relK(c.row, target) > 1 &&
    !mine.has(partner) &&
    !hasOpen(view, c.me, "defence", partner)
  )
    c.actions.push({
      type: "propose-treaty",
      actor: c.me,
      terms: { kind: "defence", members: [c.me, partner], directedAgainst: [target] },
    });
  if (view.phase === "orders") {
    if (target && relK(c.row, target) > 1) burdenTo(c, 0.5, 3, target);
    c.actions.push({ type: "submit-orders", actor: c.me });
  }
  return c.actions;
};

/** Seeded random play: the seed, round and state fix every draw. */
export const random: BotPolicy = (view, { seed }) => {
  const c = ctxOf(view);
  if (!c) return [];
  const rng = new RngCursor(seedRng(`${seed}:${view.round}:${view.phase}:${c.me}`));
  const others = [...playable(view)].filter((k) => k !== c.me).sort();
  const pick = () => others[rng.int(others.length)]!;
  respond(
    c,
    () => rng.next() < 0.5,
    () => rng.next() < 0.3,
  );
  if (others.length === 0) return c.actions;
  if (view.phase === "negotiation" && rng.next() < 0.5) {
    const kinds = ["defence", "trade", "consultation", "non-aggression"] as const;
    const k = pick();
    const kind = kinds[rng.int(kinds.length)]!;
    if (!hasOpen(view, c.me, kind, k))
      c.actions.push({
        type: "propose-treaty",
        actor: c.me,
        terms: { kind, members: [c.me, k], directedAgainst: [] },
      });
  }
  if (view.phase === "orders") {
    const menu = [
      "criticise",
      "tariff",
      "aid",
      "set-burden",
      "joint-exercise",
      "lift-sanctions",
      "none",
    ] as const;
    const choice = menu[rng.int(menu.length)]!;
    const own = view.states[c.me]!;
    if (choice === "set-burden")
      c.actions.push({
        type: "set-burden",
        actor: c.me,
        burden: Math.min(
          35,
          Math.max(0.5, Math.round((own.burden + (rng.next() - 0.5)) * 100) / 100),
        ),
      });
    else if (choice !== "none") c.actions.push({ type: choice, actor: c.me, target: pick() });
    c.actions.push({ type: "submit-orders", actor: c.me });
  }
  return c.actions;
};

/** Hawk: arms, threatens, demands, and attacks when allowed and favourable. */
export const hawk: BotPolicy = (view) => {
  const c = ctxOf(view);
  if (!c) return [];
  const [primary] = primaryOf(c.row);
  const ok = playable(view);
  respond(
    c,
    (terms) => terms.kind === "defence" && (primary === null || !terms.members.includes(primary)),
    () => false,
  );
  // the weakest nearby playable state is the easiest mark
  const marks = Object.entries(c.row)
    .filter(([k, e]) => ok.has(k) && e.prox >= 0.6 && 1 - e.r >= 0.65)
    .sort((a, b) => a[1].r - b[1].r || (a[0] < b[0] ? -1 : 1));
  const mark = marks[0]?.[0];
  if (view.phase === "negotiation" && mark) {
    const pending = Object.values(view.demands).some(
      (d) => d.from === c.me && d.to === mark && d.status === "pending",
    );
    if (!pending)
      c.actions.push({
        type: "demand",
        actor: c.me,
        target: mark,
        kind: view.scenario.rules.allowTribute ? "tribute" : "concession",
        text: "pay or else",
      });
  }
  if (view.phase === "orders") {
    burdenTo(c, 1, 6, primary ?? undefined);
    if (view.states[c.me]!.mob === 0)
      c.actions.push({
        type: "mobilise",
        actor: c.me,
        level: 1,
        ...(primary ? { against: primary } : {}),
      });
    if (primary) c.actions.push({ type: "threaten", actor: c.me, target: primary, kind: "force" });
    if (mark && view.scenario.rules.allowForce)
      c.actions.push({ type: "attack", actor: c.me, target: mark });
    c.actions.push({ type: "submit-orders", actor: c.me });
  }
  return c.actions;
};

export const botPolicies: Record<BotPolicyName, BotPolicy> = { walt, waltz, random, hawk };

export function isBotPolicy(name: string): name is BotPolicyName {
  return (BOT_POLICIES as readonly string[]).includes(name);
}
