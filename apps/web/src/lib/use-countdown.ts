"use client";
import type { PhaseTiming } from "@threatscape/protocol";
import { useEffect, useState } from "react";

/**
 * Milliseconds left in the phase, ticking; null when no timer runs. The deadline is in server
 * time, so remaining = deadline − (local now + offset), with `clockOffsetMs` (server − local)
 * as measured on the latest snapshot or delta: a laptop clock set while the page is open is
 * corrected by the next server message (the live session asks for one when it sees the jump).
 */
export function useCountdown(
  timing: PhaseTiming | undefined,
  clockOffsetMs: number,
): { remainingMs: number | null; fraction: number | null } {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const interval = setInterval(() => setNow(Date.now()), 250);
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
