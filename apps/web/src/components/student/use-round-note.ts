"use client";
import { useCallback, useState } from "react";

/**
 * A confirmation line ("Proposal sent", "Recorded: no change") that belongs to the round it
 * was written in: once the round number moves on it reads as null, so no status carries over.
 */
export function useRoundNote<T = string>(round: number): [T | null, (note: T | null) => void] {
  const [note, setNote] = useState<{ round: number; value: T } | null>(null);
  const set = useCallback(
    (value: T | null) => setNote(value === null ? null : { round, value }),
    [round],
  );
  return [note && note.round === round ? note.value : null, set];
}
