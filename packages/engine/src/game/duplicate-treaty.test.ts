// A pact that adds no obligation to one in force is refused (duplicate-treaty.ts); the bot
// never signs one. Found in all-walt games: Russia 2026 signed the same consultation pact with
// Iran twice and with Mexico twice, each signature logging another cooperative act.
import { describe, expect, it } from "vitest";
import { createGame } from "./create-game";
import { applyAction } from "./apply-action";
import { playBotRound } from "./run-bots";
import { loadPreset } from "../presets";
import { act, newGame } from "../testing/play";

const defence = (members: string[], against: string[]) => ({
  kind: "defence",
  members,
  directedAgainst: against,
});

describe("a pact identical to one in force", () => {
  it("cannot be proposed, in either member order", () => {
    const s = newGame();
    const r = applyAction(s, {
      type: "propose-treaty",
      actor: "MIDB",
      terms: defence(["MIDB", "MIDA"], ["BIG"]),
    });
    expect(r).toMatchObject({ ok: false, error: { code: "ALREADY_DONE" } });
    // in plain words for the student: the states' names and the pact's name, no internal id
    if (!r.ok)
      expect(r.error.message).toBe(
        'an identical defence pact between MIDA and MIDB is already in force: "Western Alliance"',
      );
  });
  it("cannot be reached by a counter-proposal, nor ratified once an identical one is in force", () => {
    let s = newGame();
    s = act(s, {
      type: "propose-treaty",
      actor: "NEAR",
      terms: defence(["NEAR", "FAR"], ["BIG"]),
    });
    s = act(s, {
      type: "propose-treaty",
      actor: "FAR",
      terms: defence(["FAR", "NEAR"], ["BIG"]),
    });
    const [first, second] = Object.keys(s.proposals);
    s = act(s, { type: "accept-treaty", actor: "FAR", proposalId: first });
    expect(s.treaties[first!]).toBeDefined();
    const late = applyAction(s, { type: "accept-treaty", actor: "NEAR", proposalId: second });
    expect(late).toMatchObject({ ok: false, error: { code: "ALREADY_DONE" } });
    // a counter turning another proposal into the pact in force is refused too
    s = act(s, {
      type: "propose-treaty",
      actor: "NEAR",
      terms: { kind: "consultation", members: ["NEAR", "FAR"], directedAgainst: [] },
    });
    const third = Object.keys(s.proposals)[2]!;
    const counter = applyAction(s, {
      type: "amend-treaty",
      actor: "FAR",
      proposalId: third,
      terms: defence(["NEAR", "FAR"], ["BIG"]),
    });
    expect(counter).toMatchObject({ ok: false, error: { code: "ALREADY_DONE" } });
  });
  it("passes when it adds something: other adversaries, other members, a fixed term, a renewal after notice", () => {
    let s = newGame();
    // a fixed term binds its members until it ends (no lawful exit): a new obligation
    s = act(s, {
      type: "propose-treaty",
      actor: "MIDA",
      terms: { ...defence(["MIDA", "MIDB"], ["BIG"]), duration: 5 },
    });
    s = act(s, {
      type: "propose-treaty",
      actor: "MIDA",
      terms: defence(["MIDA", "MIDB"], ["BIG", "NEAR"]),
    });
    s = act(s, {
      type: "propose-treaty",
      actor: "MIDA",
      terms: defence(["MIDA", "MIDB", "FAR"], ["BIG"]),
    });
    s = act(s, { type: "leave-treaty", actor: "MIDB", treatyId: "ALLIANCE" });
    s = act(s, {
      type: "propose-treaty",
      actor: "MIDA",
      terms: defence(["MIDA", "MIDB"], ["BIG"]),
    });
    expect(Object.keys(s.proposals)).toHaveLength(4);
  });
  it("is never signed in an all-walt game (every preset, seed 1)", () => {
    for (const id of [
      "europe-1914",
      "europe-1939",
      "cold-war-1985",
      "east-asia-2017",
      "predatory-hegemon-2026",
    ] as const) {
      const p = loadPreset(id);
      if (!p.ok) throw new Error(p.error.message);
      const bots = Object.fromEntries(
        p.scenario.states.filter((x) => x.playable).map((x) => [x.id, "walt" as const]),
      );
      const g = createGame(p.scenario, { seed: 1, bots });
      if (!g.ok) throw new Error(g.error.message);
      let s = g.state;
      while (s.phase !== "ended") {
        s = playBotRound(s, bots, 1).state;
        const signatures = Object.values(s.treaties).map((t) =>
          [t.kind, [...t.members].sort(), [...t.directedAgainst].sort(), t.tariffCut].join("|"),
        );
        expect(new Set(signatures).size, `${id} round ${s.round}`).toBe(signatures.length);
      }
    }
    // five eight-round games: about 4 s alone, more on a loaded machine (vitest's 5 s default)
  }, 60_000);
});

describe("treaty terms a student mistypes", () => {
  it("an unknown id is reported as unknown, not as the proposer missing", () => {
    const r = applyAction(newGame(), {
      type: "propose-treaty",
      actor: "MIDA",
      terms: defence(["mida", "NEAR"], []),
    });
    expect(r).toMatchObject({ ok: false, error: { code: "UNKNOWN_STATE" } });
  });
  it("a name of only invisible characters is refused, and changes nothing", () => {
    const s = newGame();
    const r = applyAction(s, {
      type: "propose-treaty",
      actor: "MIDA",
      terms: { ...defence(["MIDA", "NEAR"], []), name: "\u200b\u200e\u2066\u2069" },
    });
    expect(r).toMatchObject({ ok: false, error: { code: "INVALID_ACTION" } });
    if (!r.ok) expect(r.error.message).toContain("visible");
    expect(s.proposals).toEqual({});
  });
});
