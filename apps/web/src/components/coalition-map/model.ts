/**
 * The coalition map's input: a small, engine-independent snapshot, so the map can be fed
 * from a live GameView, a replay frame or a hand-written fixture alike. The adapters at
 * the bottom are the only place that knows the engine's shapes.
 */
import {
  alignmentBlocs,
  type Bloc,
  type GameView,
  type Scenario,
  type ThreatEntry,
  type ThreatTable,
  type Treaty,
  type TreatyKind,
} from "@threatscape/engine";

export type LinkKind = TreatyKind;

export type CoalitionState = {
  id: string;
  name: string;
  /** ISO 3166 numeric of the modern country (world-atlas feature id). */
  isoNumeric?: string;
  capital: { lat: number; lon: number };
  playable: boolean;
  /** Relative capability (any positive scale): node size in the network view. */
  size?: number;
};

/**
 * What joins a bloc, in the words every caption, legend and help text uses (engine model.md
 * s.7 "Blocs", `alignmentBlocs`): "Blocs are groups joined by …".
 */
export const BLOC_TIES =
  "defence pacts and ententes (consultation pacts) that name a common adversary, split where adversaries meet";

/**
 * A bloc as the engine defines it (`gameBlocs`: defence ties and ententes naming a common
 * adversary, split where adversaries meet, numbered by its oldest pact); its number is shown in the legend, labels and table as the
 * non-colour cue.
 */
export type CoalitionBloc = Bloc & {
  /** React key, stable while the bloc's anchor (its first member in scenario order) stays in it. */
  id: string;
};

export type CoalitionLink = {
  kind: LinkKind;
  a: string;
  b: string;
  treatyId: string;
  name: string;
};

/** A treaty with its full membership (links of large pacts are drawn as a star, see `linksFor`). */
export type CoalitionPact = {
  id: string;
  kind: LinkKind;
  name: string;
  members: string[];
  /** The adversaries the pact names: an entente naming one is a bloc tie. */
  directedAgainst?: string[];
};

/** `from` threatens `to` (as `to` perceives it), 0..100. */
export type ThreatArrow = { from: string; to: string; value: number };

export type CoalitionSnapshot = {
  /** Used for the historical territory mapping (historical-territories.ts). */
  era?: "historical" | "modern";
  year?: number;
  title?: string;
  states: CoalitionState[];
  blocs: CoalitionBloc[];
  links: CoalitionLink[];
  pacts?: CoalitionPact[];
  threats?: ThreatArrow[];
  /** The viewer's own state, outlined on the map. */
  highlightStateId?: string | null;
};

/** The treaty fields the map reads; engine `Treaty` and scenario treaties both fit. */
export type TreatyLike = Pick<Treaty, "id" | "kind" | "name" | "members"> &
  Partial<Pick<Treaty, "directedAgainst">>;

/**
 * The engine's blocs (the one definition the dashboard, projector and debrief share) over the
 * pacts given, split by the adversaries they name, keyed for rendering. Members are listed in
 * `order` (scenario order). Without the round's threat table (a student sees only its own
 * row) rivals that no pact names are not split: pass the server's blocs (`blocs` option)
 * where the caller has them.
 */
export function coalitionBlocs(
  treaties: readonly TreatyLike[],
  order: readonly string[] = [],
): CoalitionBloc[] {
  const named = treaties.map((t) => ({ ...t, directedAgainst: t.directedAgainst ?? [] }));
  return keyed(alignmentBlocs(named, order));
}

const keyed = (blocs: readonly Bloc[]): CoalitionBloc[] =>
  blocs.map((bloc) => ({ ...bloc, id: `bloc-${bloc.members[0]!}` }));

/**
 * Bilateral links for drawing. Pacts of up to four members are drawn as every pair; larger
 * ones (NATO, the EU's trade agreements) as the shortest tree joining their capitals, so one
 * arc crosses the Atlantic instead of six (without capitals: a star from the first member).
 * The table and tooltips still list every member.
 */
export function linksFor(
  pacts: readonly TreatyLike[],
  capitals?: ReadonlyMap<string, { lat: number; lon: number }>,
): CoalitionLink[] {
  const out: CoalitionLink[] = [];
  for (const t of pacts) {
    const m = [...new Set(t.members)];
    const base = { kind: t.kind, treatyId: t.id, name: t.name };
    if (m.length <= 4) {
      for (let i = 0; i < m.length; i++)
        for (let j = i + 1; j < m.length; j++) out.push({ ...base, a: m[i]!, b: m[j]! });
    } else if (capitals && m.every((x) => capitals.has(x))) {
      for (const [a, b] of spanningTree(m, (x, y) =>
        greatCircle(capitals.get(x)!, capitals.get(y)!),
      ))
        out.push({ ...base, a, b });
    } else for (const b of m.slice(1)) out.push({ ...base, a: m[0]!, b });
  }
  return out;
}

function greatCircle(p: { lat: number; lon: number }, q: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((q.lat - p.lat) * r) / 2) ** 2 +
    Math.cos(p.lat * r) * Math.cos(q.lat * r) * Math.sin(((q.lon - p.lon) * r) / 2) ** 2;
  return 2 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Prim's algorithm from the first member; ties go to the earlier member, so it is deterministic. */
function spanningTree(ids: string[], dist: (a: string, b: string) => number): [string, string][] {
  const inTree = [ids[0]!];
  const rest = ids.slice(1);
  const edges: [string, string][] = [];
  while (rest.length) {
    let best: [number, number, number] = [Infinity, 0, 0];
    for (let i = 0; i < inTree.length; i++)
      for (let j = 0; j < rest.length; j++) {
        const d = dist(inTree[i]!, rest[j]!);
        if (d < best[0]) best = [d, i, j];
      }
    const [, i, j] = best;
    const next = rest.splice(j, 1)[0]!;
    edges.push([inTree[i]!, next]);
    inTree.push(next);
  }
  return edges;
}

/** Threat of every state to every perceiver: the compact round log or a viewer's materialised rows. */
export type ThreatInput = ThreatTable | Record<string, Record<string, Pick<ThreatEntry, "total">>>;

function threatsFrom(input: ThreatInput): ThreatArrow[] {
  const out: ThreatArrow[] = [];
  const push = (from: string, to: string, v: number) => {
    if (Number.isFinite(v) && v > 0)
      out.push({ from, to, value: Math.round(Math.min(100, v) * 10) / 10 });
  };
  if (Array.isArray(input.ids) && Array.isArray((input as ThreatTable).total)) {
    const t = input as ThreatTable;
    const n = t.ids.length;
    // Flat layout: value of (other i, perceiver j) at [i * n + j].
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) if (i !== j) push(t.ids[i]!, t.ids[j]!, t.total[i * n + j] ?? 0);
    return out;
  }
  for (const [perceiver, row] of Object.entries(
    input as Record<string, Record<string, Pick<ThreatEntry, "total">>>,
  ))
    for (const [other, e] of Object.entries(row))
      if (other !== perceiver) push(other, perceiver, e.total);
  return out;
}

export type SnapshotOptions = {
  highlightStateId?: string | null;
  /** Capability per state for node sizes; default: mean of GDP and military-spending shares. */
  sizes?: Record<string, number>;
  /** The engine's blocs when the caller has them (the instructor's dashboard, a recorded round). */
  blocs?: readonly Bloc[] | null;
};

/** Build a snapshot from engine data: the scenario, the treaties in force (array or GameState.treaties) and optionally a round's threat table. */
export function snapshotFromGame(
  scenario: Pick<Scenario, "era" | "year" | "name" | "states">,
  treaties: readonly TreatyLike[] | Readonly<Record<string, TreatyLike>>,
  threatTable?: ThreatInput | null,
  options: SnapshotOptions = {},
): CoalitionSnapshot {
  const list = (Array.isArray(treaties) ? treaties : Object.values(treaties)) as TreatyLike[];
  const ids = scenario.states.map((s) => s.id);
  const known = new Set(ids);
  // Members the snapshot cannot place (a stale id) would draw links to nowhere.
  const pacts: CoalitionPact[] = list
    .map((t) => ({
      id: t.id,
      kind: t.kind,
      name: t.name,
      members: t.members.filter((m) => known.has(m)),
      directedAgainst: (t.directedAgainst ?? []).filter((m) => known.has(m)),
    }))
    .filter((t) => new Set(t.members).size >= 2);
  const gdpSum = scenario.states.reduce((a, s) => a + s.gdp, 0) || 1;
  const milSum = scenario.states.reduce((a, s) => a + s.milex, 0) || 1;
  const states: CoalitionState[] = scenario.states.map((s) => ({
    id: s.id,
    name: s.name,
    ...(s.isoNumeric ? { isoNumeric: s.isoNumeric } : {}),
    capital: { lat: s.capital.lat, lon: s.capital.lon },
    playable: s.playable,
    size: options.sizes?.[s.id] ?? (s.gdp / gdpSum + s.milex / milSum) / 2,
  }));
  const snapshot: CoalitionSnapshot = {
    era: scenario.era,
    year: scenario.year,
    title: scenario.name,
    states,
    blocs: options.blocs ? keyed(options.blocs) : coalitionBlocs(pacts, ids),
    links: linksFor(pacts, new Map(states.map((s) => [s.id, s.capital]))),
    pacts,
    highlightStateId: options.highlightStateId ?? null,
  };
  if (threatTable)
    snapshot.threats = threatsFrom(threatTable).filter((t) => known.has(t.from) && known.has(t.to));
  return snapshot;
}

/** Convenience for the consoles: what this viewer may see (GameView is already filtered), with the latest round's threats. */
export function snapshotFromView(
  view: Pick<GameView, "scenario" | "treaties" | "rounds" | "viewer">,
): CoalitionSnapshot {
  const latest = view.rounds.at(-1);
  return snapshotFromGame(view.scenario, view.treaties, latest?.threat ?? null, {
    highlightStateId: view.viewer.kind === "state" ? view.viewer.stateId : null,
  });
}
