"use client";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useState, type FormEvent } from "react";
import { useLiveSession } from "~/lib/live-session";
import { seatStorage } from "~/lib/seat-storage";
import { useTRPC } from "~/lib/trpc";
import { codeProblem } from "../join-code";
import styles from "../join.module.css";
import { ReclaimSeat } from "./reclaim-seat";

const STATUS: Record<string, { label: string; tone: "ok" | "warn" | undefined }> = {
  lobby: { label: "Open: waiting to start", tone: "ok" },
  running: { label: "In progress", tone: "warn" },
  paused: { label: "Paused", tone: "warn" },
  finished: { label: "Finished", tone: undefined },
};

/** Why the lookup failed, in words a student can act on. */
function lookupMessage(error: unknown): string {
  const code = (error as { data?: { code?: string } } | null)?.data?.code;
  if (code === "NOT_FOUND")
    return "No session has this code. Check the code on the screen and try again.";
  if (code === "TOO_MANY_REQUESTS")
    return "Too many attempts from this network. Wait a minute, then reload the page.";
  if (code === "BAD_REQUEST") return "That is not a valid join code.";
  return "The classroom server could not be reached. Check your connection and reload the page.";
}

export function JoinSession({ joinCode }: { joinCode: string }) {
  const problem = codeProblem(joinCode);
  const trpc = useTRPC();
  const lookup = useQuery({
    ...trpc.sessions.lookup.queryOptions({ joinCode }),
    enabled: problem === null,
    retry: false,
  });
  const live = useLiveSession({ role: "student", joinCode });
  const [name, setName] = useState("");
  const [stateId, setStateId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // A browser that already holds a seat for this code goes straight back to it.
  useEffect(() => {
    if (seatStorage.get(joinCode)) window.location.replace(`/play/${joinCode}`);
    else {
      const last = window.localStorage.getItem("threatscape:name");
      if (last) setName(last);
    }
  }, [joinCode]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError("Enter the name your classmates and instructor will see.");
      return;
    }
    setBusy(true);
    setError(null);
    const ack = await live.join(name.trim(), stateId || undefined);
    if (ack.ok) {
      try {
        window.localStorage.setItem("threatscape:name", name.trim());
      } catch {
        // Storage full or blocked: only the name suggestion is lost.
      }
      // A full page load, not a client navigation: Next's route announcer (role=alert)
      // would keep the console's first heading ("Connecting to your seat…") all game.
      window.location.assign(`/play/${joinCode}`);
      return;
    }
    setBusy(false);
    setError(
      ack.error.code === "RATE_LIMITED"
        ? "Too many join attempts from this network. Wait a minute and try again."
        : ack.error.code === "CONFLICT"
          ? `You cannot join: ${ack.error.message}.`
          : ack.error.message,
    );
  };

  const heading = (
    <Link href="/" className={styles.brand}>
      THREATSCAPE
    </Link>
  );

  if (problem) {
    return (
      <section className={`${styles.card} ${styles.narrow}`} aria-labelledby="join-heading">
        {heading}
        <h1 id="join-heading" className={styles.title}>
          That code does not look right
        </h1>
        <p className={styles.error} role="alert" style={{ marginTop: 16 }}>
          {problem}
        </p>
        <p className={styles.notice}>
          <Link href="/join" className={styles.link}>
            Enter the code again
          </Link>
        </p>
      </section>
    );
  }

  if (lookup.isError) {
    return (
      <section className={`${styles.card} ${styles.narrow}`} aria-labelledby="join-heading">
        {heading}
        <h1 id="join-heading" className={styles.title}>
          Cannot join {joinCode}
        </h1>
        <p className={styles.error} role="alert" style={{ marginTop: 16 }}>
          {lookupMessage(lookup.error)}
        </p>
        <p className={styles.notice}>
          <Link href="/join" className={styles.link}>
            Enter a different code
          </Link>
        </p>
      </section>
    );
  }

  const session = lookup.data;
  if (!session) {
    return (
      <section className={styles.card} aria-labelledby="join-heading" aria-busy="true">
        {heading}
        <h1 id="join-heading" className={styles.title}>
          Looking up session {joinCode}…
        </h1>
        <div className={styles.skeleton} style={{ width: "60%" }} />
        <div className={styles.skeleton} style={{ width: "85%" }} />
        <div className={styles.skeleton} style={{ width: "40%" }} />
      </section>
    );
  }

  const status = STATUS[session.status] ?? { label: session.status, tone: undefined };
  const playable = session.states.filter((s) => s.playable);
  const students = session.states.reduce((a, s) => a + s.students, 0);

  return (
    <section className={styles.card} aria-labelledby="join-heading">
      {heading}
      <h1 id="join-heading" className={styles.title}>
        {session.title}
      </h1>
      <p className={styles.subtitle}>
        {session.scenarioName} · {session.scenarioYear}
      </p>
      <ul className={styles.meta} aria-label="Session details">
        <li className={styles.pill} data-tone={status.tone}>
          {status.label}
        </li>
        <li className={styles.pill}>Code {joinCode}</li>
        <li className={styles.pill}>
          {students} {students === 1 ? "student" : "students"} seated
        </li>
      </ul>

      {session.status === "finished" ? (
        <p className={styles.notice} role="status">
          This session has ended, so no one can join it any more. Ask your instructor for the code
          of the current session.
        </p>
      ) : (
        <form className={styles.form} onSubmit={submit} noValidate>
          <div className={styles.field}>
            <label htmlFor="display-name" className={styles.label}>
              Your name
            </label>
            <input
              id="display-name"
              className={styles.input}
              value={name}
              onChange={(e) => setName(e.target.value)}
              maxLength={40}
              autoComplete="nickname"
              required
            />
            <p className={styles.hint}>Shown to your classmates and the instructor.</p>
          </div>
          {session.status !== "lobby" ? (
            <p className={styles.hint}>
              The game has started: you join as an observer, and the instructor gives you a state.
            </p>
          ) : (
            <fieldset className={styles.fieldset}>
              <legend>Your state</legend>
              <p className={styles.hint}>
                {session.status === "lobby"
                  ? "Pick the state you want to run. Several students can share one state as a team; you can change until the game starts."
                  : "The game has started: pick a state to take over, or let the instructor place you."}
              </p>
              <div className={styles.states}>
                {playable.map((s) => (
                  <label key={s.stateId} className={styles.option}>
                    <input
                      type="radio"
                      name="state"
                      value={s.stateId}
                      checked={stateId === s.stateId}
                      onChange={() => setStateId(s.stateId)}
                    />
                    <span className={styles.optionText}>
                      <span className={styles.optionName}>{s.name}</span>
                      <span className={styles.optionMeta}>
                        {s.students === 0
                          ? "nobody yet"
                          : `${s.students} ${s.students === 1 ? "student" : "students"}`}
                      </span>
                    </span>
                    <span className={styles.code} aria-hidden="true">
                      {s.stateId}
                    </span>
                  </label>
                ))}
                <label className={`${styles.option} ${styles.assign}`}>
                  <input
                    type="radio"
                    name="state"
                    value=""
                    checked={stateId === ""}
                    onChange={() => setStateId("")}
                  />
                  <span className={styles.optionText}>
                    <span className={styles.optionName}>Let the instructor assign me</span>
                    <span className={styles.optionMeta}>
                      You will get a state before the game starts.
                    </span>
                  </span>
                </label>
              </div>
            </fieldset>
          )}
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
              {busy ? "Joining…" : "Join session"}
            </button>
            {live.connection !== "connected" ? (
              <span className={styles.hint} role="status">
                Connecting to the classroom server…
              </span>
            ) : null}
          </div>
        </form>
      )}
      {session.status !== "finished" ? <ReclaimSeat joinCode={joinCode} live={live} /> : null}
    </section>
  );
}
