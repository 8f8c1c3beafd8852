// One audience's snapshot kept current from what the server pushes: full snapshots (join,
// resume, seat change, sync) and deltas between versions. On a gap the feed asks for a full
// snapshot (`game:sync`) itself, so a page only ever sees complete, consistent snapshots.
// No React and no socket here (the caller passes `sync`), so it is unit-tested in node.
import type { Ack, GameDelta, GameSnapshot } from "@threatscape/protocol";
import { SnapshotStore } from "@threatscape/protocol/browser";

/** A local clock that jumps by more than this between two ticks was set (or slept). */
const CLOCK_JUMP_MS = 1_000;

export interface FeedClock {
  /** Wall clock (ms since the epoch): only watched, to notice when it is set or the laptop slept. */
  now(): number;
  /** Monotonic clock (ms): unaffected when the wall clock is set. */
  monotonic(): number;
  /**
   * The steady local clock the offset and the countdown use (ms, epoch-like): the page's start
   * plus monotonic time, so setting the wall clock never moves a countdown.
   */
  steady(): number;
}

/**
 * The browser's steady clock: `performance.timeOrigin + performance.now()`. Setting the
 * system clock does not move it (`Date.now()` would); sleep may stop it, which `tick` notices.
 */
export const steadyNow = (): number => performance.timeOrigin + performance.now();

const browserClock: FeedClock = {
  now: () => Date.now(),
  monotonic: () => performance.now(),
  steady: steadyNow,
};

export class SnapshotFeed {
  private readonly store = new SnapshotStore();
  private syncing = false;
  /** Highest delta version seen while a sync was under way (it may outrun the sync's answer). */
  private seenWhileSyncing = 0;
  private lastTick: { wall: number; mono: number } | null = null;

  constructor(
    private readonly sync: () => Promise<Ack<GameSnapshot>>,
    /** Called with every new snapshot and the offset (server clock − steady clock) it implies. */
    private readonly onChange: (snapshot: GameSnapshot, clockOffsetMs: number) => void,
    private readonly clock: FeedClock = browserClock,
  ) {}

  get snapshot(): GameSnapshot | null {
    return this.store.snapshot;
  }

  /** A full snapshot from the server (older ones of the same audience are dropped). */
  snapshotReceived(snapshot: GameSnapshot): void {
    if (this.store.applySnapshot(snapshot, this.clock.steady())) this.changed();
  }

  deltaReceived(delta: GameDelta): void {
    const outcome = this.store.applyDelta(delta, this.clock.steady());
    if (outcome === "applied") this.changed();
    else if (outcome === "gap") void this.resync(delta.to);
  }

  /**
   * Forget what is held: a new connection (not a recovered one) starts from the snapshot it
   * is sent, even one with a lower version (a restarted server numbers views afresh).
   */
  reset(): void {
    this.store.clear();
    this.seenWhileSyncing = 0;
  }

  /**
   * Call about once a second. The clock offset comes from server messages, and a quiet phase
   * sends none: when the local clock is set (or the laptop wakes from sleep) the countdown
   * would be wrong until the next change, so ask for a snapshot to measure the offset again.
   */
  tick(): void {
    const wall = this.clock.now();
    const mono = this.clock.monotonic();
    const last = this.lastTick;
    this.lastTick = { wall, mono };
    if (!last || !this.store.snapshot) return;
    if (Math.abs(wall - last.wall - (mono - last.mono)) > CLOCK_JUMP_MS) void this.resync(0);
  }

  private changed(): void {
    const snapshot = this.store.snapshot;
    if (snapshot) this.onChange(snapshot, this.store.clockOffsetMs);
  }

  private async resync(seen: number): Promise<void> {
    this.seenWhileSyncing = Math.max(this.seenWhileSyncing, seen);
    if (this.syncing) return;
    this.syncing = true;
    try {
      for (let attempt = 0; attempt < 3; attempt++) {
        this.seenWhileSyncing = Math.max(this.seenWhileSyncing, seen);
        const ack = await this.sync();
        // Not bound (yet) or offline: the next (re)connection sends a snapshot anyway.
        if (!ack.ok) return;
        // Applied even when not newer: it measures the clock offset afresh.
        this.store.applySnapshot(ack.data, this.clock.steady());
        this.changed();
        // Deltas that arrived during the sync and go beyond its answer were dropped: sync again.
        if (this.seenWhileSyncing <= ack.data.version) return;
        seen = this.seenWhileSyncing;
      }
    } finally {
      this.syncing = false;
      this.seenWhileSyncing = 0;
    }
  }
}
