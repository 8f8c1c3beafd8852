"use client";
// Grading: every student with their activity and grades, and one student's whole game.
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "~/lib/trpc";
import { percent } from "./analysis";
import { ReviewShell } from "./review-shell";
import type { DebriefData } from "./types";
import styles from "./review.module.css";
import { TableFrame } from "./table-frame";
import tableStyles from "./tables.module.css";

export function StudentsView({ gameId }: { gameId: string }) {
  return (
    <ReviewShell gameId={gameId} page="students" heading="Students and grades">
      {({ debrief, secret }) => <StudentsTable gameId={gameId} secret={secret} debrief={debrief} />}
    </ReviewShell>
  );
}

function StudentsTable({
  gameId,
  secret,
  debrief,
}: {
  gameId: string;
  secret: string;
  debrief: DebriefData;
}) {
  const trpc = useTRPC();
  const students = useQuery(trpc.review.students.queryOptions({ gameId, secret }));
  const names = new Map(debrief.states.map((s) => [s.id, s.name]));
  const perState = debrief.report.debrief.perState;
  if (students.isError)
    return (
      <p role="alert" className={styles.error}>
        {students.error.message}
      </p>
    );
  const rows = students.data ?? [];
  return (
    <section className={styles.section} aria-labelledby="students-heading">
      <h3 id="students-heading">Students</h3>
      <p className={styles.lede}>
        Counts come from the event log and the message store. Accuracy columns say how closely each
        student&apos;s state followed each theory. Grades are the points given in rubric notes.
      </p>
      {students.isPending ? (
        <p className={styles.small} role="status">
          Loading students…
        </p>
      ) : rows.length === 0 ? (
        <p className={styles.muted}>No student joined this game.</p>
      ) : (
        <TableFrame caption={`${rows.length} students; select a name for the full record`}>
          <thead>
            <tr>
              <th scope="col">Student</th>
              <th scope="col">State</th>
              <th scope="col" className={tableStyles.num}>
                Game actions
              </th>
              <th scope="col" className={tableStyles.num}>
                Messages
              </th>
              <th scope="col" className={tableStyles.num}>
                BoT acc.
              </th>
              <th scope="col" className={tableStyles.num}>
                BoP acc.
              </th>
              <th scope="col">Grades</th>
              <th scope="col" className={tableStyles.num}>
                Total
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <tr key={s.id}>
                <th scope="row">
                  <Link href={`/review/${gameId}/students/${s.id}`}>
                    <bdi>{s.displayName}</bdi>
                  </Link>
                  {s.kicked ? <span className={styles.small}> (removed)</span> : null}
                </th>
                <td>
                  {s.stateId ? (
                    `${names.get(s.stateId) ?? s.stateId}`
                  ) : (
                    <span className={styles.muted}>no seat</span>
                  )}
                </td>
                <td className={tableStyles.num}>{s.actions}</td>
                <td className={tableStyles.num}>{s.messages}</td>
                <td className={tableStyles.num}>
                  {percent(s.stateId ? perState[s.stateId]?.balanceOfThreat : null)}
                </td>
                <td className={tableStyles.num}>
                  {percent(s.stateId ? perState[s.stateId]?.balanceOfPower : null)}
                </td>
                <td>
                  {s.grades.length ? (
                    s.grades.join(", ")
                  ) : (
                    <span className={styles.muted}>none yet</span>
                  )}
                </td>
                <td className={tableStyles.num}>
                  {s.grades.length ? s.grades.reduce((a, b) => a + b, 0) : "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </TableFrame>
      )}
    </section>
  );
}
