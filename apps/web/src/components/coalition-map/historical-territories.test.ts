import { loadPreset, PRESET_IDS } from "@threatscape/engine";
import { describe, expect, it } from "vitest";
import { loadAtlas, worldCountries } from "./geo";
import {
  assignFeatures,
  HISTORICAL_TERRITORIES,
  historicalTerritory,
} from "./historical-territories";

// The atlas is loaded by dynamic import (not bundled into first-load JS).
await Promise.all([loadAtlas("110m"), loadAtlas("50m")]);

const scenarios = PRESET_IDS.map((id) => {
  const r = loadPreset(id);
  if (!r.ok) throw new Error(r.error.message);
  return r.scenario;
});
const atlasKeys = new Set(worldCountries("50m").map((c) => c.key));

describe("historical territories", () => {
  it("cover every state of every historical preset", () => {
    const missing: string[] = [];
    for (const s of scenarios.filter((x) => x.era === "historical"))
      for (const st of s.states)
        if (!historicalTerritory(st.id, s.year)) missing.push(`${s.id}:${st.id}`);
    expect(missing).toEqual([]);
  });

  it("name only features that exist in the atlas", () => {
    for (const t of HISTORICAL_TERRITORIES)
      for (const f of t.features) expect(atlasKeys.has(f), `${t.id} ${t.from}: ${f}`).toBe(true);
  });

  it("do not overlap in time for one state id", () => {
    for (const a of HISTORICAL_TERRITORIES)
      for (const b of HISTORICAL_TERRITORIES)
        if (a !== b && a.id === b.id)
          expect(a.to < b.from || b.to < a.from, `${a.id} ${a.from}/${b.from}`).toBe(true);
  });

  it("tell the same id apart by year", () => {
    expect(historicalTerritory("YUG", 1914)!.label).toMatch(/Serbia/);
    expect(historicalTerritory("YUG", 1939)!.label).toBe("Yugoslavia");
    expect(historicalTerritory("RUS", 1914)!.features).toContain("246");
    expect(historicalTerritory("RUS", 1985)!.features).toHaveLength(15);
    expect(historicalTerritory("TUR", 1914)!.features).toEqual(
      expect.arrayContaining(["792", "760", "368"]),
    );
  });

  it("give each polygon one owner and leave East Germany a capital marker", () => {
    const cw = scenarios.find((s) => s.id === "cold-war-1985")!;
    const { owner, byState } = assignFeatures(cw.states, cw.era, cw.year);
    expect(owner.get("276")).toBe("GFR");
    expect(byState.get("GDR")).toEqual([]);
    const e14 = scenarios.find((s) => s.id === "europe-1914")!;
    const m = assignFeatures(e14.states, e14.era, e14.year);
    expect(m.byState.get("AUH")).toEqual(
      expect.arrayContaining(["040", "348", "203", "703", "705", "191", "070"]),
    );
    expect(m.owner.get("616")).toBe("RUS");
  });

  it("fall back to isoNumeric for modern scenarios and unknown ids", () => {
    const ea = scenarios.find((s) => s.id === "east-asia-2017")!;
    const { byState } = assignFeatures(ea.states, ea.era, ea.year);
    expect(byState.get("TWN")).toEqual(["158"]);
    const { byState: b2 } = assignFeatures([{ id: "ZZZ" }], "historical", 1914);
    expect(b2.get("ZZZ")).toEqual([]);
  });
});
