/**
 * pnpm bench: one round (resolution + next round's threat matrix and predictions) for 20
 * and 193 synthetic states, and replay of a logged 12-round 30-state bot game.
 * Targets: 193 states < 50 ms a round; 30-state replay < 100 ms.
 * Each case also reports the process's CPU time (process.cpuUsage), which stays comparable
 * when other jobs load the machine and wall-clock medians do not.
 */
import { applyAction } from "../src/game/apply-action";
import { createGame } from "../src/game/create-game";
import { replay } from "../src/game/replay";
import { playBotRound } from "../src/game/run-bots";
import type { GameState } from "../src/game/types";
import type { BotPolicyName } from "../src/bots/policies";
import { syntheticScenario } from "../src/synthetic";

function stats(xs: number[], cpu?: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  const c = cpu ? [...cpu].sort((a, b) => a - b)[cpu.length >> 1]! : null;
  return `median ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms${c === null ? "" : `, CPU median ${c.toFixed(1)} ms`} (n=${s.length})`;
}
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function game(n: number, rounds = 12): GameState {
  const r = createGame(syntheticScenario(n, 7, rounds), { seed: 42 });
  if (!r.ok) throw new Error(r.error.message);
  return r.state;
}

function benchRound(n: number, runs: number) {
  const base = game(n, 200);
  const times: number[] = [];
  const cpu: number[] = [];
  let s = base;
  for (let i = 0; i < runs + 2; i++) {
    const t0 = performance.now();
    const c0 = cpuMs();
    const r = applyAction(s, { type: "resolve-round", actor: "instructor" });
    const dt = performance.now() - t0;
    const dc = cpuMs() - c0;
    if (!r.ok) throw new Error(r.error.message);
    s = applyAction(r.state, { type: "advance-phase", actor: "instructor" }).ok
      ? (
          applyAction(r.state, { type: "advance-phase", actor: "instructor" }) as {
            state: GameState;
          }
        ).state
      : r.state;
    if (i >= 2) {
      times.push(dt); // two warm-up rounds
      cpu.push(dc);
    }
  }
  const t0 = performance.now();
  game(n);
  const create = performance.now() - t0;
  console.log(
    `round, ${n} states (resolve + threat matrix + predictions): ${stats(times, cpu)}; createGame ${create.toFixed(1)} ms`,
  );
}

function benchReplay(runs: number) {
  const initial = game(30, 12);
  const policies: BotPolicyName[] = ["walt", "waltz", "hawk", "random"];
  const bots = Object.fromEntries(initial.scenario.states.map((s, i) => [s.id, policies[i % 4]!]));
  const log: unknown[] = [];
  let s = initial;
  const t0 = performance.now();
  while (s.phase !== "ended") s = playBotRound(s, bots, 42, log).state;
  const live = performance.now() - t0;
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const c = cpuMs();
    const r = replay(initial, log);
    times.push(performance.now() - t);
    cpu.push(cpuMs() - c);
    if (!r.ok) throw new Error(r.error.message);
  }
  console.log(
    `replay, 30 states x 12 rounds (${log.length} logged actions): ${stats(times, cpu)}; live bot game ${live.toFixed(0)} ms`,
  );
}

benchRound(20, 15);
benchRound(193, 15);
benchReplay(15);
