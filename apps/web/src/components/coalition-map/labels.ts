// Label placement: each state's name and bloc badge near its dot, trying a few positions and
// hiding the lesser label when none is free (issue 13, defect 6), so no two labels collide.

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
