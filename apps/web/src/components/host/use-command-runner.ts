"use client";
import type { Ack, InstructorCommandInput } from "@threatscape/protocol";
import { isStale } from "@threatscape/protocol/browser";
import { useCallback, useEffect, useState } from "react";

export interface Refusal {
  action: string;
  message: string;
  issues: { path: string; message: string }[];
  at: number;
}

/** How long a "the game had moved on" notice stays: it reports, it does not ask for anything. */
export const STALE_NOTICE_MS = 5_000;

export const STALE_NOTICE = "The game had already moved on; nothing was changed.";

/**
 * Sends instructor commands one label at a time and keeps the server's refusal, so every
 * panel reports failures the same way (the console shows it in one alert). A timing command
 * refused as STALE (another tab, or the clock, moved the phase first) is not an error: it is
 * shown briefly as a notice.
 */
export function useCommandRunner(
  command: (input: InstructorCommandInput) => Promise<Ack<unknown>>,
) {
  const [pending, setPending] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [notice, setNotice] = useState<{ action: string; at: number } | null>(null);
  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => setNotice(null), STALE_NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [notice]);
  const run = useCallback(
    async (action: string, input: InstructorCommandInput): Promise<boolean> => {
      setPending(action);
      try {
        const ack = await command(input);
        if (ack.ok) {
          setRefusal(null);
          return true;
        }
        if (isStale(ack)) {
          setRefusal(null);
          setNotice({ action, at: Date.now() });
          return false;
        }
        setRefusal({
          action,
          message: ack.error.message,
          issues: ack.error.issues ?? [],
          at: Date.now(),
        });
        return false;
      } finally {
        setPending(null);
      }
    },
    [command],
  );
  const report = useCallback((action: string, message: string) => {
    setRefusal({ action, message, issues: [], at: Date.now() });
  }, []);
  return {
    run,
    pending,
    refusal,
    /** The last command that came too late (STALE), while its notice is shown. */
    notice,
    report,
    dismiss: () => setRefusal(null),
    /** Sends a command whose answer is data to show (e.g. a seat PIN), not a state change. */
    ask: command,
  };
}

export type CommandRunner = ReturnType<typeof useCommandRunner>;
