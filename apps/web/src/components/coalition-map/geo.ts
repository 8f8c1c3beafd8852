/**
 * Map geometry: world polygons, the projection fitted to a scenario, label placement and
 * link arcs. Pure functions of (states, size), so the component can memoise them and an
 * update (new pact, new bloc) only recolours.
 *
 * The atlas comes from the world-atlas package (Natural Earth TopoJSON), served from our own
 * origin: no third-party network at run time. Both resolutions are loaded by dynamic import,
 * so neither is in any page's first-load JS (the 50m file alone is ~300 KB gzip): 1:110m
 * first (the map draws once it lands), 1:50m only when a regional view asks for it
 * (`MapGeometry.wanted`); until then a regional view is drawn from 110m.
 */
import { geoArea, geoBounds, geoCircle, geoDistance, geoNaturalEarth1, geoPath } from "d3-geo";
import type { GeoProjection, GeoStream } from "d3-geo";
import { feature } from "topojson-client";
import { assignFeatures } from "./historical-territories";
import type { CoalitionState } from "./model";

type Topology = Parameters<typeof feature>[0];
type Position = [number, number];
type Ring = Position[];
type PolygonCoords = Ring[];

export type WorldCountry = { key: string; name: string; polygons: PolygonCoords[] };
export type Resolution = "50m" | "110m";

const EARTH_KM = 6371;
/** A state is "far" when its territory lies further than this from the scenario's centre. */
const FAR_KM = 5000;
/** Margin around each capital that the fitted view keeps visible. */
const FIT_RADIUS_KM = 650;

const cache = new Map<Resolution, WorldCountry[]>();
const topologies = new Map<Resolution, Topology>();
const pending = new Map<Resolution, Promise<void>>();

/** Loads one atlas resolution (its own chunk); resolves at once when it is already here. */
export function loadAtlas(resolution: Resolution): Promise<void> {
  if (topologies.has(resolution)) return Promise.resolve();
  let p = pending.get(resolution);
  if (!p) {
    p = (
      resolution === "50m"
        ? import("world-atlas/countries-50m.json")
        : import("world-atlas/countries-110m.json")
    ).then(
      (m) => {
        topologies.set(resolution, (m.default ?? m) as unknown as Topology);
      },
      (e: unknown) => {
        pending.delete(resolution); // let a later render retry
        throw e;
      },
    );
    pending.set(resolution, p);
  }
  return p;
}

export const hasAtlas = (resolution: Resolution): boolean => topologies.has(resolution);

/**
 * Countries of the atlas; features without an ISO code (Kosovo, N. Cyprus) are keyed by name.
 * Empty until `loadAtlas(resolution)` has resolved.
 */
export function worldCountries(resolution: Resolution): WorldCountry[] {
  const hit = cache.get(resolution);
  if (hit) return hit;
  const topo = topologies.get(resolution);
  if (!topo) return [];
  const fc = feature(topo, topo.objects.countries!) as unknown as {
    features: {
      id?: string | number;
      properties: { name?: string } | null;
      geometry: { type: string; coordinates: unknown } | null;
    }[];
  };
  const out: WorldCountry[] = [];
  for (const f of fc.features) {
    if (!f.geometry) continue;
    const name = f.properties?.name ?? "";
    const key = f.id !== undefined && f.id !== "" ? String(f.id) : `name:${name}`;
    const polygons =
      f.geometry.type === "Polygon"
        ? [f.geometry.coordinates as PolygonCoords]
        : f.geometry.type === "MultiPolygon"
          ? (f.geometry.coordinates as PolygonCoords[])
          : [];
    out.push({ key, name, polygons });
  }
  cache.set(resolution, out);
  return out;
}

const areaCache = new WeakMap<PolygonCoords, number>();
function polygonArea(p: PolygonCoords): number {
  let a = areaCache.get(p);
  if (a === undefined) {
    a = geoArea({ type: "Polygon", coordinates: p });
    // A ring wound the wrong way measures as the rest of the sphere.
    if (a > 2 * Math.PI) a = 4 * Math.PI - a;
    areaCache.set(p, a);
  }
  return a;
}

/** Drops projected points closer than `tol` px to the last one kept: 50m detail at a world scale is sub-pixel noise. */
function thinned(projection: GeoProjection, tol: number): { stream: (s: GeoStream) => GeoStream } {
  return {
    stream(out) {
      let lx = NaN,
        ly = NaN,
        px = NaN,
        py = NaN,
        skipped = false;
      const inner: GeoStream = {
        point(x, y) {
          if (Math.abs(x - lx) < tol && Math.abs(y - ly) < tol) {
            px = x;
            py = y;
            skipped = true;
            return;
          }
          out.point(x, y);
          lx = x;
          ly = y;
          skipped = false;
        },
        lineStart() {
          lx = ly = NaN;
          skipped = false;
          out.lineStart();
        },
        lineEnd() {
          if (skipped) out.point(px, py);
          out.lineEnd();
        },
        polygonStart() {
          out.polygonStart();
        },
        polygonEnd() {
          out.polygonEnd();
        },
        sphere() {
          out.sphere?.();
        },
      };
      return projection.stream(inner);
    },
  };
}

const polygonFeature = (polygons: PolygonCoords[]) => ({
  type: "Feature" as const,
  properties: {},
  geometry: { type: "MultiPolygon" as const, coordinates: polygons },
});
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

const relLon = (lon: number, lon0: number) => ((lon - lon0 + 540) % 360) - 180;

/** The shorter way round from the central meridian, or null when both are about as long. */
function shorterSide(s: CoalitionState, lon0: number): "west" | "east" | null {
  const own = relLon(s.capital.lon, lon0);
  if (Math.abs(own) >= 150) return null;
  return own < 0 ? "west" : "east";
}

/** Quadratic arc from a to b bent by `bend` (share of the length); the bend's sign is fixed by id order so a-b and b-a coincide. */
export function arcPath(
  a: { x: number; y: number },
  b: { x: number; y: number },
  bend: number,
): string {
  const mx = (a.x + b.x) / 2,
    my = (a.y + b.y) / 2;
  const dx = b.x - a.x,
    dy = b.y - a.y;
  const cx = mx - dy * bend,
    cy = my + dx * bend;
  const r = (n: number) => Math.round(n * 10) / 10;
  return `M${r(a.x)},${r(a.y)}Q${r(cx)},${r(cy)} ${r(b.x)},${r(b.y)}`;
}

/** Point at parameter t on the same quadratic arc (threat arrowheads stop short of the capital). */
export function arcPoint(
  a: { x: number; y: number },
  b: { x: number; y: number },
  bend: number,
  t: number,
): { x: number; y: number } {
  const mx = (a.x + b.x) / 2,
    my = (a.y + b.y) / 2;
  const cx = mx - (b.y - a.y) * bend,
    cy = my + (b.x - a.x) * bend;
  const u = 1 - t;
  return {
    x: u * u * a.x + 2 * u * t * cx + t * t * b.x,
    y: u * u * a.y + 2 * u * t * cy + t * t * b.y,
  };
}

export type LabelBox = {
  id: string;
  x: number;
  y: number;
  anchor: "start" | "end" | "middle";
  w: number;
  h: number;
  /**
   * No free spot near the point: the label is not drawn (its dot, tooltip, the legend and the
   * table still name the state). Labels are placed in priority order, so the lesser one hides.
   */
  hidden?: boolean;
};

/**
 * Greedy label placement: each label (in priority order) takes the first of eight spots
 * around its point that overlaps no earlier label and no capital dot. Deterministic and
 * cheap; good enough for the twenty-odd states of a scenario.
 */
export function placeLabels(
  items: readonly { id: string; x: number; y: number; text: string; r: number }[],
  fontSize: number,
  width: number,
  height: number,
): Map<string, LabelBox> {
  const placed: { x0: number; y0: number; x1: number; y1: number }[] = [];
  const dots = items.map((i) => ({ x0: i.x - i.r, y0: i.y - i.r, x1: i.x + i.r, y1: i.y + i.r }));
  const hit = (b: { x0: number; y0: number; x1: number; y1: number }) =>
    placed.some((p) => b.x0 < p.x1 && b.x1 > p.x0 && b.y0 < p.y1 && b.y1 > p.y0) ||
    dots.some((p) => b.x0 < p.x1 && b.x1 > p.x0 && b.y0 < p.y1 && b.y1 > p.y0);
  const out = new Map<string, LabelBox>();
  for (const it of items) {
    // Badge (bloc number) + text; 0.58em per character is a fair system-ui average.
    const w = it.text.length * fontSize * 0.58 + fontSize * 1.4;
    const h = fontSize * 1.35;
    const g = it.r + 4;
    const spots: { x: number; y: number; anchor: LabelBox["anchor"] }[] = [
      { x: it.x + g, y: it.y, anchor: "start" },
      { x: it.x - g, y: it.y, anchor: "end" },
      { x: it.x, y: it.y - g - h / 2, anchor: "middle" },
      { x: it.x, y: it.y + g + h / 2, anchor: "middle" },
      { x: it.x + g, y: it.y - h * 0.8, anchor: "start" },
      { x: it.x - g, y: it.y - h * 0.8, anchor: "end" },
      { x: it.x + g, y: it.y + h * 0.8, anchor: "start" },
      { x: it.x - g, y: it.y + h * 0.8, anchor: "end" },
    ];
    const boxOf = (s: (typeof spots)[number]) => {
      const x0 = s.anchor === "start" ? s.x : s.anchor === "end" ? s.x - w : s.x - w / 2;
      return { x0, y0: s.y - h / 2, x1: x0 + w, y1: s.y + h / 2 };
    };
    const inside = (b: ReturnType<typeof boxOf>) =>
      b.x0 >= 2 && b.x1 <= width - 2 && b.y0 >= 2 && b.y1 <= height - 2;
    const ownDot = dots[items.indexOf(it)]!;
    const free = (s: (typeof spots)[number]) => {
      const b = boxOf(s);
      if (!inside(b)) return false;
      // Its own dot never blocks it.
      const saved = ownDot.x1;
      ownDot.x1 = ownDot.x0 - 1;
      const ok = !hit(b);
      ownDot.x1 = saved;
      return ok;
    };
    const spot = spots.find(free);
    if (!spot) {
      const fallback = spots.find((s) => inside(boxOf(s))) ?? spots[0]!;
      out.set(it.id, {
        id: it.id,
        x: fallback.x,
        y: fallback.y,
        anchor: fallback.anchor,
        w,
        h,
        hidden: true,
      });
      continue;
    }
    const b = boxOf(spot);
    placed.push(b);
    out.set(it.id, { id: it.id, x: spot.x, y: spot.y, anchor: spot.anchor, w, h });
  }
  return out;
}
