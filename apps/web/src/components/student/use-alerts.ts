"use client";
/**
 * The console's alerts: compares each snapshot with the one before (alertsBetween), keeps the
 * toasts on screen for a while, the latest line for the aria-live region, a count of news not
 * yet seen (the News badge) and an optional beep. The sound is off by default; turning it on
 * is a click, which is also what lets the browser start Web Audio.
 */
import type { GameSnapshot } from "@threatscape/protocol";
import { useCallback, useEffect, useRef, useState } from "react";
import { alertsBetween, type AlertFrame, type ConsoleAlert } from "./round-status";

/** How long a toast stays (ms); the aria-live line is cleared with it, so nothing goes stale. */
export const TOAST_MS = 10_000;
const SOUND_KEY = "threatscape:alert-sound";

export function frameOf(snapshot: GameSnapshot): AlertFrame {
  const { timing, view } = snapshot;
  return {
    status: timing.status,
    round: timing.round,
    rounds: timing.rounds,
    phase: timing.phase,
    news: view.news ?? [],
  };
}

/** A short two-tone beep (Web Audio, no audio file). */
function beep(context: AudioContext, urgent: boolean) {
  const now = context.currentTime;
  const gain = context.createGain();
  gain.connect(context.destination);
  gain.gain.setValueAtTime(0.0001, now);
  gain.gain.exponentialRampToValueAtTime(0.2, now + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, now + 0.35);
  const tones = urgent ? [880, 660] : [660];
  tones.forEach((hz, i) => {
    const osc = context.createOscillator();
    osc.frequency.value = hz;
    osc.connect(gain);
    osc.start(now + i * 0.16);
    osc.stop(now + i * 0.16 + 0.15);
  });
}

export type Toast = ConsoleAlert & { at: number };

export function useAlerts(snapshot: GameSnapshot, newsSeen: boolean) {
  const previous = useRef<AlertFrame | null>(null);
  const raised = useRef(new Set<string>());
  const [toasts, setToasts] = useState<Toast[]>([]);
  const [soundOn, setSoundOn] = useState(false);
  const audio = useRef<AudioContext | null>(null);
  const newsCount = snapshot.view.news?.length ?? 0;
  const [seenNews, setSeenNews] = useState(newsCount);

  useEffect(() => {
    try {
      setSoundOn(window.localStorage.getItem(SOUND_KEY) === "on");
    } catch {
      // Storage refused (private mode): the sound stays off.
    }
  }, []);

  useEffect(() => {
    const frame = frameOf(snapshot);
    const fresh = alertsBetween(previous.current, frame).filter((a) => !raised.current.has(a.key));
    previous.current = frame;
    if (!fresh.length) return;
    for (const a of fresh) raised.current.add(a.key);
    const at = Date.now();
    setToasts((old) => [...old, ...fresh.map((a) => ({ ...a, at }))].slice(-3));
    if (audio.current && audio.current.state !== "closed")
      beep(
        audio.current,
        fresh.some((a) => a.kind === "crisis"),
      );
  }, [snapshot]);

  useEffect(() => {
    if (!toasts.length) return;
    const oldest = Math.min(...toasts.map((t) => t.at));
    const timer = window.setTimeout(
      () => setToasts((old) => old.filter((t) => Date.now() - t.at < TOAST_MS)),
      Math.max(0, oldest + TOAST_MS - Date.now()) + 50,
    );
    return () => window.clearTimeout(timer);
  }, [toasts]);

  // The News tab open on screen marks every item read.
  useEffect(() => {
    if (newsSeen) setSeenNews(newsCount);
  }, [newsSeen, newsCount]);

  const toggleSound = useCallback(() => {
    setSoundOn((on) => {
      const next = !on;
      try {
        window.localStorage.setItem(SOUND_KEY, next ? "on" : "off");
      } catch {
        // Not remembered; still applies to this page.
      }
      return next;
    });
  }, []);

  // The AudioContext is made (or resumed) only with the sound on, inside the click that
  // turned it on when possible; a reload with the sound on resumes it on the next click.
  useEffect(() => {
    if (!soundOn) {
      void audio.current?.close();
      audio.current = null;
      return;
    }
    const Ctor = window.AudioContext;
    if (!Ctor) return;
    const context = new Ctor();
    audio.current = context;
    const resume = () => void context.resume();
    window.addEventListener("pointerdown", resume, { once: true });
    return () => window.removeEventListener("pointerdown", resume);
  }, [soundOn]);

  return {
    toasts,
    dismiss: (key: string) => setToasts((old) => old.filter((t) => t.key !== key)),
    /** The newest alert, for the aria-live region (cleared when its toast goes). */
    announcement: toasts.length ? (toasts[toasts.length - 1]?.text ?? "") : "",
    unseenNews: Math.max(0, newsCount - seenNews),
    soundOn,
    toggleSound,
  };
}
