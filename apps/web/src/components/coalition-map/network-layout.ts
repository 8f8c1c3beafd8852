/**
 * Deterministic force layout for the network view. Nodes start at their capitals
 * (equirectangular, so the graph keeps a rough geography), d3-force runs synchronously
 * for a fixed number of ticks with a seeded random source (it only jiggles coincident
 * points), and the result is scaled into the frame: the same snapshot gives the same
 * picture on the server and the client, and nothing moves after the first paint.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from "d3-force";
import type { SimulationLinkDatum, SimulationNodeDatum } from "d3-force";
import type { CoalitionLink, CoalitionState } from "./model";

export type NetworkNode = { id: string; x: number; y: number; r: number };

type Node = SimulationNodeDatum & { id: string; r: number };
type Link = SimulationLinkDatum<Node> & { kind: CoalitionLink["kind"] };

const TICKS = 300;

/** Park-Miller LCG: tiny, deterministic, good enough for jiggling. */
function lcg(seed: number): () => number {
  let s = seed % 2147483647 || 1;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

/** Node radius in layout units from relative capability (area proportional to size). */
export function nodeRadius(size: number | undefined, maxSize: number): number {
  if (!size || !(maxSize > 0)) return 16;
  return 10 + 24 * Math.sqrt(Math.max(0, size) / maxSize);
}

export function computeNetworkLayout(
  states: readonly Pick<CoalitionState, "id" | "capital" | "size">[],
  links: readonly Pick<CoalitionLink, "a" | "b" | "kind">[],
  width: number,
  height: number,
): Map<string, NetworkNode> {
  const out = new Map<string, NetworkNode>();
  if (states.length === 0) return out;
  const maxSize = Math.max(0, ...states.map((s) => s.size ?? 0));
  // Circular mean longitude so a Pacific scenario does not split at the antimeridian.
  const sx = states.reduce((a, s) => a + Math.sin((s.capital.lon * Math.PI) / 180), 0);
  const cx = states.reduce((a, s) => a + Math.cos((s.capital.lon * Math.PI) / 180), 0);
  const lon0 = (Math.atan2(sx, cx) * 180) / Math.PI;
  const lat0 = states.reduce((a, s) => a + s.capital.lat, 0) / states.length;
  const nodes: Node[] = states.map((s) => ({
    id: s.id,
    r: nodeRadius(s.size, maxSize),
    x: (((s.capital.lon - lon0 + 540) % 360) - 180) * 6,
    y: -(s.capital.lat - lat0) * 8,
  }));
  const ids = new Set(nodes.map((n) => n.id));
  // One spring per pair, the strongest kind: several treaties between two states are one tie here.
  const rank = { defence: 3, trade: 2, consultation: 1, "non-aggression": 1 } as const;
  const pairs = new Map<string, Link>();
  for (const l of links) {
    if (!ids.has(l.a) || !ids.has(l.b) || l.a === l.b) continue;
    const key = l.a < l.b ? `${l.a}|${l.b}` : `${l.b}|${l.a}`;
    const prev = pairs.get(key);
    if (!prev || rank[l.kind] > rank[prev.kind])
      pairs.set(key, { source: l.a, target: l.b, kind: l.kind });
  }
  const sim = forceSimulation<Node>(nodes)
    .randomSource(lcg(42))
    .force(
      "link",
      forceLink<Node, Link>([...pairs.values()])
        .id((n) => n.id)
        .distance((l) => (l.kind === "defence" ? 90 : l.kind === "trade" ? 150 : 190))
        .strength((l) => (l.kind === "defence" ? 0.8 : l.kind === "trade" ? 0.25 : 0.12)),
    )
    .force("charge", forceManyBody<Node>().strength(-420))
    .force(
      "collide",
      forceCollide<Node>((n) => n.r + 26),
    )
    // Weak pull to the centre keeps unaligned states from drifting off.
    .force("x", forceX<Node>(0).strength(0.05))
    .force("y", forceY<Node>(0).strength(0.07))
    .stop();
  sim.tick(TICKS);

  const pad = Math.max(48, Math.min(width, height) * 0.1);
  const minX = Math.min(...nodes.map((n) => (n.x ?? 0) - n.r));
  const maxX = Math.max(...nodes.map((n) => (n.x ?? 0) + n.r));
  const minY = Math.min(...nodes.map((n) => (n.y ?? 0) - n.r));
  const maxY = Math.max(...nodes.map((n) => (n.y ?? 0) + n.r));
  const scale = Math.min(
    (width - 2 * pad) / Math.max(1, maxX - minX),
    (height - 2 * pad) / Math.max(1, maxY - minY),
    1.6,
  );
  const ox = (width - (maxX - minX) * scale) / 2,
    oy = (height - (maxY - minY) * scale) / 2;
  const round = (v: number) => Math.round(v * 10) / 10;
  // Radii scale only gently so nodes stay readable in a small frame and do not balloon on a projector.
  const rScale = Math.min(1.4, Math.max(0.7, scale));
  for (const n of nodes)
    out.set(n.id, {
      id: n.id,
      x: round(ox + ((n.x ?? 0) - minX) * scale),
      y: round(oy + ((n.y ?? 0) - minY) * scale),
      r: round(n.r * rScale),
    });
  return out;
}
