"use client";
import type { Ack, AckError } from "@threatscape/protocol";
import { useCallback, useState } from "react";

/** The server's refusal in words: its message, and each bad field for schema errors. */
export function ackMessage(error: AckError): string {
  const issues = error.issues?.map((i) => `${i.path ? `${i.path}: ` : ""}${i.message}`).join("; ");
  const text = issues ? `${error.message} (${issues})` : error.message;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Runs one request and keeps its refusal next to the control that sent it, so every
 * server "no" is shown where the student acted.
 */
export function useAck() {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const run = useCallback(async <T>(request: () => Promise<Ack<T>>): Promise<Ack<T>> => {
    setPending(true);
    setError(null);
    const ack = await request();
    setPending(false);
    if (!ack.ok) setError(ackMessage(ack.error));
    return ack;
  }, []);
  const clear = useCallback(() => setError(null), []);
  return { run, pending, error, clear };
}
