"use client";
import type { GameSnapshot } from "@threatscape/protocol";
import type { ReactNode } from "react";
import type { Connection } from "~/lib/live-session";
import { formatClock, useCountdown } from "~/lib/use-countdown";
import styles from "./console-header.module.css";
import { roundLabel } from "~/lib/round-label";
import { ProgressBar } from "~/components/ui";

const CONNECTION: Record<Connection, { label: string; tone: "ok" | "warn" | "bad" }> = {
  connected: { label: "Connected", tone: "ok" },
  connecting: { label: "Connecting…", tone: "warn" },
  reconnecting: { label: "Reconnecting…", tone: "warn" },
  offline: { label: "Offline", tone: "bad" },
};

export function ConsoleHeader({
  snapshot,
  clockOffsetMs,
  connection,
  stateId,
  stateName,
  displayName,
  seatPin = null,
  submitted,
  sound,
  children,
}: {
  snapshot: GameSnapshot;
  clockOffsetMs: number;
  connection: Connection;
  stateId: string | null;
  stateName: string | null;
  displayName: string;
  /** Shown so the student can take the seat to another device (join page, "seat PIN"). */
  seatPin?: string | null;
  /** The orders chip: only while orders are due (`ordersChip`); null hides it. */
  submitted: boolean | null;
  /** The alert sound toggle (absent in the lobby). */
  sound?: { on: boolean; toggle: () => void };
  /** The alerts (toasts), shown across the header's full width while they last. */
  children?: ReactNode;
}) {
  const { timing } = snapshot;
  const { remainingMs, fraction } = useCountdown(timing, clockOffsetMs);
  const paused = timing.status === "paused";
  const timed = timing.status === "running" || paused;
  const urgent = timed && !paused && remainingMs !== null && remainingMs < 30_000;
  const label = roundLabel(timing);
  const phase = label.phase;
  const conn = CONNECTION[connection];

  return (
    <header className={styles.header}>
      <div className={styles.identity}>
        <span className={styles.stateBadge} aria-hidden="true">
          {stateId ?? "—"}
        </span>
        <div className={styles.identityText}>
          <h1 className={styles.stateName}>{stateName ?? "No state yet"}</h1>
          <p className={styles.sessionLine}>
            <bdi>{displayName}</bdi> · <bdi>{snapshot.title}</bdi> · code {snapshot.joinCode}
            {seatPin ? (
              <span
                className={styles.seatPin}
                title="With the join code, this brings your seat to another browser or device"
              >
                {" "}
                · seat PIN <strong>{`${seatPin.slice(0, 5)} ${seatPin.slice(5)}`}</strong>
              </span>
            ) : null}
          </p>
        </div>
      </div>

      <div className={styles.clock} role="group" aria-label="Round and time left">
        {timing.status === "lobby" ? (
          <>
            <span className={styles.roundLabel}>{timing.rounds} rounds</span>
            <span className={styles.phaseLabel}>Lobby: waiting for the instructor to start</span>
          </>
        ) : (
          <>
            <span className={styles.roundLabel}>{label.round}</span>
            <span className={styles.phaseLabel}>{paused ? `${phase} · paused` : phase}</span>
            {timed ? (
              <span
                className={styles.countdown}
                data-urgent={urgent}
                role="timer"
                aria-label={`Time left in the ${phase.toLowerCase()} phase: ${formatClock(remainingMs)}`}
              >
                {formatClock(remainingMs)}
              </span>
            ) : (
              <span />
            )}
            {timed && fraction !== null ? (
              <ProgressBar
                className={styles.progress}
                value={fraction}
                label="Time left in this phase"
                tone={urgent ? "bad" : undefined}
              />
            ) : null}
          </>
        )}
      </div>

      <div className={styles.status}>
        {submitted !== null ? (
          <span className={styles.statusChip} data-tone={submitted ? "ok" : "warn"} role="status">
            <span className={styles.dot} aria-hidden="true" />
            {submitted ? "Orders submitted" : "Orders not yet submitted"}
          </span>
        ) : null}
        {sound ? (
          <button
            type="button"
            className={styles.soundToggle}
            aria-pressed={sound.on}
            onClick={sound.toggle}
            title="A short beep for a new phase, a crisis or a resolved round"
          >
            {sound.on ? "Sound on" : "Sound off"}
          </button>
        ) : null}
        <span className={styles.statusChip} data-tone={conn.tone} role="status" aria-live="polite">
          <span className={styles.dot} aria-hidden="true" />
          {conn.label}
        </span>
      </div>
      {children}
    </header>
  );
}
