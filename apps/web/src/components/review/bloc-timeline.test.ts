import { applyAction, simulationReport, type GameState } from "@threatscape/engine";
import { describe, expect, it } from "vitest";
import { newGame } from "~/test/live-fixtures";
import { blocTimeline, finalBlocs } from "./bloc-timeline";

function act(state: GameState, action: unknown): GameState {
  const result = applyAction(state, action);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.state;
}

/** Ends the round (orders, resolution) and opens the next one's negotiation. */
const endRound = (state: GameState) => {
  const round = state.round;
  const advance = (s: GameState) => act(s, { type: "advance-phase", actor: "instructor" });
  while (state.round === round && state.phase !== "ended") state = advance(state);
  while (state.phase !== "negotiation" && state.phase !== "ended") state = advance(state);
  return state;
};

describe("coalition timeline", () => {
  it("shows a pact broken in round 2 in round 1's blocs, from the blocs recorded each round", () => {
    let s = newGame();
    s = act(s, {
      type: "propose-treaty",
      actor: "VNM",
      terms: { kind: "defence", name: "Shield", members: ["VNM", "IND"], directedAgainst: ["CHN"] },
    });
    const proposalId = Object.keys(s.proposals).at(-1)!;
    s = act(s, { type: "accept-treaty", actor: "IND", proposalId });
    const pact = Object.values(s.treaties).find((t) => t.name === "Shield")!;
    s = endRound(s);
    s = act(s, { type: "break-treaty", actor: "IND", treatyId: pact.id });
    s = endRound(s);
    // The pact is no longer in force at the end: a reconstruction from the final treaties
    // could not show it; the recorded rounds do.
    expect(Object.keys(s.treaties)).not.toContain(pact.id);
    const [first, second] = blocTimeline(s.rounds.filter((r) => r.actual));
    expect(first?.recorded).toBe(true);
    const shield = first!.blocs.find((b) => b.treatyIds.includes(pact.id));
    expect(shield?.members).toEqual(expect.arrayContaining(["VNM", "IND"]));
    expect(first!.blocOf.get("VNM")).toBe(shield!.number);
    expect(first!.blocOf.get("IND")).toBe(shield!.number);
    expect(second!.blocs.some((b) => b.treatyIds.includes(pact.id))).toBe(false);
    expect(second!.blocOf.get("VNM")).toBeUndefined();
    // At the end the pact is gone; the scenario's own blocs keep their numbers.
    const atEnd = finalBlocs(simulationReport(s).rounds);
    expect(atEnd.some((b) => b.treatyIds.includes(pact.id))).toBe(false);
    expect(atEnd).toEqual(second!.blocs);
  });

  it("numbers blocs as the engine does, and marks rounds with nothing recorded", () => {
    const timeline = blocTimeline([
      { round: 1, blocs: [{ number: 1, members: ["USA", "JPN"], treatyIds: ["t1"] }] },
      { round: 2 },
    ]);
    expect(timeline[0]!.blocOf.get("JPN")).toBe(1);
    expect(timeline[1]).toMatchObject({ recorded: false, blocs: [] });
    // the end is the last round with recorded blocs
    expect(finalBlocs([{ round: 1, blocs: [] }, { round: 2 }])).toEqual([]);
    expect(finalBlocs([{ round: 1 }])).toEqual([]);
  });
});
