// The pieces the live server relies on: the public viewer, one bloc definition, and the
// seat deciding an action's actor.
import { describe, expect, it } from "vitest";
import { loadPreset } from "../presets";
import { asActor, isInstructorAction } from "./action";
import { finalBlocs } from "../debrief/coalitions";
import { gameBlocs } from "../predict/alignment-blocs";
import { defenceBlocs } from "./blocs";
import { createGame } from "./create-game";
import { viewFor } from "./view";
import { act, newGame } from "../testing/play";

describe("viewFor, public viewer", () => {
  it("sees no secret treaty of the scenario (Europe 1914's Romania and Prinetti-Barrere)", () => {
    const preset = loadPreset("europe-1914");
    if (!preset.ok) throw new Error(preset.error.message);
    const created = createGame(preset.scenario, { seed: 1 });
    if (!created.ok) throw new Error(created.error.message);
    const secret = preset.scenario.treaties.filter((t) => t.secret).map((t) => t.id);
    expect(secret.length).toBeGreaterThanOrEqual(2);
    const view = viewFor(created.state, { kind: "public" });
    for (const id of secret) {
      expect(view.scenario.treaties.map((t) => t.id)).not.toContain(id);
      expect(Object.keys(view.treaties)).not.toContain(id);
    }
    expect(JSON.stringify(view)).not.toMatch(/"rng"|"predictions"|"intentions"/);
  });

  it("sees no proposal, demand, order or private news, and public news only", () => {
    let s = newGame();
    s = act(s, {
      type: "propose-treaty",
      actor: "MIDA",
      terms: { kind: "defence", members: ["MIDA", "NEAR"], directedAgainst: ["BIG"] },
    });
    s = act(s, { type: "demand", actor: "BIG", target: "NEAR", text: "cede the pass" });
    s = act(s, { type: "embargo", actor: "MIDB", target: "BIG" });
    const view = viewFor(s, { kind: "public" });
    expect(view.proposals).toEqual({});
    expect(view.demands).toEqual({});
    expect(view.orders).toEqual({});
    expect(view.pendingActs).toEqual([]);
    expect(view.news.every((n) => n.visibleTo === null)).toBe(true);
    expect(view.rounds.every((r) => Object.keys(r.threat).length === 0)).toBe(true);
    for (const st of Object.values(view.states))
      expect(Object.keys(st).sort()).toEqual(["burden", "forces", "gdp", "mob"]);
  });

  it("a private action changes no other state's view and not the public view", () => {
    const s0 = newGame();
    const s1 = act(s0, {
      type: "propose-treaty",
      actor: "MIDA",
      terms: { kind: "consultation", members: ["MIDA", "NEAR"], secret: true },
    });
    for (const viewer of [{ kind: "public" }, { kind: "state", stateId: "BIG" }] as const)
      expect(viewFor(s1, viewer)).toEqual(viewFor(s0, viewer));
    expect(viewFor(s1, { kind: "state", stateId: "NEAR" })).not.toEqual(
      viewFor(s0, { kind: "state", stateId: "NEAR" }),
    );
  });
});

describe("viewFor, unchanged parts", () => {
  it("keep their identity across actions, so a structural diff skips them", () => {
    const s0 = newGame();
    const s1 = act(s0, { type: "embargo", actor: "MIDB", target: "BIG" });
    const a = viewFor(s0, { kind: "state", stateId: "BIG" });
    const b = viewFor(s1, { kind: "state", stateId: "BIG" });
    expect(b.rounds[0]).toBe(a.rounds[0]);
    expect(b.scenario).toBe(a.scenario);
    expect(b.states.NEAR).toBe(a.states.NEAR);
    // and are per viewer: another state's round view is its own
    expect(viewFor(s1, { kind: "state", stateId: "NEAR" }).rounds[0]).not.toBe(b.rounds[0]);
  });
});

describe("defenceBlocs", () => {
  const t = (id: string, kind: string, members: string[]) => ({ id, kind, members }) as const;
  it("joins defence pacts transitively, ignores other kinds, numbers by oldest pact", () => {
    const blocs = defenceBlocs(
      [
        t("A", "defence", ["C", "D"]),
        t("B", "trade", ["A", "C"]),
        t("C", "defence", ["B", "A"]),
        t("D", "defence", ["D", "E"]),
      ] as never,
      ["A", "B", "C", "D", "E"],
    );
    expect(blocs).toEqual([
      { number: 1, members: ["C", "D", "E"], treatyIds: ["A", "D"] },
      { number: 2, members: ["A", "B"], treatyIds: ["C"] },
    ]);
  });

  it("is recorded in each round at resolution, broken pacts leaving later rounds' blocs", () => {
    let s = newGame();
    s = act(s, {
      type: "propose-treaty",
      actor: "MIDA",
      // not the scenario's ALLIANCE again (an identical pact is refused): it also names FAR
      terms: { kind: "defence", members: ["MIDA", "MIDB"], directedAgainst: ["BIG", "FAR"] },
    });
    s = act(s, {
      type: "accept-treaty",
      actor: "MIDB",
      proposalId: Object.keys(s.proposals).at(-1)!,
    });
    while (s.round === 1) s = act(s, { type: "advance-phase", actor: "instructor" });
    const first = s.rounds[0]!.blocs!;
    expect(first.some((b) => b.members.includes("MIDA") && b.members.includes("MIDB"))).toBe(true);
    const pact = Object.values(s.treaties).find(
      (x) => x.members.includes("MIDB") && x.origin === "game",
    )!;
    while (s.phase !== "negotiation") s = act(s, { type: "advance-phase", actor: "instructor" });
    s = act(s, { type: "break-treaty", actor: "MIDB", treatyId: pact.id });
    while (s.round === 2) s = act(s, { type: "advance-phase", actor: "instructor" });
    expect(s.rounds[1]!.blocs!.some((b) => b.treatyIds.includes(pact.id))).toBe(false);
    // history is kept: round 1 still records the pact
    expect(s.rounds[0]!.blocs!.some((b) => b.treatyIds.includes(pact.id))).toBe(true);
  });
});

describe("one bloc definition, recorded per round", () => {
  it("an entente naming a common adversary joins a bloc in the round's record, the debrief and the validation alike (East Asia 2017: Taiwan with the US by the Taiwan Relations Act)", () => {
    const preset = loadPreset("east-asia-2017");
    if (!preset.ok) throw new Error(preset.error.message);
    const created = createGame(preset.scenario, { seed: 1 });
    if (!created.ok) throw new Error(created.error.message);
    let s = created.state;
    while (s.round === 1) s = act(s, { type: "advance-phase", actor: "instructor" });
    const recorded = s.rounds[0]!.blocs!;
    const withUs = recorded.find((b) => b.members.includes("USA"))!;
    expect(withUs.members).toEqual(expect.arrayContaining(["USA", "JPN", "KOR", "TWN"]));
    // North Korea's pact with China stays apart from the US camp
    expect(withUs.members).not.toContain("PRK");
    // the debrief's final blocs are the same function of the same state
    const playable = s.scenario.states.filter((x) => x.playable).map((x) => x.id);
    const { final } = finalBlocs(s, playable);
    expect(final).toContainEqual(
      [...gameBlocs(s).find((b) => b.members.includes("USA"))!.members].sort(),
    );
  });
});

describe("asActor", () => {
  it("the seat decides the actor of the action and of every order, and the server the time", () => {
    const out = asActor(
      "NEAR",
      {
        type: "submit-orders",
        actor: "BIG",
        at: 1,
        orders: [{ type: "aid", actor: "BIG", target: "MIDA" }],
      },
      5_000,
    ) as { actor: string; at: number; orders: { actor: string; at: number }[] };
    expect(out.actor).toBe("NEAR");
    expect(out.at).toBe(5_000);
    expect(out.orders.map((o) => [o.actor, o.at])).toEqual([["NEAR", 5_000]]);
  });
  it("lists the instructor's actions", () => {
    expect(isInstructorAction({ type: "advance-phase" })).toBe(true);
    expect(isInstructorAction({ type: "set-bot" })).toBe(true);
    expect(isInstructorAction({ type: "propose-treaty" })).toBe(false);
  });
});
