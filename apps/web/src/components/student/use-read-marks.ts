"use client";
import { useCallback, useEffect, useState } from "react";

type Marks = Record<string, number>;

const merge = (a: Marks, b: Marks): Marks => {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = Math.max(out[k] ?? 0, v);
  return out;
};

function load(storageKey: string): Marks {
  try {
    const raw = window.localStorage.getItem(storageKey);
    return raw ? (JSON.parse(raw) as Marks) : {};
  } catch {
    return {};
  }
}

/**
 * Last-read time per channel, kept per seat in local storage so unread counts survive a
 * refresh. Reads and writes merge (max per channel): a panel may mark a channel read before
 * the stored marks are loaded, and that must not wipe them.
 */
export function useReadMarks(key: string | null) {
  const storageKey = key ? `threatscape:read:${key}` : null;
  const [marks, setMarks] = useState<Marks>({});
  useEffect(() => {
    if (storageKey) setMarks((prev) => merge(prev, load(storageKey)));
  }, [storageKey]);
  const markRead = useCallback(
    (channel: string, at: number) => {
      setMarks((prev) => {
        if ((prev[channel] ?? 0) >= at) return prev;
        const next = { ...prev, [channel]: at };
        if (storageKey) {
          try {
            window.localStorage.setItem(storageKey, JSON.stringify(merge(load(storageKey), next)));
          } catch {
            // Storage full: counts still work for this tab.
          }
        }
        return next;
      });
    },
    [storageKey],
  );
  return { marks, markRead };
}
