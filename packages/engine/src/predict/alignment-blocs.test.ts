import { describe, expect, it } from "vitest";
import { defenceBlocs } from "../game/blocs";
import { alignmentBlocs } from "./alignment-blocs";

const pact = (id: string, members: string[], directedAgainst: string[] = []) => ({
  id,
  kind: "defence" as const,
  members,
  directedAgainst,
});

describe("alignment blocs (defence ties and shared adversaries)", () => {
  it("equal the defence blocs when no bloc holds adversaries", () => {
    const t = [pact("a", ["X", "Y"], ["Z"]), pact("b", ["Y", "W"], ["Z"])];
    expect(alignmentBlocs(t, ["X", "Y", "W", "Z"])).toEqual(defenceBlocs(t, ["X", "Y", "W", "Z"]));
  });
  it("split rivals joined through a common client (China, the USSR and North Korea, 1985)", () => {
    const t = [
      pact("warsaw", ["RUS", "POL"], ["USA"]),
      pact("sino-dprk", ["CHN", "PRK"], ["ROK", "USA"]),
      pact("soviet-dprk", ["RUS", "PRK"], ["ROK", "USA"]),
    ];
    expect(defenceBlocs(t)).toHaveLength(1);
    const hostile = (a: string, b: string) =>
      (a === "CHN" && b === "RUS") || (a === "RUS" && b === "CHN");
    const blocs = alignmentBlocs(t, ["RUS", "POL", "CHN", "PRK"], hostile);
    expect(blocs.map((b) => b.members)).toEqual([
      ["RUS", "POL"],
      ["CHN", "PRK"],
    ]);
    expect(blocs.every((b) => !(b.members.includes("CHN") && b.members.includes("RUS")))).toBe(
      true,
    );
  });
  it("never put a state with the state its own pact names", () => {
    const t = [pact("a", ["FRN", "POL"], ["GMY", "RUS"]), pact("b", ["FRN", "RUS"], ["GMY"])];
    const blocs = alignmentBlocs(t, ["FRN", "POL", "RUS"]);
    for (const b of blocs)
      expect(b.members.includes("POL") && b.members.includes("RUS")).toBe(false);
  });
});
