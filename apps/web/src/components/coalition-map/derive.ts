/** What both views draw, derived from a snapshot: cheap, so it runs on every update. */
import { blocNumbers as engineBlocNumbers } from "@threatscape/engine";
import type { CoalitionLink, CoalitionSnapshot, LinkKind, ThreatArrow } from "./model";

export type LinkStyleKey = "defence" | "trade" | "dotted";
export const styleOf = (k: LinkKind): LinkStyleKey =>
  k === "defence" ? "defence" : k === "trade" ? "trade" : "dotted";

/** One drawn arc per pair and style; several treaties of one style between the same pair share it. */
export type DrawnLink = {
  key: string;
  a: string;
  b: string;
  style: LinkStyleKey;
  kind: LinkKind;
  names: string[];
  bend: number;
};

export function drawnLinks(links: readonly CoalitionLink[]): DrawnLink[] {
  const byKey = new Map<string, DrawnLink>();
  for (const l of links) {
    const [a, b] = l.a < l.b ? [l.a, l.b] : [l.b, l.a];
    const style = styleOf(l.kind);
    const key = `${a}|${b}|${style}`;
    const hit = byKey.get(key);
    if (hit) {
      if (!hit.names.includes(l.name)) hit.names.push(l.name);
    } else byKey.set(key, { key, a, b, style, kind: l.kind, names: [l.name], bend: 0 });
  }
  // Parallel arcs between one pair fan out: defence straightest, then trade, then dotted.
  const order: LinkStyleKey[] = ["defence", "trade", "dotted"];
  const perPair = new Map<string, DrawnLink[]>();
  for (const d of byKey.values())
    perPair.set(`${d.a}|${d.b}`, [...(perPair.get(`${d.a}|${d.b}`) ?? []), d]);
  for (const list of perPair.values()) {
    list.sort((x, y) => order.indexOf(x.style) - order.indexOf(y.style));
    list.forEach((d, i) => (d.bend = 0.1 + i * 0.09));
  }
  return [...byKey.values()].sort((x, y) => order.indexOf(y.style) - order.indexOf(x.style));
}

/**
 * Threat arrows worth drawing: above the threshold, and per perceiver only its primary
 * threat (Walt's unit of analysis; a full matrix is a hairball). With a viewer, the few
 * strongest threats it perceives.
 */
export function visibleThreats(
  snapshot: CoalitionSnapshot,
  threshold = 20,
  perPerceiver = 1,
): ThreatArrow[] {
  const ids = new Set(snapshot.states.map((s) => s.id));
  const all = (snapshot.threats ?? []).filter(
    (t) => t.value >= threshold && ids.has(t.from) && ids.has(t.to),
  );
  const mine = snapshot.highlightStateId
    ? all.filter((t) => t.to === snapshot.highlightStateId)
    : null;
  if (mine) return mine.sort((a, b) => b.value - a.value).slice(0, 5);
  const byTo = new Map<string, ThreatArrow[]>();
  for (const t of all) byTo.set(t.to, [...(byTo.get(t.to) ?? []), t]);
  const out: ThreatArrow[] = [];
  for (const list of byTo.values())
    out.push(
      ...list
        .sort((a, b) => b.value - a.value || (a.from < b.from ? -1 : 1))
        .slice(0, perPerceiver),
    );
  return out;
}

export function blocNumbers(snapshot: CoalitionSnapshot): Map<string, number> {
  return engineBlocNumbers(snapshot.blocs);
}

export function treatiesByState(snapshot: CoalitionSnapshot): Map<string, string[]> {
  const m = new Map<string, string[]>();
  const pacts =
    snapshot.pacts ??
    snapshot.links.map((l) => ({
      id: l.treatyId,
      name: l.name,
      kind: l.kind,
      members: [l.a, l.b],
    }));
  const seen = new Set<string>();
  for (const p of pacts)
    for (const id of p.members) {
      const k = `${id}|${p.id}`;
      if (seen.has(k)) continue;
      seen.add(k);
      m.set(id, [...(m.get(id) ?? []), p.name]);
    }
  return m;
}

const KIND_WORD: Record<LinkKind, string> = {
  defence: "defence pact",
  trade: "trade pact",
  consultation: "consultation pact",
  "non-aggression": "non-aggression pact",
};
export const kindWord = (k: LinkKind) => KIND_WORD[k];

/** The SVG's aria-label: the whole picture in a sentence or three. */
export function summary(snapshot: CoalitionSnapshot, mode: "map" | "network"): string {
  const name = new Map(snapshot.states.map((s) => [s.id, s.name]));
  const inBloc = new Set(snapshot.blocs.flatMap((b) => b.members));
  const parts = [
    `${mode === "map" ? "Coalition map" : "Coalition network"}${snapshot.title ? ` of ${snapshot.title}` : ""}: ${snapshot.blocs.length === 0 ? "no alliance blocs" : `${snapshot.blocs.length} alliance bloc${snapshot.blocs.length === 1 ? "" : "s"}`}.`,
  ];
  for (const b of snapshot.blocs)
    parts.push(`Bloc ${b.number}: ${b.members.map((id) => name.get(id) ?? id).join(", ")}.`);
  const free = snapshot.states.filter((s) => !inBloc.has(s.id)).map((s) => s.name);
  if (free.length) parts.push(`Unaligned: ${free.join(", ")}.`);
  const count = (k: LinkKind[]) => (snapshot.pacts ?? []).filter((p) => k.includes(p.kind)).length;
  if (snapshot.pacts)
    parts.push(
      `${count(["trade"])} trade pacts, ${count(["consultation", "non-aggression"])} consultation or non-aggression pacts.`,
    );
  const me = snapshot.highlightStateId ? name.get(snapshot.highlightStateId) : undefined;
  if (me) parts.push(`You are ${me}.`);
  return parts.join(" ");
}
