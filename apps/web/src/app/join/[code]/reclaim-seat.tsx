"use client";
// Back to one's own seat from another browser or device: the join code (in the address)
// and the seat PIN shown in the student's header move the same seat here. The old browser
// is told its seat opened elsewhere; the instructor still sees one row for the student.
import { useState, type FormEvent } from "react";
import type { LiveSession } from "~/lib/live-session";
import styles from "../join.module.css";

export function ReclaimSeat({ joinCode, live }: { joinCode: string; live: LiveSession }) {
  const [pin, setPin] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!/^[A-Za-z0-9]{10}$/.test(pin.replace(/[\s-]/g, ""))) {
      setError("Enter the ten-character seat PIN from your other device's header.");
      return;
    }
    setBusy(true);
    setError(null);
    const ack = await live.reclaim(pin.trim());
    if (ack.ok) {
      // A full page load, not a client navigation: Next's route announcer (role=alert)
      // would keep the console's first heading ("Connecting to your seat…") all game.
      window.location.assign(`/play/${joinCode}`);
      return;
    }
    setBusy(false);
    setError(
      ack.error.code === "RATE_LIMITED"
        ? "Too many wrong PINs from this network. Wait a minute and try again."
        : ack.error.message,
    );
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-labelledby="reclaim-heading">
      <h2 id="reclaim-heading" className={styles.label}>
        Already have a seat on another device?
      </h2>
      <div className={styles.field}>
        <label htmlFor="seat-pin" className={styles.label}>
          Seat PIN
        </label>
        <input
          id="seat-pin"
          className={styles.input}
          value={pin}
          onChange={(e) => setPin(e.target.value.toUpperCase())}
          maxLength={14}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
        />
        <p className={styles.hint}>
          Shown at the top of your seat (or ask your instructor). Your seat moves to this browser.
        </p>
      </div>
      {error ? (
        <p className={styles.error} role="alert">
          {error}
        </p>
      ) : null}
      <div className={styles.actions}>
        <button
          type="submit"
          className={styles.primary}
          disabled={busy || live.connection !== "connected"}
        >
          {busy ? "Moving your seat…" : "Move my seat here"}
        </button>
      </div>
    </form>
  );
}
