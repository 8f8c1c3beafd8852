// The phase clock: lobby → running ⇄ paused → finished, the current phase's deadline, what
// is left while paused, and extensions. Each transition returns the next TimingRecord
// without changing anything; the room logs it (with the change that caused it, in one event)
// and only then `apply`s it, so memory never runs ahead of the log.
import type { GameState } from "@threatscape/engine";
import type { PhaseTiming } from "@threatscape/protocol";
import type { Clock } from "./clock.ts";
import type { TimingRecord } from "./room-log.ts";

export const LOBBY_TIMING: TimingRecord = {
  status: "lobby",
  deadline: null,
  remainingMs: null,
  phaseMs: null,
  pausedReason: null,
};

export class PhaseClock {
  private current: TimingRecord;
  private cancel: (() => void) | null = null;

  constructor(
    private readonly clock: Clock,
    initial: TimingRecord = LOBBY_TIMING,
  ) {
    this.current = initial;
  }

  get record(): TimingRecord {
    return this.current;
  }
  get status(): TimingRecord["status"] {
    return this.current.status;
  }
  get pausedReason(): string | null {
    return this.current.pausedReason;
  }

  /** A new phase of `phaseMs` (null: untimed) starts now; paused games keep it paused. */
  enterPhase(phaseMs: number | null): TimingRecord {
    const { status } = this.current;
    if (status === "paused")
      return { ...this.current, deadline: null, remainingMs: phaseMs, phaseMs };
    return {
      status: "running",
      deadline: phaseMs === null ? null : this.clock.now() + phaseMs,
      remainingMs: null,
      phaseMs,
      pausedReason: null,
    };
  }

  paused(reason: string): TimingRecord {
    const { deadline } = this.current;
    return {
      ...this.current,
      status: "paused",
      deadline: null,
      remainingMs: deadline === null ? null : Math.max(0, deadline - this.clock.now()),
      pausedReason: reason,
    };
  }

  resumed(): TimingRecord {
    const { remainingMs } = this.current;
    return {
      ...this.current,
      status: "running",
      deadline: remainingMs === null ? null : this.clock.now() + remainingMs,
      remainingMs: null,
      pausedReason: null,
    };
  }

  /** Null when no phase timer runs (nothing to extend). */
  extended(ms: number): TimingRecord | null {
    const t = this.current;
    const phaseMs = t.phaseMs === null ? null : t.phaseMs + ms;
    if (t.status === "running" && t.deadline !== null)
      return { ...t, deadline: t.deadline + ms, phaseMs };
    if (t.status === "paused" && t.remainingMs !== null)
      return { ...t, remainingMs: t.remainingMs + ms, phaseMs };
    return null;
  }

  finished(): TimingRecord {
    return {
      status: "finished",
      deadline: null,
      remainingMs: null,
      phaseMs: null,
      pausedReason: null,
    };
  }

  /** Makes `next` current and (re)arms the deadline timer; `onDeadline` runs at most once. */
  apply(next: TimingRecord, onDeadline: () => void): void {
    this.current = next;
    this.disarm();
    if (next.status !== "running" || next.deadline === null) return;
    this.cancel = this.clock.setTimer(next.deadline - this.clock.now(), () => {
      this.cancel = null;
      onDeadline();
    });
  }

  /** Whether the running phase's deadline has passed (timers may fire early or late). */
  isDue(): boolean {
    const { status, deadline } = this.current;
    return status === "running" && deadline !== null && deadline <= this.clock.now();
  }

  disarm(): void {
    this.cancel?.();
    this.cancel = null;
  }

  /** The protocol's timing block for `round`/`phase` of the engine state. */
  timing(round: number, rounds: number, phase: PhaseTiming["phase"]): PhaseTiming {
    const t = this.current;
    return {
      status: t.status,
      round,
      rounds,
      phase: t.status === "lobby" ? "lobby" : phase,
      deadline: t.status === "running" ? t.deadline : null,
      remainingMs: t.status === "paused" ? t.remainingMs : null,
      phaseMs: t.phaseMs,
      pausedReason: t.status === "paused" ? t.pausedReason : null,
    };
  }
}

/**
 * The length of `state`'s phase in ms: the session's override (seconds) or the scenario's,
 * at least 1 s; null for the lobby and the end, which have no deadline.
 */
export function phaseLengthMs(
  state: GameState,
  overrides: Partial<Record<"negotiation" | "orders" | "news", number>> | undefined,
): number | null {
  const phase = state.phase;
  if (phase !== "negotiation" && phase !== "orders" && phase !== "news") return null;
  const seconds = overrides?.[phase] ?? state.scenario.rules.phaseSeconds[phase];
  return Math.max(1, seconds) * 1000;
}
