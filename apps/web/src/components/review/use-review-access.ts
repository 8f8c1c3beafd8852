"use client";
// Who may open a review page: the instructor's browser already holds the secrets
// (hostStorage); course staff arrive by a link with ?key=, which is moved to sessionStorage
// at once and stripped from the address bar so it is not shared by a copied URL or a
// screenshot; anyone else is asked for the secret.
import { useCallback, useEffect, useState } from "react";
import { hostStorage } from "~/lib/seat-storage";

const sessionKey = (gameId: string) => `threatscape:review:${gameId}`;

export type AccessSource = "instructor" | "link" | "entered";

export interface ReviewAccess {
  /** null while reading storage on the first render (server render has no storage). */
  ready: boolean;
  secret: string | null;
  source: AccessSource | null;
  /** The staff secret, when this browser knows it (only the instructor's does). */
  staffSecret: string | null;
  setSecret: (secret: string) => void;
  forget: () => void;
}

function readSession(gameId: string): string | null {
  try {
    return window.sessionStorage.getItem(sessionKey(gameId));
  } catch {
    return null;
  }
}

function writeSession(gameId: string, secret: string | null): void {
  try {
    if (secret === null) window.sessionStorage.removeItem(sessionKey(gameId));
    else window.sessionStorage.setItem(sessionKey(gameId), secret);
  } catch {
    // No storage (private mode): the secret lives in memory until the tab closes.
  }
}

export function useReviewAccess(gameId: string): ReviewAccess {
  const [state, setState] = useState<{
    ready: boolean;
    secret: string | null;
    source: AccessSource | null;
    staffSecret: string | null;
  }>({ ready: false, secret: null, source: null, staffSecret: null });

  useEffect(() => {
    const url = new URL(window.location.href);
    const fromLink = url.searchParams.get("key");
    if (fromLink) {
      writeSession(gameId, fromLink);
      url.searchParams.delete("key");
      window.history.replaceState(
        window.history.state,
        "",
        `${url.pathname}${url.search}${url.hash}`,
      );
    }
    const host = hostStorage.get(gameId);
    const stored = fromLink ?? readSession(gameId);
    // Read once after mount: storage does not exist during the server render.
    setState(
      stored
        ? {
            ready: true,
            secret: stored,
            source: fromLink ? "link" : "entered",
            staffSecret: host?.staffSecret ?? null,
          }
        : host
          ? {
              ready: true,
              secret: host.instructorSecret,
              source: "instructor",
              staffSecret: host.staffSecret ?? null,
            }
          : { ready: true, secret: null, source: null, staffSecret: null },
    );
  }, [gameId]);

  const setSecret = useCallback(
    (secret: string) => {
      writeSession(gameId, secret);
      setState((s) => ({ ...s, ready: true, secret, source: "entered" }));
    },
    [gameId],
  );
  const forget = useCallback(() => {
    writeSession(gameId, null);
    setState((s) => ({ ...s, secret: null, source: null }));
  }, [gameId]);

  return { ...state, setSecret, forget };
}
