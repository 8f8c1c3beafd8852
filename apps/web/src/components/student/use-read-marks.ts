"use client";
import { useCallback, useEffect, useState } from "react";

/** Last-read time per channel, kept per seat in local storage so unread counts survive a refresh. */
export function useReadMarks(key: string | null) {
  const storageKey = key ? `threatscape:read:${key}` : null;
  const [marks, setMarks] = useState<Record<string, number>>({});
  useEffect(() => {
    if (!storageKey) return;
    try {
      const raw = window.localStorage.getItem(storageKey);
      if (raw) setMarks(JSON.parse(raw) as Record<string, number>);
    } catch {
      // Unreadable storage: start with everything unread.
    }
  }, [storageKey]);
  const markRead = useCallback(
    (channel: string, at: number) => {
      setMarks((prev) => {
        if ((prev[channel] ?? 0) >= at) return prev;
        const next = { ...prev, [channel]: at };
        if (storageKey) {
          try {
            window.localStorage.setItem(storageKey, JSON.stringify(next));
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
