/** Seeded random null model: a uniformly random category and target for every playable state. */
import { CATEGORIES } from "./categories";
import type { RngCursor } from "../random";
import type { Prediction, StateId } from "../game/types";
import type { World } from "../threat/world";

export function predictRandom(w: World, rng: RngCursor): Record<StateId, Prediction> {
  const out: Record<StateId, Prediction> = {};
  for (let j = 0; j < w.n; j++) {
    if (!w.playable[j]) continue;
    const category = CATEGORIES[rng.int(CATEGORIES.length)]!;
    let target: StateId | null = null;
    if (category !== "NEUTRAL" && w.n > 1) {
      const k = rng.int(w.n - 1);
      target = w.ids[k >= j ? k + 1 : k]!;
    }
    out[w.ids[j]!] = { category, target, partner: null };
  }
  return out;
}
