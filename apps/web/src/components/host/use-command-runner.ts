"use client";
import type { Ack, InstructorCommandInput } from "@threatscape/protocol";
import { useCallback, useState } from "react";

export interface Refusal {
  action: string;
  message: string;
  issues: { path: string; message: string }[];
  at: number;
}

/**
 * Sends instructor commands one label at a time and keeps the server's refusal, so every
 * panel reports failures the same way (the console shows it in one alert).
 */
export function useCommandRunner(
  command: (input: InstructorCommandInput) => Promise<Ack<{ seq: number }>>,
) {
  const [pending, setPending] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const run = useCallback(
    async (action: string, input: InstructorCommandInput): Promise<boolean> => {
      setPending(action);
      try {
        const ack = await command(input);
        if (ack.ok) {
          setRefusal(null);
          return true;
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
  return { run, pending, refusal, report, dismiss: () => setRefusal(null) };
}

export type CommandRunner = ReturnType<typeof useCommandRunner>;
