/**
 * Pure helpers behind the student console: costs shown before acting (THREAT-MODEL.md s.7),
 * the threat breakdown, unread counts and readable labels. No React, no I/O, so they are
 * unit-tested in node.
 */
import type { ThreatEntry } from "@threatscape/engine";

export type TradeFlow = { from: string; to: string; value: number };

/** X_ab + X_ba: the trade between two states in the scenario's matrix (exports both ways). */
export function tradeVolume(trade: readonly TradeFlow[], a: string, b: string): number {
  let sum = 0;
  for (const t of trade)
    if ((t.from === a && t.to === b) || (t.from === b && t.to === a)) sum += t.value;
  return sum;
}

export type BalancingCost = {
  /** X_ji + X_ij. */
  trade: number;
  /** D_j(i) = (X_ji + X_ij) / Y_j. */
  dependence: number;
  /** factor * D_j(i) * Y_j, in the scenario's GDP units. */
  cost: number;
  /** cost / Y_j. */
  shareOfGdp: number;
};

/** Expected cost of balancing (sanctions, embargo) by `me` against `target`: 0.3 D_j(i) Y_j. */
export function balancingCost(
  trade: readonly TradeFlow[],
  me: string,
  target: string,
  gdp: number,
  factor = 0.3,
): BalancingCost {
  const volume = tradeVolume(trade, me, target);
  const dependence = gdp > 0 ? volume / gdp : 0;
  const cost = factor * dependence * gdp;
  return { trade: volume, dependence, cost, shareOfGdp: gdp > 0 ? cost / gdp : 0 };
}

export type BurdenCost = {
  /** Extra military spending, percentage points of GDP (negative when cutting). */
  spendingDelta: number;
  /** Growth lost per round at the new burden, as a share of GDP (penalty * max(0, b - b0)). */
  growthPenalty: number;
  /** Change in that penalty against the current burden, share of GDP per round. */
  extraGrowthPenalty: number;
};

/** What a new defence burden costs: the spending itself and the growth penalty above b(0). */
export function burdenCost(current: number, next: number, base: number, penalty = 0.5): BurdenCost {
  const pen = (b: number) => (penalty * Math.max(0, b - base)) / 100;
  return {
    spendingDelta: next - current,
    growthPenalty: pen(next),
    extraGrowthPenalty: pen(next) - pen(current),
  };
}

export type ThreatSourceKey =
  "aggregatePower" | "proximity" | "offensiveCapability" | "intentions" | "allyShare";

export const THREAT_SOURCES: { key: ThreatSourceKey; label: string; short: string }[] = [
  { key: "aggregatePower", label: "Aggregate power", short: "Power" },
  { key: "proximity", label: "Proximity", short: "Proximity" },
  { key: "offensiveCapability", label: "Offensive capability", short: "Capability" },
  { key: "intentions", label: "Offensive intentions", short: "Intentions" },
  { key: "allyShare", label: "Threat to an ally", short: "Via ally" },
];

export type ThreatSegment = {
  key: ThreatSourceKey;
  label: string;
  /** The ln term (<= 0). */
  ln: number;
  /** exp(ln): the factor this source multiplies T* by (1 = at full strength). */
  factor: number;
  /** Share of ln 100 - ln T* due to this source (0..1; the shares sum to 1). */
  share: number;
};

export type ThreatBreakdown = {
  total: number;
  /** ln 100 - ln T*: how far the sources keep the threat below 100, summed. */
  discount: number;
  segments: ThreatSegment[];
  /** The source with the factor closest to 1: what drives this threat most. */
  strongest: ThreatSegment | null;
};

/**
 * ln T* = ln 100 + sum of the source terms (each <= 0), so each source's share of the
 * distance below 100 is its term over their sum: the stacked bar. A short segment is a
 * source near full strength. Non-finite terms count as 0; the ally term appears only when
 * the threat reaches me through an ally.
 */
export function threatBreakdown(
  entry: Pick<ThreatEntry, ThreatSourceKey | "total">,
): ThreatBreakdown {
  const sources = THREAT_SOURCES.filter((s) => s.key !== "allyShare" || entry.allyShare !== 0);
  const lns = sources.map((s) => {
    const v = entry[s.key];
    return Number.isFinite(v) ? Math.min(0, v) : 0;
  });
  const discount = lns.reduce((a, v) => a - v, 0);
  const segments = sources.map((s, i) => {
    const ln = lns[i] ?? 0;
    return {
      key: s.key,
      label: s.label,
      ln,
      factor: Math.exp(ln),
      share: discount > 0 && ln < 0 ? -ln / discount : 0,
    };
  });
  const main = segments.filter((s) => s.key !== "allyShare");
  const strongest = main.reduce<ThreatSegment | null>(
    (best, s) => (!best || s.factor > best.factor ? s : best),
    null,
  );
  return { total: entry.total, discount, segments, strongest };
}

/** Other states sorted by the threat I perceive from them, highest first. */
export function sortThreats<T extends { total: number }>(row: Record<string, T>): [string, T][] {
  return Object.entries(row).sort((a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0]));
}

export type MessageLike = { channel: string; sentAt: number; fromStateId: string | null };

/** Messages newer than the channel's last-read time, not sent by my own state. */
export function unreadCounts(
  messages: readonly MessageLike[],
  lastRead: Readonly<Record<string, number>>,
  me: string | null,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of messages) {
    if (me !== null && m.fromStateId === me) continue;
    if (m.sentAt <= (lastRead[m.channel] ?? 0)) continue;
    out[m.channel] = (out[m.channel] ?? 0) + 1;
  }
  return out;
}

/** Latest message time per channel (what "mark as read" stores). */
export function latestPerChannel(messages: readonly MessageLike[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of messages) out[m.channel] = Math.max(out[m.channel] ?? 0, m.sentAt);
  return out;
}

export const pct = (x: number, digits = 1) => `${(x * 100).toFixed(digits)}%`;

/** Money in the scenario's GDP units: US$ bn for modern scenarios, shares for historical ones. */
export function money(x: number, era: string): string {
  const v = Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2);
  return era === "modern" ? `$${v} bn` : `${v} GDP units`;
}

export const PHASE_LABELS: Record<string, string> = {
  lobby: "Lobby",
  negotiation: "Negotiation",
  orders: "Orders",
  resolution: "Resolving the round",
  news: "News",
  ended: "Game over",
};

export const KIND_LABELS: Record<string, string> = {
  defence: "Defence pact",
  trade: "Trade pact",
  consultation: "Consultation pact",
  "non-aggression": "Non-aggression pact",
};

/** An order as the client drafts it (the server fills actor and time). */
export type OrderDraft =
  | { type: "set-burden"; burden: number }
  | { type: "set-posture"; posture: number }
  | { type: "mobilise"; level: 0.5 | 1; against?: string }
  | { type: "demobilise" }
  | {
      type:
        "sanction" | "embargo" | "lift-sanctions" | "criticise" | "joint-exercise" | "seize-assets";
      target: string;
    }
  | { type: "tariff"; target: string; level: number }
  | { type: "aid"; target: string; percentOfGdp: number }
  | { type: "threaten"; target: string; kind: "force" | "sanctions" | "annexation" | "ultimatum" }
  | { type: "attack"; target: string; mode: "attack" | "blockade" | "occupy" };

/** One line describing an order, for the draft and submitted lists. */
export function describeOrder(
  o: { type: string } & Record<string, unknown>,
  name: (id: string) => string,
): string {
  const t = typeof o.target === "string" ? name(o.target) : "";
  switch (o.type) {
    case "set-burden":
      return `Set defence burden to ${Number(o.burden).toFixed(1)}% of GDP`;
    case "set-posture":
      return `Set posture to ${Math.round(Number(o.posture) * 100)}% offensive`;
    case "mobilise":
      return `${o.level === 1 ? "Full" : "Partial"} mobilisation${typeof o.against === "string" ? ` against ${name(o.against)}` : ""}`;
    case "demobilise":
      return "Demobilise";
    case "sanction":
      return `Sanction ${t}`;
    case "embargo":
      return `Embargo ${t}`;
    case "lift-sanctions":
      return `Lift sanctions on ${t}`;
    case "tariff":
      return `Tariff on ${t}${typeof o.level === "number" ? ` (${Math.round(o.level * 100)}%)` : ""}`;
    case "aid":
      return `Aid to ${t}${typeof o.percentOfGdp === "number" ? ` (${o.percentOfGdp}% of GDP)` : ""}`;
    case "threaten":
      return `Threaten ${t} with ${o.kind === "ultimatum" ? "an ultimatum" : String(o.kind)}`;
    case "criticise":
      return `Criticise ${t} publicly`;
    case "joint-exercise":
      return `Joint exercise with ${t}`;
    case "seize-assets":
      return `Seize ${t}'s assets`;
    case "attack":
      return `${o.mode === "blockade" ? "Blockade" : o.mode === "occupy" ? "Occupy" : "Attack"} ${t}`;
    default:
      return o.type;
  }
}

/** Draft orders replace earlier ones of the same kind (one burden, one posture...). */
export function addOrder(draft: readonly OrderDraft[], order: OrderDraft): OrderDraft[] {
  const key = (o: OrderDraft) =>
    o.type === "set-burden" ||
    o.type === "set-posture" ||
    o.type === "mobilise" ||
    o.type === "demobilise"
      ? "military:" + (o.type === "demobilise" ? "mobilise" : o.type)
      : `${o.type}:${"target" in o ? o.target : ""}`;
  const k = key(order);
  return [...draft.filter((o) => key(o) !== k), order];
}

/**
 * Which round the threat estimate is for. The view's last round record is the open round's:
 * in the news phase that is the coming round (computed from the world the last resolution
 * left), so the label says so rather than naming a round that has not started.
 */
export function threatEstimateLabel(round: number, phase: string): string {
  if (phase === "news")
    return `Estimate for round ${round}, the next round (from the world after round ${round - 1})`;
  return `Estimate for round ${round}`;
}
