import { createGame, loadPreset, PRESET_IDS } from "@threatscape/engine";
import type { Scenario } from "@threatscape/engine";
import { describe, expect, it } from "vitest";
import { drawnLinks, summary, visibleThreats } from "./derive";
import { coalitionBlocs, linksFor, snapshotFromGame } from "./model";

const pact = (
  id: string,
  kind: "defence" | "trade" | "consultation" | "non-aggression",
  members: string[],
) => ({ id, kind, name: id, members });

function preset(id: string): Scenario {
  const r = loadPreset(id);
  if (!r.ok) throw new Error(r.error.message);
  return r.scenario;
}

describe("coalitionBlocs: the engine's defenceBlocs as the map keys them", () => {
  it("is empty without defence pacts", () => {
    expect(
      coalitionBlocs([pact("t", "trade", ["A", "B"]), pact("c", "consultation", ["A", "C"])]),
    ).toEqual([]);
  });

  it("joins chains of defence pacts into one component and ignores other kinds", () => {
    const blocs = coalitionBlocs(
      [
        pact("ab", "defence", ["A", "B"]),
        pact("bc", "defence", ["C", "B"]),
        pact("de", "defence", ["D", "E"]),
        pact("ad", "trade", ["A", "D"]),
      ],
      ["A", "B", "C", "D", "E"],
    );
    expect(blocs.map((b) => b.members)).toEqual([
      ["A", "B", "C"],
      ["D", "E"],
    ]);
    expect(blocs.map((b) => b.number)).toEqual([1, 2]);
    expect(blocs[0]!.treatyIds).toEqual(["ab", "bc"]);
    expect(blocs[0]!.id).toBe("bloc-A");
  });

  it("numbers blocs by their oldest pact and lists members in scenario order", () => {
    const order = ["X", "Y", "P", "Q"];
    const blocs = coalitionBlocs(
      [pact("pq", "defence", ["Q", "P"]), pact("xy", "defence", ["Y", "X"])],
      order,
    );
    expect(blocs.map((b) => b.members)).toEqual([
      ["P", "Q"],
      ["X", "Y"],
    ]);
  });

  it("keeps existing bloc numbers when a new bloc forms, even among states earlier in scenario order", () => {
    const order = ["E", "F", "A", "B", "C", "D"];
    const before = coalitionBlocs(
      [pact("ab", "defence", ["A", "B"]), pact("cd", "defence", ["C", "D"])],
      order,
    );
    const after = coalitionBlocs(
      [
        ...[pact("ab", "defence", ["A", "B"]), pact("cd", "defence", ["C", "D"])],
        pact("ef", "defence", ["E", "F"]),
      ],
      order,
    );
    expect(after.slice(0, 2)).toEqual(before);
    expect(after[2]!.number).toBe(3);
  });

  it("handles multilateral pacts and duplicate members", () => {
    const blocs = coalitionBlocs([
      pact("nato", "defence", ["A", "B", "C", "C"]),
      pact("self", "defence", ["D", "D"]),
    ]);
    expect(blocs).toHaveLength(1);
    expect(blocs[0]!.members.sort()).toEqual(["A", "B", "C"]);
  });
});

describe("linksFor", () => {
  it("draws small pacts as every pair and large ones as a star from the first member", () => {
    expect(linksFor([pact("t", "defence", ["A", "B", "C"])]).map((l) => `${l.a}${l.b}`)).toEqual([
      "AB",
      "AC",
      "BC",
    ]);
    expect(
      linksFor([pact("n", "trade", ["A", "B", "C", "D", "E"])]).map((l) => `${l.a}${l.b}`),
    ).toEqual(["AB", "AC", "AD", "AE"]);
  });

  it("joins large pacts by the shortest tree over capitals when it has them", () => {
    // Three European capitals and two North American ones: one arc crosses the Atlantic.
    const caps = new Map([
      ["USA", { lat: 38.9, lon: -77 }],
      ["CAN", { lat: 45.4, lon: -75.7 }],
      ["GBR", { lat: 51.5, lon: -0.1 }],
      ["FRA", { lat: 48.9, lon: 2.4 }],
      ["DEU", { lat: 52.5, lon: 13.4 }],
    ]);
    const links = linksFor([pact("nato", "defence", ["USA", "CAN", "GBR", "FRA", "DEU"])], caps);
    expect(links).toHaveLength(4);
    const transatlantic = links.filter(
      (l) => caps.get(l.a)!.lon < -30 !== caps.get(l.b)!.lon < -30,
    );
    expect(transatlantic).toHaveLength(1);
  });

  it("merges treaties of one style between one pair into one arc", () => {
    const d = drawnLinks(
      linksFor([
        pact("x", "defence", ["A", "B"]),
        pact("y", "defence", ["B", "A"]),
        pact("z", "consultation", ["A", "B"]),
      ]),
    );
    expect(d).toHaveLength(2);
    expect(d.find((l) => l.style === "defence")!.names).toEqual(["x", "y"]);
  });
});

describe("snapshotFromGame", () => {
  it("builds the Europe 1914 coalitions from the preset's treaties", () => {
    const s = preset("europe-1914");
    const snap = snapshotFromGame(s, s.treaties);
    expect(snap.states).toHaveLength(s.states.length);
    expect(snap.era).toBe("historical");
    // Triple Alliance (+ Romania) and the Franco-Russian alliance.
    expect(snap.blocs.map((b) => [...b.members].sort())).toEqual([
      ["AUH", "GMY", "ITA", "ROM"],
      ["FRN", "RUS"],
    ]);
    expect(
      snap.links.some((l) => l.kind === "consultation" && l.treatyId === "entente-cordiale"),
    ).toBe(true);
    expect(snap.states.every((x) => (x.size ?? 0) > 0)).toBe(true);
    expect(summary(snap, "map")).toContain("2 alliance blocs");
  });

  it("reads a live game's treaties record and its compact threat table", () => {
    const s = preset("east-asia-2017");
    const g = createGame(s, { seed: 1 });
    if (!g.ok) throw new Error(g.error.message);
    const table = g.state.rounds.at(-1)!.threat;
    const snap = snapshotFromGame(s, g.state.treaties, table, { highlightStateId: "JPN" });
    // the engine's one bloc definition: the Taiwan Relations Act (an entente naming China)
    // ties Taiwan to the US camp, as the debrief's final blocs do
    expect(snap.blocs.map((b) => b.members)).toEqual([
      ["USA", "JPN", "KOR", "TWN"],
      ["CHN", "PRK"],
    ]);
    expect(snap.highlightStateId).toBe("JPN");
    // the server's blocs, when the caller has them, are drawn as they are
    const given = [{ number: 1, members: ["USA", "JPN"], treatyIds: ["x"] }];
    expect(snapshotFromGame(s, g.state.treaties, table, { blocs: given }).blocs).toEqual([
      { ...given[0], id: "bloc-USA" },
    ]);
    // Compact layout: value of (other i, perceiver j) at [i * n + j].
    const i = table.ids.indexOf("PRK"),
      j = table.ids.indexOf("JPN");
    const expected = table.total[i * table.ids.length + j]!;
    const arrow = snap.threats!.find((t) => t.from === "PRK" && t.to === "JPN")!;
    expect(arrow.value).toBeCloseTo(expected, 0);
    // A viewer sees only the threats it perceives.
    expect(visibleThreats(snap, 20).every((t) => t.to === "JPN")).toBe(true);
  });

  it("accepts a viewer's materialised threat rows as well", () => {
    const s = preset("east-asia-2017");
    const snap = snapshotFromGame(s, [], { JPN: { PRK: { total: 61 }, CHN: { total: 12 } } });
    expect(snap.threats).toEqual([
      { from: "PRK", to: "JPN", value: 61 },
      { from: "CHN", to: "JPN", value: 12 },
    ]);
    expect(snap.blocs).toEqual([]);
  });

  it("drops treaty members the scenario does not know", () => {
    const s = preset("east-asia-2017");
    const snap = snapshotFromGame(s, [pact("ghost", "defence", ["USA", "XXX"])]);
    expect(snap.blocs).toEqual([]);
    expect(snap.links).toEqual([]);
  });

  it("works for every preset", () => {
    for (const id of PRESET_IDS) {
      const s = preset(id);
      const snap = snapshotFromGame(s, s.treaties);
      const members = snap.blocs.flatMap((b) => b.members);
      expect(new Set(members).size).toBe(members.length);
    }
  });
});
