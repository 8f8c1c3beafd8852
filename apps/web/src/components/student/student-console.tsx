"use client";
/**
 * The student console at /play/[code]: the header (state, round, phase clock, connection,
 * submission) over a three-column dashboard of tabbed panels, or the lobby before the start.
 * Everything comes from the live session; a refresh resumes the seat by its stored token, and
 * a seat change arrives as a new scenario, snapshot and chat history on the same connection.
 */
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useLiveSession } from "~/lib/live-session";
import { seatStorage } from "~/lib/seat-storage";
import layoutStyles from "./console.module.css";
import panelStyles from "./panel.module.css";
import { LiveConsole } from "./live-console";

function Notice({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <main className={layoutStyles.notice}>
      <section className={layoutStyles.noticeCard} aria-labelledby="notice-heading">
        <h1 id="notice-heading">{title}</h1>
        {children}
      </section>
    </main>
  );
}

export function StudentConsole({ joinCode }: { joinCode: string }) {
  const session = useLiveSession({ role: "student", joinCode });
  const router = useRouter();
  const [hasSeat, setHasSeat] = useState<boolean | null>(null);

  useEffect(() => setHasSeat(seatStorage.get(joinCode) !== null), [joinCode]);
  useEffect(() => {
    if (hasSeat === false && !session.joined) router.replace(`/join/${joinCode}`);
  }, [hasSeat, session.joined, joinCode, router]);
  useEffect(() => {
    // Only a ban ends the seat; a seat opened in another browser or an unseating keeps it.
    if (session.kickedCode === "BANNED") seatStorage.clear(joinCode);
  }, [session.kickedCode, joinCode]);

  if (session.kicked) {
    const replaced = session.kickedCode === "REPLACED";
    return (
      <Notice title={replaced ? "Your seat is open in another browser" : "You have left your seat"}>
        <p>{session.kicked.replace(/\.*$/, "")}.</p>
        <p className={panelStyles.muted}>
          If you think this is a mistake, speak to your instructor.
        </p>
      </Notice>
    );
  }
  if (session.accessError && !session.joined) {
    return (
      <Notice title="We could not resume your seat">
        <p>
          {session.accessError.charAt(0).toUpperCase() +
            session.accessError.slice(1).replace(/\.*$/, "")}
          .
        </p>
        <p>
          <Link className={layoutStyles.noticeLink} href={`/join/${joinCode}`}>
            Join session {joinCode} again
          </Link>
        </p>
      </Notice>
    );
  }
  if (!session.joined || !session.snapshot || !session.scenario) {
    return (
      <Notice title="Connecting to your seat…">
        <p role="status" aria-live="polite">
          <span className={layoutStyles.spinner} aria-hidden="true" />
          {session.connection === "reconnecting" || session.connection === "offline"
            ? "The classroom server cannot be reached. Retrying…"
            : "Resuming your place in session " + joinCode + "."}
        </p>
      </Notice>
    );
  }
  return (
    <LiveConsole
      session={session}
      snapshot={session.snapshot}
      scenario={session.scenario}
      joinCode={joinCode}
    />
  );
}
