// Time for the live layer, injectable so that phase deadlines, dropout grace periods and
// dashboard throttling are tested on a manual clock (Colyseus's Room.clock) without sleeps.

export interface Clock {
  /** ms since the epoch. */
  now(): number;
  /** Runs `fn` after `ms` (at least 0); returns a function that cancels it. */
  setTimer(ms: number, fn: () => void): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer(ms, fn) {
    const timer = setTimeout(fn, Math.max(0, ms));
    // A pending phase deadline must not keep a stopping server alive.
    timer.unref();
    return () => clearTimeout(timer);
  },
};
