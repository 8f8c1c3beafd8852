// Label placement (issue 13, defect 6): every state's name and bloc badge without collisions.
// Every label first tries eight spots around its dot; those for which all are taken (Korea and
// Japan in East Asia, where capitals sit a few label heights apart) then move off their state
// to the nearest free spot on widening rings, and a leader line joins each to its dot. Only when no free box is
// left anywhere in the frame (never for a scenario's playable states at the sizes we ship) is
// it hidden.
//
// Why not a library: we tried the candidates on npm. d3fc-label-layout only tries the four
// corners at the point and hides the rest (no leader lines; its package ships no build or
// types); d3-bboxCollide (rectangle collision for d3-force) is a 2017 force that cannot
// guarantee zero overlap; labella lays labels out on one axis; labelgun only hides;
// vega-label needs vega-scenegraph in the bundle. This search is small, deterministic and
// guarantees what the tests assert: no two label boxes overlap.

export type LabelBox = {
  id: string;
  /** Anchor point of the label: its left-middle (`start`), right-middle (`end`) or centre. */
  x: number;
  y: number;
  anchor: "start" | "end" | "middle";
  w: number;
  h: number;
  /**
   * No free box anywhere in the frame: the label is not drawn (its dot, tooltip, the legend and the
   * table still name the state). Labels are placed in priority order, so the lesser one hides.
   */
  hidden?: boolean;
  /** The label sits away from its dot: draw a line from the dot to this point of the label. */
  leader?: { x: number; y: number };
};

export type LabelItem = { id: string; x: number; y: number; text: string; r: number };

type Rect = { x0: number; y0: number; x1: number; y1: number };

/**
 * Radius (px) of a label's bloc badge at `fontSize`: projector sizes (names of 28 px or more)
 * keep the bloc number at 28 px or more too. The label box leaves room for it.
 */
export function badgeMetrics(fontSize: number): { font: number; r: number } {
  const font = fontSize >= 28 ? Math.max(28, fontSize * 0.78) : fontSize * 0.78;
  return { font, r: Math.max(fontSize * 0.62, font * 0.72) };
}

/** 0.6 em per character: a fair upper bound for system-ui at weight 600 (tests, server). */
export const estimateTextWidth = (text: string, fontSize: number) => text.length * fontSize * 0.6;

const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;

/** Whether the segment p-q passes through rect `b` (Liang-Barsky clipping). */
function segmentHits(px: number, py: number, qx: number, qy: number, b: Rect): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = qx - px;
  const dy = qy - py;
  const edges: [number, number][] = [
    [-dx, px - b.x0],
    [dx, b.x1 - px],
    [-dy, py - b.y0],
    [dy, b.y1 - py],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/**
 * The map's label items in priority order (playable states first, then by size, so a lesser
 * label is the one moved or hidden): each state's placed point, with a larger dot radius for
 * capital markers and states pinned to the frame's edge.
 */
export function mapLabelItems(
  states: readonly { id: string; name: string; playable: boolean; size?: number }[],
  placed: ReadonlyMap<
    string,
    { x: number; y: number; features: readonly unknown[]; pinned: string | null }
  >,
): LabelItem[] {
  const order = [...states].sort(
    (a, b) => Number(b.playable) - Number(a.playable) || (b.size ?? 0) - (a.size ?? 0),
  );
  return order.flatMap((s) => {
    const p = placed.get(s.id);
    if (!p) return [];
    return [
      { id: s.id, x: p.x, y: p.y, text: s.name, r: p.features.length === 0 || p.pinned ? 9 : 5 },
    ];
  });
}

/**
 * Places the labels of `items` (in priority order: earlier labels keep the better spots) in a
 * `width` x `height` px frame at `fontSize` px. `measure` gives a name's rendered width in px
 * (the browser measures the real font); without it an upper-bound estimate is used. Returns
 * one box per item, keyed by id; boxes not `hidden` never overlap each other or another
 * item's dot, and stay inside the frame. Deterministic: same input, same boxes.
 */
export function placeLabels(
  items: readonly LabelItem[],
  fontSize: number,
  width: number,
  height: number,
  measure: (text: string) => number = (t) => estimateTextWidth(t, fontSize),
): Map<string, LabelBox> {
  const placed: Rect[] = [];
  const leaders: { px: number; py: number; qx: number; qy: number }[] = [];
  const dots: Rect[] = items.map((i) => ({
    x0: i.x - i.r,
    y0: i.y - i.r,
    x1: i.x + i.r,
    y1: i.y + i.r,
  }));
  const badge = badgeMetrics(fontSize);
  const pad = 3; // the names' white halo (stroke 4 px) and a hair of air
  const h = Math.max(fontSize * 1.35, badge.r * 2) + pad;
  const out = new Map<string, LabelBox>();

  // Two passes: every label that fits beside its dot is placed first (in priority order), so
  // a label moved off its state never takes the spot a neighbour needed beside its own dot.
  const moved: number[] = [];
  const place = (it: LabelItem, index: number, pass: "beside" | "off") => {
    const w = measure(it.text) + badge.r * 2 + 4 + pad * 2;
    const boxOf = (x: number, y: number, anchor: LabelBox["anchor"]): Rect => {
      const x0 = anchor === "start" ? x : anchor === "end" ? x - w : x - w / 2;
      return { x0, y0: y - h / 2, x1: x0 + w, y1: y + h / 2 };
    };
    const inside = (b: Rect) => b.x0 >= 2 && b.x1 <= width - 2 && b.y0 >= 2 && b.y1 <= height - 2;
    const free = (b: Rect) =>
      inside(b) &&
      !placed.some((p) => overlaps(b, p)) &&
      !dots.some((d, j) => j !== index && overlaps(b, d)) &&
      !leaders.some((l) => segmentHits(l.px, l.py, l.qx, l.qy, b));
    const take = (
      x: number,
      y: number,
      anchor: LabelBox["anchor"],
      leader?: LabelBox["leader"],
    ) => {
      placed.push(boxOf(x, y, anchor));
      if (leader) leaders.push({ px: it.x, py: it.y, qx: leader.x, qy: leader.y });
      out.set(it.id, { id: it.id, x, y, anchor, w, h, ...(leader ? { leader } : {}) });
    };

    // 1. Beside the dot: right, left, above, below, then the four diagonals.
    const g = it.r + 4;
    const near: [number, number, LabelBox["anchor"]][] = [
      [it.x + g, it.y, "start"],
      [it.x - g, it.y, "end"],
      [it.x, it.y - g - h / 2, "middle"],
      [it.x, it.y + g + h / 2, "middle"],
      [it.x + g, it.y - h * 0.8, "start"],
      [it.x - g, it.y - h * 0.8, "end"],
      [it.x + g, it.y + h * 0.8, "start"],
      [it.x - g, it.y + h * 0.8, "end"],
    ];
    const spot = near.find(([x, y, a]) => free(boxOf(x, y, a)));
    if (spot) return take(...spot);
    if (pass === "beside") {
      moved.push(index);
      return;
    }

    // 2. Off the state with a leader line: rings of growing radius, 16 directions each, those
    // pointing away from the crowd of nearby dots first; the label's nearest side faces the
    // dot, and the line may cross no other label.
    const away = { x: 0, y: 0 };
    items.forEach((o, j) => {
      const dist = Math.hypot(it.x - o.x, it.y - o.y);
      if (j === index || dist > h * 6) return;
      away.x += (it.x - o.x) / Math.max(dist, 1);
      away.y += (it.y - o.y) / Math.max(dist, 1);
    });
    const directions = Array.from({ length: 16 }, (_, k) => (k * Math.PI) / 8)
      .map((angle) => ({ cos: Math.cos(angle), sin: Math.sin(angle) }))
      .sort((a, b) => b.cos * away.x + b.sin * away.y - (a.cos * away.x + a.sin * away.y));
    // The whole frame is searched; a line crossing another label is allowed only as a last
    // resort, so a playable state is hidden only when no free box is left anywhere.
    const reach = Math.hypot(width, height);
    for (const strict of [true, false])
      for (let d = g + h * 0.6; d <= reach; d += h * 0.5) {
        for (const { cos, sin } of directions) {
          const px = it.x + d * cos;
          const py = it.y + d * sin;
          const anchor: LabelBox["anchor"] = cos > 0.38 ? "start" : cos < -0.38 ? "end" : "middle";
          const y = anchor === "middle" ? py + (sin > 0 ? h / 2 : -h / 2) : py;
          if (!free(boxOf(px, y, anchor))) continue;
          if (strict && placed.some((p) => segmentHits(it.x, it.y, px, py, p))) continue;
          return take(px, y, anchor, { x: px, y: py });
        }
      }

    // 3. No free box anywhere: hide it (drawn nowhere, so it blocks nothing).
    const [x, y, anchor] = near[0]!;
    out.set(it.id, { id: it.id, x, y, anchor, w, h, hidden: true });
  };
  items.forEach((it, index) => place(it, index, "beside"));
  for (const index of moved) place(items[index]!, index, "off");
  // In the items' order, as callers (and tests) expect.
  return new Map(items.map((it) => [it.id, out.get(it.id)!]));
}
