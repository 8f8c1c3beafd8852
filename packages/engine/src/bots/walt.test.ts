import { describe, expect, it } from "vitest";
import { applyAction } from "../game/apply-action";
import { createGame } from "../game/create-game";
import { playBotRound } from "../game/run-bots";
import type { GameState } from "../game/types";
import { viewFor } from "../game/view";
import { loadPreset } from "../presets";
import { fixtureScenario } from "../testing/fixtures";
import { estimateWorld } from "./estimate";
import { walt, waltAssessment } from "./walt";

function preset(id: string, seed: number | string = 1): GameState {
  const p = loadPreset(id);
  if (!p.ok) throw new Error(p.error.message);
  const bots = Object.fromEntries(
    p.scenario.states.filter((s) => s.playable).map((s) => [s.id, "walt"]),
  );
  const g = createGame(p.scenario, { seed, bots });
  if (!g.ok) throw new Error(g.error.message);
  return g.state;
}
const apply = (s: GameState, actions: unknown[]) =>
  actions.reduce<GameState>((acc, a) => {
    const r = applyAction(acc, a);
    return r.ok ? r.state : acc;
  }, s);

describe("the walt bot", () => {
  it("decides with the logged BoT prediction when it can see what the engine sees", () => {
    const s = preset("east-asia-2017");
    for (const id of ["KOR", "IND", "CHN", "PRK"]) {
      const a = waltAssessment(viewFor(s, { kind: "state", stateId: id }))!;
      const logged = s.rounds[0]!.predictions.balanceOfThreat[id]!;
      expect(a.d.category, id).toBe(logged.category);
      expect(a.d.target, id).toBe(logged.target);
    }
  });
  it("estimates only from its own view: a secret pact it is not party to is unknown to it", () => {
    const g = createGame(
      fixtureScenario({
        treaties: [
          ...fixtureScenario().treaties,
          {
            id: "SECRET",
            kind: "defence",
            name: "Secret",
            members: ["BIG", "FAR"],
            directedAgainst: [],
            signed: 2000,
            secret: true,
          },
        ],
      }),
      { seed: 1 },
    );
    if (!g.ok) throw new Error(g.error.message);
    const near = estimateWorld(viewFor(g.state, { kind: "state", stateId: "NEAR" }));
    const far = estimateWorld(viewFor(g.state, { kind: "state", stateId: "FAR" }));
    const big = near.world.index.get("BIG")!;
    expect(near.world.allies[big]).toEqual([]);
    expect(far.world.allies[big]).toEqual([far.world.index.get("FAR")]);
  });
  it("never repeats itself within a phase: a second call after its actions adds nothing new", () => {
    let s = preset("europe-1939");
    for (const phase of ["negotiation", "orders"] as const) {
      if (phase === "orders") s = apply(s, [{ type: "advance-phase", actor: "instructor" }]);
      for (const id of ["FRN", "POL", "RUS", "UKG"]) {
        const first = walt(viewFor(s, { kind: "state", stateId: id }), { seed: 3 });
        s = apply(s, first);
        const again = walt(viewFor(s, { kind: "state", stateId: id }), { seed: 3 });
        const own = (x: unknown[]) =>
          x.filter((a) => {
            const t = (a as { type: string }).type;
            return t !== "accept-treaty" && t !== "reject-treaty" && t !== "amend-treaty";
          });
        expect(own(again), `${id} ${phase}`).toEqual([]);
      }
    }
  });
  it("plays a different game with another seed, the same game with the same seed", () => {
    const play = (seed: number) => {
      let s = preset("east-asia-2017", seed);
      const log: unknown[] = [];
      for (let r = 0; r < 2; r++) s = playBotRound(s, s.bots as never, seed, log).state;
      return JSON.stringify(log);
    };
    const one = play(1);
    expect(play(1)).toEqual(one);
    expect(play(2)).not.toEqual(one);
  }, 30_000);
  it("passes the buck: a BUCK_PASS prediction makes no new commitment", () => {
    const s = preset("east-asia-2017");
    for (const id of Object.keys(s.rounds[0]!.predictions.balanceOfThreat)) {
      const a = waltAssessment(viewFor(s, { kind: "state", stateId: id }))!;
      if (a.d.category !== "BUCK_PASS") continue;
      const actions = walt(viewFor(s, { kind: "state", stateId: id }), { seed: 1 });
      expect(actions.some((x) => x.type === "propose-treaty")).toBe(false);
    }
  });
  it("hedges when it soft-balances: counters a defence pact with a partnership naming no one, and proposes only such partnerships", () => {
    // India 1985 soft-balances China
    let s = preset("cold-war-1985");
    expect(s.rounds[0]!.predictions.balanceOfThreat["IND"]!.category).toBe("SOFT_BALANCE");
    const own = walt(viewFor(s, { kind: "state", stateId: "IND" }), { seed: 1 });
    for (const a of own)
      if (a.type === "propose-treaty") {
        expect(a.terms.kind).toBe("consultation");
        expect(a.terms.directedAgainst).toEqual([]);
      }
    s = apply(s, [
      {
        type: "propose-treaty",
        actor: "USA",
        terms: { kind: "defence", members: ["USA", "IND"], directedAgainst: ["CHN"] },
      },
    ]);
    const answer = walt(viewFor(s, { kind: "state", stateId: "IND" }), { seed: 1 }).find(
      (a) => a.type === "amend-treaty" || a.type === "accept-treaty" || a.type === "reject-treaty",
    );
    expect(answer?.type).toBe("amend-treaty");
    if (answer?.type === "amend-treaty") {
      expect(answer.terms.kind).toBe("consultation");
      expect(answer.terms.directedAgainst).toEqual([]);
    }
  });
  it("joins no pact naming a state it has a non-aggression pact with (neutrality clause)", () => {
    // South Korea hard-balances North Korea; once they sign a non-aggression pact it answers
    // Japan's defence offer against the North with a partnership that names no one
    const offer = {
      type: "propose-treaty",
      actor: "JPN",
      terms: { kind: "defence", members: ["JPN", "ROK"], directedAgainst: ["PRK"] },
    };
    const answerOf = (s: GameState) =>
      walt(viewFor(s, { kind: "state", stateId: "ROK" }), { seed: 1 }).find(
        (a) =>
          a.type === "amend-treaty" || a.type === "accept-treaty" || a.type === "reject-treaty",
      );
    const before = answerOf(apply(preset("cold-war-1985"), [offer]));
    expect(before?.type === "amend-treaty" && before.terms.directedAgainst).toEqual(["PRK"]);
    const s = apply(preset("cold-war-1985"), [
      {
        type: "propose-treaty",
        actor: "ROK",
        terms: { kind: "non-aggression", members: ["ROK", "PRK"], directedAgainst: [] },
      },
      { type: "accept-treaty", actor: "PRK", proposalId: "P1" },
      offer,
    ]);
    expect(
      Object.values(s.treaties).some(
        (t) => t.kind === "non-aggression" && t.members.includes("PRK"),
      ),
    ).toBe(true);
    const after = answerOf(s);
    expect(after?.type).toBe("amend-treaty");
    if (after?.type === "amend-treaty") expect(after.terms.directedAgainst).toEqual([]);
  });
  it("leaves an alliance with its own threat only once it has realigned (denounce after realigning)", () => {
    // Canada 2026 hard-balances the United States, its NATO ally
    const leaves = (s: GameState) =>
      walt(viewFor(s, { kind: "state", stateId: "CAN" }), { seed: 1 }).some(
        (a) => a.type === "leave-treaty" && a.treatyId === "nato",
      );
    const s = preset("predatory-hegemon-2026");
    expect(s.rounds[0]!.predictions.balanceOfThreat["CAN"]).toMatchObject({
      category: "HARD_BALANCE",
      target: "USA",
    });
    expect(leaves(s)).toBe(false);
    const realigned = apply(s, [
      {
        type: "propose-treaty",
        actor: "MEX",
        terms: { kind: "defence", members: ["MEX", "CAN"], directedAgainst: ["USA"] },
      },
      { type: "accept-treaty", actor: "CAN", proposalId: "P1" },
    ]);
    expect(
      Object.values(realigned.treaties).some(
        (t) => t.kind === "defence" && t.members.includes("CAN") && t.members.includes("MEX"),
      ),
    ).toBe(true);
    expect(leaves(realigned)).toBe(true);
  });
  it("a soft balancer realigns by an entente: it leaves a tethering alliance once one is in force", () => {
    // Italy 1914 soft-balances Austria-Hungary, its Triple Alliance ally; Racconigi (1909, an
    // entente with Russia, which has a stake against Austria-Hungary) is its realignment
    const leaves = (s: GameState) =>
      walt(viewFor(s, { kind: "state", stateId: "ITA" }), { seed: 1 }).some(
        (a) => a.type === "leave-treaty" && a.treatyId === "triple-alliance",
      );
    const s = preset("europe-1914");
    expect(s.rounds[0]!.predictions.balanceOfThreat["ITA"]).toMatchObject({
      category: "SOFT_BALANCE",
      target: "AUH",
    });
    expect(leaves(s)).toBe(true);
    // with notice given on Racconigi it has no new alignment, and stays
    const without = apply(s, [{ type: "leave-treaty", actor: "ITA", treatyId: "racconigi" }]);
    expect(without.treaties["racconigi"]?.leaving ?? ["ITA"]).toContain("ITA");
    expect(leaves(without)).toBe(false);
  });
  it("signs no security pact with a state its own pacts name as an adversary", () => {
    // Canada 2026 is party to the Ukraine security agreements, which name Russia
    const s = preset("predatory-hegemon-2026");
    const own = walt(viewFor(s, { kind: "state", stateId: "CAN" }), { seed: 1 });
    expect(own.some((a) => a.type === "propose-treaty" && a.terms.members.includes("RUS"))).toBe(
      false,
    );
    const offered = apply(s, [
      {
        type: "propose-treaty",
        actor: "RUS",
        terms: { kind: "defence", members: ["RUS", "CAN"], directedAgainst: ["USA"] },
      },
    ]);
    const answer = walt(viewFor(offered, { kind: "state", stateId: "CAN" }), { seed: 1 }).find(
      (a) => a.type === "amend-treaty" || a.type === "accept-treaty" || a.type === "reject-treaty",
    );
    expect(answer?.type).toBe("reject-treaty");
  });
  it("backs a threatened client against the client's threat, short of an alliance (patron)", () => {
    const offers = (id: string, actor: string) =>
      walt(viewFor(preset(id), { kind: "state", stateId: actor }), { seed: 1 }).flatMap((a) =>
        a.type === "propose-treaty" ? [a.terms] : [],
      );
    // a US base on Saudi soil (1985); China's and Russia's affinity with Iran (2026)
    expect(offers("cold-war-1985", "USA")).toContainEqual({
      kind: "consultation",
      members: ["USA", "SAU"],
      directedAgainst: ["IRN"],
    });
    for (const gp of ["CHN", "RUS"])
      expect(offers("predatory-hegemon-2026", gp)).toContainEqual({
        kind: "consultation",
        members: [gp, "IRN"],
        directedAgainst: ["USA"],
      });
    // never against its own treaty partner: the USSR (pacts with both) names Iraq for no one
    expect(offers("cold-war-1985", "RUS").some((t) => t.directedAgainst?.includes("IRQ"))).toBe(
      false,
    );
    // a concert binds it to no one (s.5): Russia 1914, with Austria-Hungary in the 1839 treaty
    expect(offers("europe-1914", "RUS")).toContainEqual({
      kind: "consultation",
      members: ["RUS", "YUG"],
      directedAgainst: ["AUH"],
    });
    // nor while it notices no threat itself: Britain 1914 (T* 8.9) offers Belgium nothing
    expect(offers("europe-1914", "UKG")).toEqual([]);
  });
  it("as a patron covered by its deterrent, answers a client's defence offer with a pact naming the threat", () => {
    const s = apply(preset("cold-war-1985"), [
      {
        type: "propose-treaty",
        actor: "SAU",
        terms: { kind: "defence", members: ["SAU", "USA"], directedAgainst: ["IRN"] },
      },
    ]);
    const answer = walt(viewFor(s, { kind: "state", stateId: "USA" }), { seed: 1 }).find(
      (a) => a.type === "amend-treaty" || a.type === "accept-treaty" || a.type === "reject-treaty",
    );
    expect(answer?.type).toBe("amend-treaty");
    if (answer?.type === "amend-treaty") {
      expect(answer.terms.kind).toBe("consultation");
      expect(answer.terms.directedAgainst).toEqual(["IRN"]);
    }
  });
});
