// Link arcs between two points, bent away from each other so parallel pacts stay apart, and
// points along them (arrowheads); the shorter way round for states across the date line.
import type { CoalitionState } from "./model";

const relLon = (lon: number, lon0: number) => ((lon - lon0 + 540) % 360) - 180;

/** The shorter way round from the central meridian, or null when both are about as long. */
export function shorterSide(s: CoalitionState, lon0: number): "west" | "east" | null {
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
