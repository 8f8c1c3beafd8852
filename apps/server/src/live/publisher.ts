// When the room's audiences hear of a change: coalesced into one publish per burst (a round
// of bot moves is one delta, not forty), and the instructor, whose view changes with every
// student's move, at most twice a second. A chat message only dirties the dashboard.
import type { GameState } from "@threatscape/engine";
import { ServerEvent, type Dashboard } from "@threatscape/protocol";
import { stateAudience, type Audience, type Broadcaster } from "./broadcaster.ts";
import type { Clock } from "./clock.ts";
import { Projection, scenarioFor, type RoomBlocks } from "./projection.ts";

/** Twice a second reads as live to a person and halves the instructor's share of the CPU. */
export const INSTRUCTOR_THROTTLE_MS = 500;

/** What the publisher reads from its room at publish time. */
export interface PublishSource {
  readonly id: string;
  readonly state: GameState;
  seatedStates(): string[];
  blocks(): RoomBlocks;
  dashboard(): Dashboard;
}

/**
 * Keeps each room-level block's identity while its content is unchanged (the lobby, the
 * timing...), so the per-audience structural diff skips it instead of walking it for every
 * audience: one JSON.stringify per block per publish instead of one walk per audience.
 */
class StableBlocks {
  private readonly last = new Map<keyof RoomBlocks, unknown>();
  private keep<K extends keyof RoomBlocks>(key: K, value: RoomBlocks[K]): RoomBlocks[K] {
    const held = this.last.get(key);
    if (held !== undefined && sameJson(held, value)) return held as RoomBlocks[K];
    this.last.set(key, value);
    return value;
  }
  stabilise(blocks: RoomBlocks): RoomBlocks {
    return {
      ...blocks,
      timing: this.keep("timing", blocks.timing),
      lobby: this.keep("lobby", blocks.lobby),
      unseated: this.keep("unseated", blocks.unseated),
      settings: this.keep("settings", blocks.settings),
    };
  }
}

/**
 * Deep equality of two JSON values (plain objects, arrays, primitives), without serialising
 * them: the lobby of a 50-student game is compared on every publish.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = Object.keys(ra).filter((k) => ra[k] !== undefined);
  if (keys.length !== Object.keys(rb).filter((k) => rb[k] !== undefined).length) return false;
  for (const k of keys) if (!sameJson(ra[k], rb[k])) return false;
  return true;
}

export class Publisher {
  private readonly projection = new Projection();
  private readonly stable = new StableBlocks();
  private pending = false;
  private viewsDirty = false;
  private instructorViewDirty = false;
  private dashboardDirty = false;
  private lastInstructorPublish = -Infinity;
  /** The instructor's own command changed things: they see it at once, not throttled. */
  private instructorDue = false;
  private cancelTimer: (() => void) | null = null;
  private closed = false;

  constructor(
    private readonly room: PublishSource,
    private readonly broadcaster: Broadcaster,
    private readonly clock: Clock,
  ) {}

  /** Something every audience may see changed. */
  viewsChanged(): void {
    this.viewsDirty = true;
    this.dashboardChanged();
  }

  /** The instructor ran a command: the next publish reaches them whatever the throttle. */
  instructorActed(): void {
    this.instructorDue = true;
    this.viewsChanged();
  }

  /** Only the instructor's dashboard changed (a chat message): no view is recomputed. */
  dashboardChanged(): void {
    this.dashboardDirty = true;
    if (this.pending || this.closed) return;
    this.pending = true;
    setImmediate(() => this.flush());
  }

  /** Publishes what changed: to every audience now, to the instructor when its turn comes. */
  flush(force = false): void {
    this.pending = false;
    if (this.closed) return;
    const now = this.clock.now();
    const wait = this.lastInstructorPublish + INSTRUCTOR_THROTTLE_MS - now;
    const instructorNow = force || this.instructorDue || wait <= 0;
    const audiences: Audience[] = [];
    if (this.viewsDirty) {
      audiences.push("screen", "unseated", ...this.room.seatedStates().map(stateAudience));
      this.projection.retain(["instructor", ...audiences]);
      this.viewsDirty = false;
      this.instructorViewDirty = true;
    }
    if (instructorNow && this.instructorViewDirty) audiences.push("instructor");
    // A dashboard-only flush (chat) computes no view and no room block.
    const deltas =
      audiences.length === 0
        ? []
        : this.projection.publish(
            this.room.state,
            audiences,
            this.stable.stabilise(this.room.blocks()),
            now,
          );
    for (const [audience, delta] of deltas)
      this.broadcaster.to(this.room.id, [audience]).emit(ServerEvent.delta, delta);
    if (instructorNow) {
      if (this.dashboardDirty)
        this.broadcaster
          .to(this.room.id, ["instructor"])
          .emit(ServerEvent.dashboard, this.room.dashboard());
      this.instructorViewDirty = this.dashboardDirty = this.instructorDue = false;
      this.lastInstructorPublish = now;
    } else if ((this.instructorViewDirty || this.dashboardDirty) && !this.cancelTimer) {
      this.cancelTimer = this.clock.setTimer(wait, () => {
        this.cancelTimer = null;
        this.flush();
      });
    }
  }

  /**
   * Everything a connection of `audience` needs on arrival, consistent with later deltas: the
   * audience's last published snapshot. A change still pending goes out as a delta from it
   * (the connection joins its audience before the publish runs), so a class joining at once
   * costs one publish per burst, not one per student.
   */
  welcome(audience: Audience) {
    // Students' pending changes go out this turn; the instructor's may wait for the throttle.
    if (audience === "instructor" && this.instructorViewDirty) this.flush(true);
    const { state } = this.room;
    return {
      snapshot: this.projection.snapshot(
        state,
        audience,
        this.stable.stabilise(this.room.blocks()),
        this.clock.now(),
      ),
      scenario: scenarioFor(state, audience),
      dashboard: audience === "instructor" ? this.room.dashboard() : null,
    };
  }

  close(): void {
    this.closed = true;
    this.cancelTimer?.();
  }
}
