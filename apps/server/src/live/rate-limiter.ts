/** Fixed-window counters per key (IP address, participant): cheap, in memory, per process. */
export class RateLimiter {
  private readonly windows = new Map<string, { startedAt: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one attempt; false when `key` is over its limit for the current window. */
  take(key: string): boolean {
    const now = this.now();
    const window = this.windows.get(key);
    if (!window || now - window.startedAt >= this.windowMs) {
      this.windows.set(key, { startedAt: now, count: 1 });
      if (this.windows.size > 10_000) this.prune(now);
      return true;
    }
    window.count += 1;
    return window.count <= this.limit;
  }

  /** True when `key` has used up its attempts in the current window (counts nothing). */
  isBlocked(key: string): boolean {
    const window = this.windows.get(key);
    return (
      window !== undefined &&
      this.now() - window.startedAt < this.windowMs &&
      window.count >= this.limit
    );
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows)
      if (now - window.startedAt >= this.windowMs) this.windows.delete(key);
  }
}
