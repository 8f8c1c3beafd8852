"use client";
import type { PhaseTiming } from "@threatscape/protocol";
import { useEffect, useState } from "react";
import { steadyNow } from "./snapshot-feed";

/**
 * Milliseconds left in the phase, ticking; null when no timer runs. The deadline is in server
 * time, so remaining = deadline − (steady now + offset), with `clockOffsetMs` (server − steady)
 * as measured on the latest snapshot or delta. The steady clock (`steadyNow`) is not moved when
 * the laptop's clock is set, so the countdown never follows `Date.now()`; after a sleep the live
 * session notices the jump and asks for a snapshot to measure the offset again.
 */
export function useCountdown(
  timing: PhaseTiming | undefined,
  clockOffsetMs: number,
): { remainingMs: number | null; fraction: number | null } {
  const [now, setNow] = useState(steadyNow);
  useEffect(() => {
    const interval = setInterval(() => setNow(steadyNow()), 250);
    return () => clearInterval(interval);
  }, []);
  if (!timing) return { remainingMs: null, fraction: null };
  const remainingMs =
    timing.deadline !== null
      ? Math.max(0, timing.deadline - (now + clockOffsetMs))
      : timing.remainingMs;
  const fraction =
    remainingMs !== null && timing.phaseMs
      ? Math.min(1, Math.max(0, remainingMs / timing.phaseMs))
      : null;
  return { remainingMs, fraction };
}

export function formatClock(ms: number | null): string {
  if (ms === null) return "--:--";
  const total = Math.ceil(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
}
