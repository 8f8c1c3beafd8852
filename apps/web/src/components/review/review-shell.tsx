"use client";
// Frame of every review page: access (secret from the instructor's browser, a staff link or
// a form), the game's title and status, and navigation between debrief, replay and students.
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type FormEvent, type ReactNode } from "react";
import { useTRPC } from "~/lib/trpc";
import type { DebriefData } from "./types";
import { useReviewAccess, type ReviewAccess } from "./use-review-access";
import { buttonClass } from "~/components/ui";
import styles from "./review.module.css";

export type ReviewPage = "debrief" | "replay" | "students";

export interface ReviewContext {
  gameId: string;
  secret: string;
  access: ReviewAccess;
  debrief: DebriefData;
}

const LIVE_REFRESH_MS = 5_000;

/** The debrief query, refetched every 5 s while the game is live (shared cache across pages). */
export function useDebrief(gameId: string, secret: string | null) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.review.debrief.queryOptions({ gameId, secret: secret ?? "" }),
    enabled: secret !== null,
    refetchInterval: (query) => (query.state.data?.status === "live" ? LIVE_REFRESH_MS : false),
    retry: false,
  });
}

function isUnauthorised(error: unknown): boolean {
  const code = (error as { data?: { code?: string } } | null)?.data?.code;
  return code === "UNAUTHORIZED" || code === "NOT_FOUND";
}

export function ReviewShell({
  gameId,
  page,
  heading,
  children,
}: {
  gameId: string;
  page: ReviewPage;
  /** Page heading under the game title. */
  heading: string;
  children: (context: ReviewContext) => ReactNode;
}) {
  const access = useReviewAccess(gameId);
  const debrief = useDebrief(gameId, access.secret);

  if (!access.ready) return <main className={styles.page} aria-busy="true" />;
  if (!access.secret || (debrief.isError && isUnauthorised(debrief.error)))
    return (
      <main className={styles.page}>
        <SecretForm
          gameId={gameId}
          rejected={access.secret !== null}
          onSubmit={(secret) => access.setSecret(secret)}
        />
      </main>
    );

  const data = debrief.data;
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <div className={styles.headerTitle}>
          <p className={styles.eyebrow}>
            {data
              ? `${data.scenario.name} · ${page === "debrief" ? "Debrief" : page === "replay" ? "Replay" : "Grading"}`
              : "Review"}
          </p>
          <h1 className={styles.title}>{data?.title ?? "Loading the game…"}</h1>
          {data ? (
            <p className={styles.status}>
              <span
                className={styles.statusDot}
                data-live={data.status === "live"}
                aria-hidden="true"
              />
              {data.status === "live"
                ? `Live: round ${data.round}, ${data.phase} phase (updates every 5 seconds)`
                : `Finished after ${data.report.rounds.length} scored round${data.report.rounds.length === 1 ? "" : "s"}`}
            </p>
          ) : null}
        </div>
        <div className={styles.headerSide}>
          <nav aria-label="Review pages" className={styles.tabs}>
            <Link href={`/review/${gameId}`} aria-current={page === "debrief" ? "page" : undefined}>
              Debrief
            </Link>
            <Link
              href={`/review/${gameId}/replay`}
              aria-current={page === "replay" ? "page" : undefined}
            >
              Replay
            </Link>
            <Link
              href={`/review/${gameId}/students`}
              aria-current={page === "students" ? "page" : undefined}
            >
              Students &amp; grades
            </Link>
          </nav>
          {access.staffSecret ? (
            <StaffLink gameId={gameId} staffSecret={access.staffSecret} />
          ) : null}
        </div>
      </header>
      <main className={styles.main}>
        <h2 className={styles.pageHeading}>{heading}</h2>
        {debrief.isError ? (
          <p role="alert" className={styles.error}>
            Could not load the game: {debrief.error.message}
          </p>
        ) : data ? (
          children({ gameId, secret: access.secret, access, debrief: data })
        ) : (
          <p className={styles.muted} role="status">
            Reading the game log…
          </p>
        )}
      </main>
    </div>
  );
}

function SecretForm({
  gameId,
  rejected,
  onSubmit,
}: {
  gameId: string;
  rejected: boolean;
  onSubmit: (secret: string) => void;
}) {
  const [value, setValue] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim()) onSubmit(value.trim());
  };
  return (
    <form className={styles.secretForm} onSubmit={submit} aria-labelledby="secret-heading">
      <p className={styles.eyebrow}>Threatscape review</p>
      <h1 id="secret-heading" className={styles.title}>
        Open game {gameId}
      </h1>
      <p>
        Debriefs, replays and grades are for the instructor and course staff. Paste the staff secret
        from the instructor&apos;s staff link, or the instructor secret.
      </p>
      {rejected ? (
        <p role="alert" className={styles.error}>
          That secret was not accepted for this game.
        </p>
      ) : null}
      <label className={styles.field}>
        <span>Staff or instructor secret</span>
        <input
          type="password"
          autoComplete="off"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          required
        />
      </label>
      <button type="submit" className={buttonClass("primary")}>
        Open review
      </button>
    </form>
  );
}

function StaffLink({ gameId, staffSecret }: { gameId: string; staffSecret: string }) {
  const [copied, setCopied] = useState<"copied" | "failed" | null>(null);
  const copy = async () => {
    const link = `${window.location.origin}/review/${gameId}?key=${encodeURIComponent(staffSecret)}`;
    try {
      await navigator.clipboard.writeText(link);
      setCopied("copied");
    } catch {
      // Clipboard refused (no permission, insecure origin): show the link to copy by hand.
      window.prompt("Copy the staff link", link);
      setCopied("failed");
    }
    window.setTimeout(() => setCopied(null), 3000);
  };
  return (
    <div className={styles.staffLink}>
      <button type="button" className={buttonClass("secondary")} onClick={copy}>
        Copy staff link
      </button>
      <span role="status" className={styles.small}>
        {copied === "copied" ? "Copied: send it to your teaching assistants." : ""}
      </span>
    </div>
  );
}
