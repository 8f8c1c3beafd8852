import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyAction } from "./game/apply-action";
import { createGame } from "./game/create-game";
import { replay } from "./game/replay";
import { playBotRound } from "./game/run-bots";
import type { GameState } from "./game/types";
import { fixtureScenario } from "./testing/fixtures";
import { syntheticScenario } from "./synthetic";
import { computeWorld } from "./threat/world";

const IDS = ["BIG", "NEAR", "MIDA", "MIDB", "FAR", "NOPE", "instructor"];
const id = fc.constantFrom(...IDS);
const arbAction = fc.oneof(
  fc.record({
    type: fc.constantFrom(
      "sanction",
      "embargo",
      "lift-sanctions",
      "tariff",
      "aid",
      "criticise",
      "joint-exercise",
      "seize-assets",
      "attack",
      "break-off-talks",
    ),
    actor: id,
    target: id,
  }),
  fc.record({
    type: fc.constant("threaten"),
    actor: id,
    target: id,
    kind: fc.constantFrom("force", "sanctions", "annexation", "ultimatum", "bogus"),
  }),
  fc.record({
    type: fc.constant("set-burden"),
    actor: id,
    burden: fc.double({ min: -5, max: 50, noNaN: true }),
  }),
  fc.record({
    type: fc.constant("set-posture"),
    actor: id,
    posture: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({ type: fc.constant("mobilise"), actor: id, level: fc.constantFrom(0.5, 1, 2) }),
  fc.record({ type: fc.constantFrom("demobilise", "no-change", "submit-orders"), actor: id }),
  fc.record({
    type: fc.constant("propose-treaty"),
    actor: id,
    terms: fc.record({
      kind: fc.constantFrom("defence", "trade", "consultation", "non-aggression"),
      members: fc.uniqueArray(id, { minLength: 1, maxLength: 4 }),
      directedAgainst: fc.uniqueArray(id, { maxLength: 2 }),
    }),
  }),
  fc.record({
    type: fc.constantFrom("accept-treaty", "reject-treaty", "withdraw-proposal"),
    actor: id,
    proposalId: fc.constantFrom("P1", "P2", "P3", "P4"),
  }),
  fc.record({
    type: fc.constantFrom("leave-treaty", "break-treaty"),
    actor: id,
    treatyId: fc.constantFrom("ALLIANCE", "P1", "P2"),
  }),
  fc.record({
    type: fc.constant("demand"),
    actor: id,
    target: id,
    kind: fc.constantFrom("concession", "tribute", "basing"),
  }),
  fc.record({
    type: fc.constantFrom("accept-demand", "refuse-demand"),
    actor: id,
    demandId: fc.constantFrom("D1", "D2", "D3"),
  }),
  fc.record({
    type: fc.constantFrom("advance-phase", "resolve-round"),
    actor: fc.constantFrom("instructor", "BIG"),
  }),
  fc.record({
    type: fc.constant("release-crisis"),
    actor: fc.constant("instructor"),
    crisisId: fc.constantFrom("held", "c2", "none"),
  }),
  fc.anything(),
);

function start(seed: number): GameState {
  const r = createGame(fixtureScenario(), { seed });
  if (!r.ok) throw new Error(r.error.message);
  return r.state;
}

describe("properties", () => {
  it("no action sequence throws; every rejection is an error value with code and message; T stays in [0, 100]; replay equals live", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.array(arbAction, { maxLength: 40 }),
        (seed, actions) => {
          const initial = start(seed);
          let s = initial;
          const log: unknown[] = [];
          for (const a of actions) {
            const r = applyAction(s, a);
            if (r.ok) {
              s = r.state;
              log.push(a);
            } else {
              expect(typeof r.error.code).toBe("string");
              expect(r.error.message.length).toBeGreaterThan(0);
            }
          }
          const w = computeWorld(s);
          for (let q = 0; q < w.n * w.n; q++) {
            expect(w.Tstar[q]).toBeGreaterThanOrEqual(0);
            expect(w.Tstar[q]).toBeLessThanOrEqual(100);
          }
          const rep = replay(initial, log);
          expect(rep.ok).toBe(true);
          if (rep.ok) expect(rep.state).toEqual(s);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("same seed, same game: an all-bot game is a function of (scenario, seed)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.constantFrom("walt", "waltz", "random", "hawk"),
        (seed, policy) => {
          const run = () => {
            const sc = syntheticScenario(8, seed % 7, 3);
            const g = createGame(sc, { seed });
            if (!g.ok) throw new Error(g.error.message);
            const bots = Object.fromEntries(sc.states.map((x) => [x.id, policy as "walt"]));
            let s = g.state;
            const log: unknown[] = [];
            while (s.phase !== "ended") s = playBotRound(s, bots, seed, log).state;
            return { s, log, initial: g.state };
          };
          const a = run(),
            b = run();
          expect(a.s).toEqual(b.s);
          const rep = replay(a.initial, a.log);
          expect(rep.ok && rep.state).toEqual(a.s);
        },
      ),
      { numRuns: 12 },
    );
    // 24 all-bot games: 2.5 s on a quiet machine, 7 s seen at load average 12 (default 5 s)
  }, 30_000);
});
