"use client";
import { Button, VisuallyHidden } from "~/components/ui";
import type { GameSnapshot } from "@threatscape/protocol";
import type { LiveSession } from "~/lib/live-session";
import { AckError } from "./ack-error";
import panelStyles from "./panel.module.css";
import seatStyles from "./seat-list.module.css";
import { useAck } from "./use-ack";

/** The lobby's seats: who sits where, and my pick (students can move until the start). */
export function SeatList({
  snapshot,
  session,
  me,
  canPick,
}: {
  snapshot: GameSnapshot;
  session: LiveSession;
  me: string | null;
  canPick: boolean;
}) {
  const { run, pending, error } = useAck();
  const seats = snapshot.lobby.filter((s) => s.playable);
  const seated = seats.reduce((a, s) => a + s.participants.length, 0);
  return (
    <div>
      <h2 className={panelStyles.panelTitle}>Seats</h2>
      <p className={panelStyles.panelIntro}>
        {seated + snapshot.unseated.length} students joined · {snapshot.unseated.length} waiting for
        a state.{" "}
        {canPick
          ? "Several students can share a state as a team."
          : "Seats are fixed now: ask your instructor to move you."}
      </p>
      <AckError error={error} />
      <ul className={seatStyles.seats} aria-label="Seats">
        {seats.map((seat) => {
          const mine = seat.stateId === me;
          return (
            <li key={seat.stateId} className={seatStyles.seat} data-mine={mine}>
              <div className={panelStyles.cardHead}>
                <h3 className={panelStyles.cardTitle}>{seat.name}</h3>
                {mine ? (
                  <span className={panelStyles.tag} data-tone="accent">
                    Your state
                  </span>
                ) : seat.bot ? (
                  <span className={panelStyles.tag}>Bot</span>
                ) : (
                  <span className={panelStyles.tag}>{seat.stateId}</span>
                )}
              </div>
              {seat.participants.length ? (
                <ul className={seatStyles.people} aria-label={`Students at ${seat.name}`}>
                  {seat.participants.map((p) => (
                    <li key={p.id}>
                      <span
                        className={seatStyles.presence}
                        data-on={p.connected}
                        aria-hidden="true"
                      />
                      <bdi>{p.displayName}</bdi>
                      {!p.connected ? <VisuallyHidden> (offline)</VisuallyHidden> : null}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className={`${panelStyles.muted} ${panelStyles.small} ${panelStyles.flush}`}>
                  Empty seat
                </p>
              )}
              {canPick && !mine ? (
                <div>
                  <Button
                    disabled={pending}
                    aria-label={`${me ? "Switch here" : "Sit here"}: ${seat.name}`}
                    onClick={() => void run(() => session.pickState(seat.stateId))}
                  >
                    {me ? "Switch here" : "Sit here"}
                  </Button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      {canPick && me ? (
        <div className={`${panelStyles.buttonRow} ${panelStyles.spacedTop}`}>
          <Button
            variant="ghost"
            disabled={pending}
            onClick={() => void run(() => session.pickState(null))}
          >
            Leave my seat and let the instructor assign me
          </Button>
        </div>
      ) : null}
    </div>
  );
}
