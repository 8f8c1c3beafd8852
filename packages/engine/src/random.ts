/**
 * Seeded PRNG (sfc32). Its four-word state lives inside the game state so a game is a
 * pure function of (scenario, seed, actions); the engine never calls the platform's random source.
 */
export type RngState = readonly [number, number, number, number];

/** Spread an arbitrary seed (number or string) over the four words, then warm up. */
export function seedRng(seed: number | string): RngState {
  let h = 1779033703 ^ String(seed).length;
  const text = String(seed);
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  const next = (): number => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return (h ^= h >>> 16) >>> 0;
  };
  let state: RngState = [next(), next(), next(), next()];
  for (let i = 0; i < 12; i++) state = nextRandom(state)[1];
  return state;
}

/** One draw in [0, 1) and the successor state. */
export function nextRandom(state: RngState): [number, RngState] {
  let [a, b, c, d] = state;
  a >>>= 0;
  b >>>= 0;
  c >>>= 0;
  d >>>= 0;
  let t = (a + b) | 0;
  a = b ^ (b >>> 9);
  b = (c + (c << 3)) | 0;
  c = (c << 21) | (c >>> 11);
  d = (d + 1) | 0;
  t = (t + d) | 0;
  c = (c + t) | 0;
  return [(t >>> 0) / 4294967296, [a >>> 0, b >>> 0, c >>> 0, d >>> 0]];
}

/** Mutable cursor for code that draws many numbers in one reducer step; `state` is read back at the end. */
export class RngCursor {
  constructor(public state: RngState) {}
  next(): number {
    const [x, s] = nextRandom(this.state);
    this.state = s;
    return x;
  }
  int(n: number): number {
    return Math.min(n - 1, Math.floor(this.next() * n));
  }
}
