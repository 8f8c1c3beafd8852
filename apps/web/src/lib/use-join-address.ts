"use client";
// The address students are invited to, for the invite panel and the projector. The server
// decides (apps/server/src/http/join-address.ts): an instructor who opened localhost gets the
// server's LAN address or PUBLIC_URL, never a link a phone cannot reach. The instructor's own
// pick among the candidates is kept in this browser, so the projector tab follows it.
import { useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";
import { useTRPC } from "./trpc";

const pickKey = "threatscape:join-origin";

export interface JoinAddressState {
  /** Origin for join links and QR codes; null until known (never show a guess to scan). */
  origin: string | null;
  /** Host and port as students type it: "192.168.1.20:3000". */
  host: string | null;
  candidates: string[];
  warning: string | null;
  choose: (origin: string) => void;
}

export function joinUrl(origin: string, joinCode: string): string {
  return `${origin}/join/${joinCode}`;
}

function readPick(): string | null {
  try {
    return window.localStorage.getItem(pickKey);
  } catch {
    return null;
  }
}

/** The join address for this browser (client components only). */
export function useJoinAddress(): JoinAddressState {
  const trpc = useTRPC();
  const [browserOrigin, setBrowserOrigin] = useState<string | null>(null);
  const [pick, setPick] = useState<string | null>(null);
  useEffect(() => {
    setBrowserOrigin(window.location.origin);
    setPick(readPick());
    // Another tab (the console) changed the pick: the projector follows.
    const onStorage = (event: StorageEvent) => {
      if (event.key === pickKey) setPick(event.newValue);
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, []);
  const query = useQuery({
    ...trpc.joinAddress.queryOptions({ browserOrigin: browserOrigin ?? "http://localhost" }),
    enabled: browserOrigin !== null,
    staleTime: 60_000,
  });
  const choose = useCallback((origin: string) => {
    setPick(origin);
    try {
      window.localStorage.setItem(pickKey, origin);
    } catch {
      // Storage refused: the pick lasts until the page closes.
    }
  }, []);

  if (query.isError && browserOrigin) {
    return {
      origin: browserOrigin,
      host: new URL(browserOrigin).host,
      candidates: [browserOrigin],
      warning:
        "Could not ask the server for its network address: this link may not reach students.",
      choose,
    };
  }
  const data = query.data;
  if (!data) return { origin: null, host: null, candidates: [], warning: null, choose };
  const origin = pick && data.candidates.includes(pick) ? pick : data.origin;
  return {
    origin,
    host: new URL(origin).host,
    candidates: data.candidates,
    warning: data.warning,
    choose,
  };
}
