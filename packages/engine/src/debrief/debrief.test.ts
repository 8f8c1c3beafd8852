import { describe, expect, it } from "vitest";
import { createGame } from "../game/create-game";
import { playBotRound } from "../game/run-bots";
import { loadPreset } from "../presets";
import { computeDebrief } from "./debrief";

describe("debrief v2", () => {
  it("flags the states out of the theory's scope, scores them apart, and reports alignment blocs", () => {
    const p = loadPreset("europe-1939");
    if (!p.ok) throw new Error(p.error.message);
    const bots = Object.fromEntries(
      p.scenario.states.filter((s) => s.playable).map((s) => [s.id, "walt" as const]),
    );
    const g = createGame(p.scenario, { seed: 1, bots });
    if (!g.ok) throw new Error(g.error.message);
    const s = playBotRound(g.state, bots, 1).state;
    const d = computeDebrief(s);
    expect(d.scope.flagged.map((f) => f.state).sort()).toEqual(["GMY", "HUN", "ITA", "JPN", "RUS"]);
    expect(d.perState.GMY!.scope).toBe("revisionist");
    expect(d.perState.FRN!.scope).toBeNull();
    expect(d.scope.inScope.cases + d.scope.outOfScope.cases).toBe(d.cases);
    // every playable state is in exactly one final bloc
    expect(d.blocs.final.flat().sort()).toEqual(Object.keys(bots).sort());
    // graded predictions are logged beside the category
    const bot = s.rounds[0]!.predictions.balanceOfThreat;
    for (const x of Object.values(bot)) expect(x.score).toBeGreaterThanOrEqual(0);
  });
});
