// Logs when the event loop was blocked for a second or more: in a cluster a process that
// stalls longer than its lease loses its games to another process, so say when it happens.
import type { Logger } from "./logger.ts";

/** Starts the watch; returns its stop function. */
export function watchLoopStalls(logger: Logger, thresholdMs = 1_000): () => void {
  const every = 250;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    const late = now - last - every;
    last = now;
    if (late >= thresholdMs) logger.warn({ stalledMs: Math.round(late) }, "event loop stalled");
  }, every);
  timer.unref();
  return () => clearInterval(timer);
}
