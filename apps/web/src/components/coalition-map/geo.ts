/**
 * Map geometry: the projection fitted to a scenario and where each state sits on it. Pure
 * functions of (states, size), so the component can memoise them and an update (new pact,
 * new bloc) only recolours. The atlas and polygon helpers are in atlas.ts, link arcs in
 * arcs.ts, label placement in labels.ts (re-exported here: one import for the map).
 *
 * The atlas comes from the world-atlas package (Natural Earth TopoJSON), served from our own
 * origin: no third-party network at run time. Both resolutions are loaded by dynamic import,
 * so neither is in any page's first-load JS (the 50m file alone is ~300 KB gzip): 1:110m
 * first (the map draws once it lands), 1:50m only when a regional view asks for it
 * (`MapGeometry.wanted`); until then a regional view is drawn from 110m.
 */
import { geoBounds, geoCircle, geoDistance, geoNaturalEarth1, geoPath } from "d3-geo";
import type { GeoProjection } from "d3-geo";
import { assignFeatures } from "./historical-territories";
import type { CoalitionState } from "./model";
import { hasAtlas, polygonArea, polygonFeature, thinned, worldCountries } from "./atlas";
import type { PolygonCoords, Position, Resolution, WorldCountry } from "./atlas";
import { shorterSide } from "./arcs";

export { hasAtlas, loadAtlas, worldCountries } from "./atlas";
export type { Resolution, WorldCountry } from "./atlas";
export { arcPath, arcPoint } from "./arcs";
export { placeLabels } from "./labels";
export type { LabelBox } from "./labels";

const EARTH_KM = 6371;
/** A state is "far" when its territory lies further than this from the scenario's centre. */
const FAR_KM = 5000;
/** Margin around each capital that the fitted view keeps visible. */
const FIT_RADIUS_KM = 650;

const km = (a: Position, b: Position) => geoDistance(a, b) * EARTH_KM;

export type PlacedState = {
  id: string;
  /** Capital (or edge pin) in SVG pixels. */
  x: number;
  y: number;
  /** Feature keys drawn in the state's colour (empty: a capital marker only). */
  features: string[];
  /** Drawn at the frame's edge because its capital lies far outside the fitted view. */
  pinned: "west" | "east" | null;
  /** Historical territory label, for the tooltip. */
  territory?: string;
};

export type MapGeometry = {
  width: number;
  height: number;
  /** The atlas drawn. */
  resolution: Resolution;
  /** The atlas this view should use; differs from `resolution` while 50m is still loading. */
  wanted: Resolution;
  /** SVG path per world feature key, clipped to the frame. */
  countries: { key: string; name: string; d: string }[];
  /** States inside the frame; far ones are placed by `withPins`. */
  states: Map<string, PlacedState>;
  /** Feature key -> owning state id. */
  owner: Map<string, string>;
  far: {
    id: string;
    side: "west" | "east" | null;
    y: number;
    features: string[];
    territory?: string;
  }[];
  lon0: number;
  edge: number;
};

export type MapInput = {
  states: readonly CoalitionState[];
  era?: "historical" | "modern";
  year?: number;
};

/** Circular mean of longitudes, for the projection's central meridian. */
function centralLongitude(bounds: [Position, Position]): number {
  const [[w], [e]] = bounds;
  const span = e >= w ? e - w : e + 360 - w;
  let c = w + span / 2;
  if (c > 180) c -= 360;
  return c;
}

/**
 * States whose territory is far from the scenario's centre (the medoid of the playable
 * capitals). Pinned to the frame's edge only when they are a small minority (at most two,
 * at most a quarter): East Asia keeps its size with the US at the edge, while a global
 * Cold War map simply shows the world.
 */
function farStates(
  input: MapInput,
  byState: Map<string, string[]>,
  countries: Map<string, WorldCountry>,
): Set<string> {
  const core = input.states.filter((s) => s.playable);
  const pool = core.length >= 2 ? core : input.states;
  let medoid: Position = [pool[0]!.capital.lon, pool[0]!.capital.lat];
  let best = Infinity;
  for (const a of pool) {
    const pa: Position = [a.capital.lon, a.capital.lat];
    const sum = pool.reduce((acc, b) => acc + km(pa, [b.capital.lon, b.capital.lat]), 0);
    if (sum < best) {
      best = sum;
      medoid = pa;
    }
  }
  const far: string[] = [];
  for (const s of input.states) {
    let d = km(medoid, [s.capital.lon, s.capital.lat]);
    for (const key of byState.get(s.id) ?? [])
      for (const poly of countries.get(key)?.polygons ?? [])
        for (const p of poly[0] ?? []) d = Math.min(d, km(medoid, p));
    if (d > FAR_KM) far.push(s.id);
  }
  return far.length <= 2 && far.length <= input.states.length / 4 ? new Set(far) : new Set();
}

export function computeMapGeometry(input: MapInput, width: number, height: number): MapGeometry {
  const coarse = worldCountries("110m");
  const coarseByKey = new Map(coarse.map((c) => [c.key, c]));
  const { owner, byState, labels } = assignFeatures(input.states, input.era, input.year);
  const far = farStates(input, byState, coarseByKey);

  // Fit to a disc around each capital: labels and links live at capitals, and whole
  // polygons would let Russia or the Ottoman Middle East shrink a European map.
  const fitPoints: Position[] = [];
  for (const s of input.states) {
    if (far.has(s.id)) continue;
    fitPoints.push([s.capital.lon, s.capital.lat]);
    const ring =
      geoCircle()
        .center([s.capital.lon, s.capital.lat])
        .radius(FIT_RADIUS_KM / ((EARTH_KM * Math.PI) / 180))
        .precision(30)().coordinates[0] ?? [];
    for (const p of ring) fitPoints.push([p[0]!, p[1]!]);
  }
  const fitObject = { type: "MultiPoint" as const, coordinates: fitPoints };
  const lon0 = centralLongitude(geoBounds(fitObject) as [Position, Position]);
  // A pin whose side depends on treaties (both ways round about as long) reserves room on both
  // sides, so the projection never depends on treaties and a new pact does not refit the map.
  const ownSide = new Map(
    [...far].map((id) => [
      id,
      shorterSide(
        input.states.find((s) => s.id === id)!,
        lon0,
      ),
    ]),
  );
  const pinnedSides = new Set(
    [...ownSide.values()].flatMap((v) => (v === null ? ["west", "east"] : [v])),
  );
  const edge = Math.max(16, Math.min(width, height) * 0.06);
  const pinRoom = Math.min(170, width * 0.14);
  const projection: GeoProjection = geoNaturalEarth1()
    .rotate([-lon0, 0])
    .fitExtent(
      [
        [edge + (pinnedSides.has("west") ? pinRoom : 0), edge + 10],
        [width - edge - (pinnedSides.has("east") ? pinRoom : 0), height - edge],
      ],
      fitObject,
    );
  // Longitudinal span of the frame decides the atlas resolution.
  const left = projection.invert?.([0, height / 2]);
  const right = projection.invert?.([width, height / 2]);
  const spanDeg =
    left && right ? Math.abs(right[0] - left[0] + (right[0] < left[0] ? 360 : 0)) : 360;
  // Measured along the middle row, so ~210 degrees is still a regional (Eurasian) view.
  const wanted: Resolution = spanDeg > 210 ? "110m" : "50m";
  const resolution: Resolution = hasAtlas(wanted) ? wanted : "110m";

  const margin = 4;
  projection.clipExtent([
    [-margin, -margin],
    [width + margin, height + margin],
  ]);
  const path = geoPath(thinned(projection, 0.9)).digits(1);
  // Islands smaller than a few pixels only add bytes; a polygon's projected area is about geoArea x scale^2.
  const minArea = 3 / projection.scale() ** 2;
  const visible = (polys: PolygonCoords[]) => polys.filter((p) => polygonArea(p) >= minArea);
  const countries: MapGeometry["countries"] = [];
  for (const c of worldCountries(resolution)) {
    const polys = visible(c.polygons);
    const d = polys.length ? path(polygonFeature(polys)) : null;
    if (d) countries.push({ key: c.key, name: c.name, d });
  }
  // Features claimed by a scenario state but missing from the coarse atlas (small states) come from 50m.
  if (resolution === "110m") {
    const have = new Set(countries.map((c) => c.key));
    for (const key of owner.keys())
      if (!have.has(key)) {
        const c = worldCountries("50m").find((x) => x.key === key);
        const d = c && path(polygonFeature(c.polygons));
        if (c && d) countries.push({ key, name: c.name, d });
      }
  }

  const states = new Map<string, PlacedState>();
  const far_: MapGeometry["far"] = [];
  for (const s of input.states) {
    const features = byState.get(s.id) ?? [];
    const territory = labels.get(s.id);
    if (far.has(s.id)) {
      const y = projection([lon0, s.capital.lat])?.[1] ?? height / 2;
      far_.push({
        id: s.id,
        side: ownSide.get(s.id) ?? null,
        y: Math.min(height - edge * 2, Math.max(edge * 2, y)),
        features,
        ...(territory ? { territory } : {}),
      });
      continue;
    }
    const p = projection([s.capital.lon, s.capital.lat]) ?? [width / 2, height / 2];
    states.set(s.id, {
      id: s.id,
      x: Math.round(p[0] * 10) / 10,
      y: Math.round(p[1] * 10) / 10,
      features,
      pinned: null,
      ...(territory ? { territory } : {}),
    });
  }
  return { width, height, resolution, wanted, countries, states, owner, far: far_, lon0, edge };
}

/**
 * Place the far states at the frame's edge (cheap; reruns when treaties change): on their
 * shorter side, or towards their treaty partners when both ways are about as long (the US
 * east of East Asia, across the Pacific). Pins on one side are spread 56 px apart.
 */
export function withPins(
  g: MapGeometry,
  links: readonly { a: string; b: string }[] = [],
): Map<string, PlacedState> {
  if (g.far.length === 0) return g.states;
  const out = new Map(g.states);
  const pins = g.far.map((f) => {
    let side = f.side;
    if (side === null) {
      const xs = links
        .flatMap((l) => (l.a === f.id ? [l.b] : l.b === f.id ? [l.a] : []))
        .flatMap((p) => {
          const st = g.states.get(p);
          return st ? [st.x] : [];
        });
      const mean = xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : g.width / 2;
      side = mean < g.width / 2 ? "west" : "east";
    }
    return { ...f, side };
  });
  for (const side of ["west", "east"] as const) {
    let last = -Infinity;
    for (const p of pins.filter((x) => x.side === side).sort((a, b) => a.y - b.y)) {
      const y = Math.round(Math.max(p.y, last + 56));
      last = y;
      const x = side === "west" ? g.edge + 12 : g.width - g.edge - 12;
      out.set(p.id, {
        id: p.id,
        x,
        y,
        features: p.features,
        pinned: side,
        ...(p.territory ? { territory: p.territory } : {}),
      });
    }
  }
  return out;
}
