import { loadPreset } from "@threatscape/engine";
import { describe, expect, it } from "vitest";
import { loadAtlas, computeMapGeometry, withPins } from "./geo";
import { mapLabelItems, placeLabels, type LabelBox } from "./labels";
import { snapshotFromGame } from "./model";
import { computeNetworkLayout } from "./network-layout";

// The atlas is loaded by dynamic import (not bundled into first-load JS).
await Promise.all([loadAtlas("110m"), loadAtlas("50m")]);

function snap(id: string) {
  const r = loadPreset(id);
  if (!r.ok) throw new Error(r.error.message);
  return snapshotFromGame(r.scenario, r.scenario.treaties);
}

describe("network layout", () => {
  it("is deterministic: same input, same coordinates", () => {
    const s = snap("cold-war-1985");
    const a = computeNetworkLayout(s.states, s.links, 1200, 600);
    const b = computeNetworkLayout(structuredClone(s.states), structuredClone(s.links), 1200, 600);
    expect([...a.values()]).toEqual([...b.values()]);
  });

  it("keeps every node inside the frame and apart", () => {
    const s = snap("predatory-hegemon-2026");
    const nodes = [...computeNetworkLayout(s.states, s.links, 1280, 640).values()];
    expect(nodes).toHaveLength(s.states.length);
    for (const n of nodes) {
      expect(n.x - n.r).toBeGreaterThanOrEqual(0);
      expect(n.x + n.r).toBeLessThanOrEqual(1280);
      expect(n.y - n.r).toBeGreaterThanOrEqual(0);
      expect(n.y + n.r).toBeLessThanOrEqual(640);
    }
    for (const a of nodes)
      for (const b of nodes)
        if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(Math.min(a.r, b.r));
  });

  it("pulls allies closer than rivals", () => {
    const s = snap("east-asia-2017");
    const n = computeNetworkLayout(s.states, s.links, 1200, 600);
    const d = (a: string, b: string) =>
      Math.hypot(n.get(a)!.x - n.get(b)!.x, n.get(a)!.y - n.get(b)!.y);
    expect(d("USA", "JPN")).toBeLessThan(d("USA", "PRK"));
    expect(d("CHN", "PRK")).toBeLessThan(d("JPN", "PRK"));
  });
});

describe("map geometry", () => {
  it("fits East Asia and pins the United States to the eastern edge", () => {
    const s = snap("east-asia-2017");
    const g = computeMapGeometry(s, 1280, 640);
    const placed = withPins(g, s.links);
    expect(g.resolution).toBe("50m");
    expect(placed.get("USA")!.pinned).toBe("east");
    for (const id of ["CHN", "JPN", "KOR", "PRK", "TWN", "VNM", "IND"]) {
      const p = placed.get(id)!;
      expect(p.pinned, id).toBeNull();
      expect(p.x, id).toBeGreaterThan(0);
      expect(p.x, id).toBeLessThan(1280);
      expect(p.y, id).toBeGreaterThan(0);
      expect(p.y, id).toBeLessThan(640);
    }
  });

  it("shows a global scenario whole, without pins", () => {
    const g = computeMapGeometry(snap("cold-war-1985"), 1280, 640);
    expect([...g.states.values()].every((p) => p.pinned === null)).toBe(true);
    expect(g.states.get("GDR")!.features).toEqual([]);
  });

  it("draws Europe 1914 with Austria-Hungary's successor states", () => {
    const g = computeMapGeometry(snap("europe-1914"), 1920, 900);
    for (const key of ["040", "348", "203", "070"]) expect(g.owner.get(key)).toBe("AUH");
    expect(g.countries.some((c) => c.key === "040")).toBe(true);
    expect(withPins(g).get("USA")!.pinned).toBe("west");
  });

  it("is deterministic", () => {
    const s = snap("europe-1939");
    const a = computeMapGeometry(s, 1000, 500),
      b = computeMapGeometry(s, 1000, 500);
    expect(a.countries).toEqual(b.countries);
  });
});

describe("label placement", () => {
  const overlapping = (a: LabelBox, b: LabelBox) => {
    const r = (l: LabelBox) => {
      const x0 = l.anchor === "start" ? l.x : l.anchor === "end" ? l.x - l.w : l.x - l.w / 2;
      return { x0, x1: x0 + l.w, y0: l.y - l.h / 2, y1: l.y + l.h / 2 };
    };
    const p = r(a),
      q = r(b);
    return p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1;
  };
  // Laptop map (font 14.8 px) and the projector's map area (names of 30-40 px).
  for (const [w, h, font] of [
    [1366, 560, 14.8],
    [1300, 920, 34],
    [907, 528, 22],
  ] as const)
    it(`labels every playable East Asia 2017 state without overlap at ${w}x${h}, ${font} px`, () => {
      const s = snap("east-asia-2017");
      const placed = withPins(computeMapGeometry(s, w, h), s.links);
      const items = mapLabelItems(s.states, placed);
      const boxes = placeLabels(items, font, w, h);
      for (const st of s.states.filter((x) => x.playable))
        expect(boxes.get(st.id)?.hidden, st.id).toBeFalsy();
      const shown = [...boxes.values()].filter((b) => !b.hidden);
      for (const a of shown)
        for (const b of shown)
          if (a.id < b.id) expect(overlapping(a, b), `${a.id}/${b.id}`).toBe(false);
      expect(placeLabels(items, font, w, h)).toEqual(boxes);
    });

  it("moves a crowded label off its dot with a leader line instead of hiding it", () => {
    // Three dots a few pixels apart: the third has no free spot beside its dot.
    const items = ["AAA", "BBB", "CCC", "DDD"].map((id, i) => ({
      id,
      x: 400 + i * 6,
      y: 300,
      text: `State ${id}`,
      r: 5,
    }));
    const boxes = placeLabels(items, 16, 800, 600);
    expect([...boxes.values()].every((b) => !b.hidden)).toBe(true);
    expect([...boxes.values()].some((b) => b.leader)).toBe(true);
  });
});
