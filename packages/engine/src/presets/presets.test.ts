/** THREAT-MODEL.md s.10 sanity cases against the real preset data. */
import { describe, expect, it } from "vitest";
import { createGame } from "../game/create-game";
import type { GameState } from "../game/types";
import { predictBalanceOfPower } from "../predict/balance-of-power";
import { computeWorld } from "../threat/world";
import { primaryFromTable } from "../threat/threat-matrix";
import { listPresets, loadPreset, PRESET_IDS } from "./index";

function start(id: string): GameState {
  const p = loadPreset(id);
  if (!p.ok) throw new Error(p.error.message);
  const g = createGame(p.scenario, { seed: 1 });
  if (!g.ok) throw new Error(g.error.message);
  return g.state;
}
const primary = (s: GameState, id: string) => primaryFromTable(s.rounds[0]!.threat, id)[0];
const sameSide = (blocs: [string[], string[]], a: string[], b: string[]) => {
  const side = (id: string) => (blocs[0].includes(id) ? 0 : 1);
  const sa = side(a[0]!);
  return a.every((x) => side(x) === sa) && b.every((x) => side(x) !== sa);
};

describe("presets", () => {
  it("all five parse and are listed", () => {
    expect(PRESET_IDS).toEqual([
      "europe-1914",
      "europe-1939",
      "cold-war-1985",
      "east-asia-2017",
      "predatory-hegemon-2026",
    ]);
    for (const id of PRESET_IDS) expect(loadPreset(id).ok, id).toBe(true);
    expect(listPresets().map((p) => p.id)).toEqual(PRESET_IDS);
    expect(loadPreset("atlantis").ok).toBe(false);
  });
});

describe("s.10 Europe 1914", () => {
  const s = start("europe-1914");
  it("primary threats: UK, France, Belgium -> Germany; Serbia -> Austria-Hungary; Ottoman -> Russia", () => {
    for (const id of ["UKG", "FRN", "BEL"]) expect(primary(s, id), id).toBe("GMY");
    expect(primary(s, "YUG")).toBe("AUH");
    expect(primary(s, "TUR")).toBe("RUS");
  });
  it("landscape split: the treaty ties of 1914, for every state but Bulgaria", () => {
    const blocs = s.rounds[0]!.predictions.landscape.blocs;
    expect(
      sameSide(blocs, ["UKG", "FRN", "RUS", "YUG", "BEL"], ["GMY", "AUH", "ITA", "TUR", "ROM"]),
    ).toBe(true);
  });
  // Known miss (README, "Sanity cases"): with no 1914 Bulgarian trade in the data and no treaty tying it,
  // Germany's and Britain's ambient threat puts Bulgaria (which joined the Central Powers in 1915) on the Entente side.
  it.fails("landscape split including Bulgaria with the Central Powers", () => {
    const blocs = s.rounds[0]!.predictions.landscape.blocs;
    expect(
      sameSide(
        blocs,
        ["UKG", "FRN", "RUS", "YUG", "BEL"],
        ["GMY", "AUH", "ITA", "TUR", "BUL", "ROM"],
      ),
    ).toBe(true);
  });
});

describe("s.10 East Asia 2017", () => {
  const s = start("east-asia-2017");
  it("primary threats: Japan -> China; South Korea -> North Korea; Russia -> US; India -> China", () => {
    expect(primary(s, "JPN")).toBe("CHN");
    expect(primary(s, "KOR")).toBe("PRK");
    expect(primary(s, "RUS")).toBe("USA");
    expect(primary(s, "IND")).toBe("CHN");
  });
  it("landscape split {China, Russia, North Korea} vs {US, Japan, South Korea, India}", () => {
    expect(
      sameSide(
        s.rounds[0]!.predictions.landscape.blocs,
        ["CHN", "RUS", "PRK"],
        ["USA", "JPN", "KOR", "IND"],
      ),
    ).toBe(true);
  });
  it("Japan, allied with the US, is not predicted to bandwagon with China or hide from it", () => {
    const prediction = s.rounds[0]!.predictions.balanceOfThreat.JPN!;
    // v2: Japan's China threat sits in the noticed band (tau1..tau2); its US alliance, whose
    // partner notices China too, is de facto directed against China: soft balancing with the US
    expect(primary(s, "JPN")).toBe("CHN");
    expect(["BANDWAGON", "HIDE"]).not.toContain(prediction.category);
    expect(prediction.category).toBe("SOFT_BALANCE");
    expect(prediction.target).toBe("CHN");
    expect(prediction.partner).toBe("USA");
    expect(prediction.score).toBe(0.5);
  });
  it("the ally floor keeps the US from being Japan's second threat", () => {
    const row = s.rounds[0]!.threat;
    const j = row.ids.indexOf("JPN"),
      n = row.ids.length;
    const ranked = row.ids
      .map((id, i) => [id, i === j ? -1 : row.total[i * n + j]!] as const)
      .sort((a, b) => b[1] - a[1]);
    expect(ranked[0]![0]).toBe("CHN");
    expect(ranked[1]![0]).not.toBe("USA");
  });
});

describe("s.10 Cold War 1985", () => {
  const s = start("cold-war-1985");
  const w = computeWorld(s);
  const modalTarget = (measure: "cinc" | "gdp") => {
    const counts = new Map<string, number>();
    for (const p of Object.values(predictBalanceOfPower(w, s.params, s.scenario, measure)))
      if (p.target) counts.set(p.target, (counts.get(p.target) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  };
  it("balance of power by CINC targets the USSR, by GDP the US", () => {
    expect(modalTarget("cinc")).toBe("RUS");
    expect(modalTarget("gdp")).toBe("USA");
  });
  it("balance of threat explains why US-aligned states outnumber the USSR's", () => {
    const ids = s.scenario.states.filter((x) => x.playable).map((x) => x.id);
    const vsUssr = ids.filter((id) => primary(s, id) === "RUS").length;
    const vsUs = ids.filter((id) => primary(s, id) === "USA").length;
    expect(vsUssr).toBeGreaterThan(vsUs);
    const bot = s.rounds[0]!.predictions.balanceOfThreat;
    const balancingUssr = Object.values(bot).filter(
      (p) =>
        (p.category === "HARD_BALANCE" ||
          p.category === "SOFT_BALANCE" ||
          p.category === "BUCK_PASS") &&
        p.target === "RUS",
    ).length;
    const balancingUs = Object.values(bot).filter(
      (p) =>
        (p.category === "HARD_BALANCE" ||
          p.category === "SOFT_BALANCE" ||
          p.category === "BUCK_PASS") &&
        p.target === "USA",
    ).length;
    expect(balancingUssr).toBeGreaterThan(balancingUs);
  });
});
