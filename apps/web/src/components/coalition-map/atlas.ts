/**
 * The world atlas (world-atlas's Natural Earth TopoJSON, served from our own origin) and the
 * polygon helpers the projection uses. Both resolutions load by dynamic import, so neither is
 * in a first-load bundle: 1:110m first, 1:50m only when a regional view asks for it.
 */
import { geoArea } from "d3-geo";
import type { GeoProjection, GeoStream } from "d3-geo";
import { feature } from "topojson-client";

type Topology = Parameters<typeof feature>[0];
export type Position = [number, number];
type Ring = Position[];
export type PolygonCoords = Ring[];

export type WorldCountry = { key: string; name: string; polygons: PolygonCoords[] };
export type Resolution = "50m" | "110m";

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
export function polygonArea(p: PolygonCoords): number {
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
export function thinned(
  projection: GeoProjection,
  tol: number,
): { stream: (s: GeoStream) => GeoStream } {
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

export const polygonFeature = (polygons: PolygonCoords[]) => ({
  type: "Feature" as const,
  properties: {},
  geometry: { type: "MultiPolygon" as const, coordinates: polygons },
});
