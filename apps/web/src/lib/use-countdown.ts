"use client";
import type { PhaseTiming } from "@threatscape/protocol";
import { useEffect, useState } from "react";

/** Milliseconds left in the phase (server clock corrected), ticking; null when no timer runs. */
export function useCountdown(
  timing: PhaseTiming | undefined,
  clockSkewMs: number,
): { remainingMs: number | null; fraction: number | null } {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const interval = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(interval);
  }, []);
  if (!timing) return { remainingMs: null, fraction: null };
  const remainingMs =
    timing.deadline !== null
      ? Math.max(0, timing.deadline - (now + clockSkewMs))
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
