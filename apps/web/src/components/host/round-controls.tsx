"use client";
// The console's control strip: where the game is, how long is left, and the buttons that
// move it (pause, resume, extend, end the phase, end the game).
import type { PhaseKey, PhaseTiming } from "@threatscape/protocol";
import { formatClock, useCountdown } from "~/lib/use-countdown";
import { Button, ConfirmButton, Pill, ProgressBar } from "~/components/ui";
import { roundLabel } from "~/lib/round-label";
import { PHASE_HINTS, timerTone } from "./format";
import type { CommandRunner } from "./use-command-runner";
import styles from "./round-controls.module.css";

export function RoundControls({
  timing,
  clockOffsetMs,
  runner,
}: {
  timing: PhaseTiming;
  clockOffsetMs: number;
  runner: CommandRunner;
}) {
  const { remainingMs, fraction } = useCountdown(timing, clockOffsetMs);
  const { run, pending } = runner;
  const busy = pending !== null;
  const live = timing.status === "running" || timing.status === "paused";
  const tone = timerTone(remainingMs, timing.phaseMs, timing.status);
  const hasTimer = timing.deadline !== null || timing.remainingMs !== null;
  // Timing commands name the phase this console shows: if the game has moved on meanwhile
  // (another tab, the clock), the server refuses them as stale instead of acting twice.
  const against: PhaseKey = { round: timing.round, phase: timing.phase };
  const label = roundLabel(timing);

  return (
    <section className={styles.controlStrip} aria-label="Round controls">
      <div className={styles.where}>
        <span className={styles.round}>{label.round}</span>
        <span className={styles.phase}>
          {label.phase}
          {timing.status === "paused" && <Pill tone="warn">Paused</Pill>}
        </span>
        <span className={styles.phaseHint}>
          {timing.status === "paused" && timing.pausedReason
            ? timing.pausedReason
            : PHASE_HINTS[timing.status === "finished" ? "ended" : timing.phase]}
        </span>
      </div>

      {live && (
        <div className={styles.timer}>
          <span
            className={styles.clock}
            data-tone={tone}
            role="timer"
            aria-label={`Time left in the ${label.phase.toLowerCase()} phase`}
          >
            {hasTimer ? formatClock(remainingMs) : "--:--"}
          </span>
          <ProgressBar
            value={fraction ?? 0}
            label="Phase time left"
            valueText={hasTimer ? `${formatClock(remainingMs)} left` : "no timer"}
            {...(tone ? { tone } : {})}
          />
        </div>
      )}

      {live && (
        <div className={styles.controlButtons}>
          {timing.status === "running" ? (
            <Button
              onClick={() => void run("Pause", { command: "pause", against })}
              disabled={busy}
            >
              Pause
            </Button>
          ) : (
            <Button
              variant="primary"
              onClick={() => void run("Resume", { command: "resume", against })}
              disabled={busy}
            >
              Resume
            </Button>
          )}
          <div className={styles.buttonGroup} role="group" aria-label="Extend the phase">
            <Button
              size="small"
              aria-label="+1 min (extend by 1 minute)"
              onClick={() =>
                void run("Extend by 1 minute", { command: "extend", seconds: 60, against })
              }
              disabled={busy || !hasTimer}
            >
              +1 min
            </Button>
            <Button
              size="small"
              aria-label="+5 min (extend by 5 minutes)"
              onClick={() =>
                void run("Extend by 5 minutes", { command: "extend", seconds: 300, against })
              }
              disabled={busy || !hasTimer}
            >
              +5 min
            </Button>
          </div>
          <Button
            variant="primary"
            onClick={() => void run("End phase now", { command: "advance", against })}
            disabled={busy || timing.status !== "running"}
            title={timing.status !== "running" ? "Resume the game first" : undefined}
          >
            End phase now
          </Button>
          <ConfirmButton
            variant="danger"
            disabled={busy}
            title="End the game for everyone?"
            description="Students can no longer act or negotiate, and the debrief is computed from the rounds played so far. This cannot be undone."
            confirmLabel="End the game"
            onConfirm={() => run("End game", { command: "end", against }).then(() => undefined)}
          >
            End game
          </ConfirmButton>
        </div>
      )}
    </section>
  );
}
