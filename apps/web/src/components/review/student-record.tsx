"use client";
// One student's record page (and its printable version): loads the summary, then SummaryBody.
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc";
import { ReviewShell } from "./review-shell";
import type { DebriefData } from "./types";
import styles from "./review.module.css";
import { SummaryBody } from "./student-record-body";

export function StudentSummaryView({
  gameId,
  participantId,
  printable = false,
}: {
  gameId: string;
  participantId: string;
  /** The printable record (feedback for the student): read-only, print CSS hides the chrome. */
  printable?: boolean;
}) {
  return (
    <ReviewShell
      gameId={gameId}
      page="students"
      heading={printable ? "Student record (printable)" : "Student record"}
    >
      {({ debrief, secret }) => (
        <StudentSummary
          gameId={gameId}
          secret={secret}
          participantId={participantId}
          debrief={debrief}
          printable={printable}
        />
      )}
    </ReviewShell>
  );
}

function StudentSummary({
  gameId,
  secret,
  participantId,
  debrief,
  printable,
}: {
  gameId: string;
  secret: string;
  participantId: string;
  debrief: DebriefData;
  printable: boolean;
}) {
  const trpc = useTRPC();
  const summary = useQuery({
    ...trpc.review.studentSummary.queryOptions({ gameId, secret, participantId }),
    retry: false,
  });
  if (summary.isError)
    return (
      <p role="alert" className={styles.error}>
        {summary.error.message}
      </p>
    );
  if (!summary.data)
    return (
      <p className={styles.small} role="status">
        Loading the student&apos;s record…
      </p>
    );
  return (
    <SummaryBody
      gameId={gameId}
      secret={secret}
      data={summary.data}
      debrief={debrief}
      printable={printable}
    />
  );
}
