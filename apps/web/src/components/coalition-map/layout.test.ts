import { loadPreset } from "@threatscape/engine";
import { describe, expect, it } from "vitest";
import { loadAtlas, computeMapGeometry, withPins } from "./geo";
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
