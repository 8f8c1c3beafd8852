/** The debrief's coalition measures: final blocs and free-riding (THREAT-MODEL.md s.6). */
import type { GameState, StateId } from "../game/types";
import { gameBlocs } from "../predict/alignment-blocs";

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const r4 = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * Blocs at the end of the game among the playable states: alignment blocs (defence ties and
 * shared adversaries, predict/alignment-blocs.ts, hostility from the last round's threat
 * table), then every unaligned state on its own. Shape: member lists sorted by id, and each
 * state's index in that list.
 */
export function finalBlocs(
  state: GameState,
  playable: readonly StateId[],
): { final: StateId[][]; blocOf: Map<StateId, number> } {
  const blocs = gameBlocs(state);
  const blocOf = new Map<StateId, number>();
  const final: StateId[][] = [];
  for (const b of blocs) {
    const members = b.members.filter((m) => playable.includes(m));
    if (members.length === 0) continue;
    for (const m of members) blocOf.set(m, final.length);
    final.push([...members].sort());
  }
  for (const id of playable)
    if (!blocOf.has(id)) {
      blocOf.set(id, final.length);
      final.push([id]);
    }
  return { final, blocOf };
}

/** Free-riding: each bloc member's mean burden relative to the bloc average, against its GDP share. */
export function freeRidingPoints(
  state: GameState,
  final: readonly StateId[][],
): { state: StateId; bloc: number; burdenRatio: number; gdpShare: number }[] {
  const fr: { state: StateId; bloc: number; burdenRatio: number; gdpShare: number }[] = [];
  final.forEach((bloc, bi) => {
    if (bloc.length < 2) return;
    const avgBurden = (id: StateId) =>
      mean([...state.rounds.map((r) => r.start.burden[id] ?? 0), state.states[id]!.burden]);
    const burdens = bloc.map(avgBurden);
    const blocAvg = mean(burdens);
    const gdpTot = bloc.reduce((s, id) => s + state.states[id]!.gdp, 0);
    bloc.forEach((id, k) =>
      fr.push({
        state: id,
        bloc: bi,
        burdenRatio: r4(blocAvg > 0 ? burdens[k]! / blocAvg : 1),
        gdpShare: r4(state.states[id]!.gdp / gdpTot),
      }),
    );
  });
  return fr;
}
