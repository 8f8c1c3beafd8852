"use client";
// One student's whole game for grading: rounds against the theories, actions, messages, notes.
import Link from "next/link";
import {
  actionCounts,
  channelLabel,
  describePair,
  fixed,
  matchKind,
  matchText,
  mean,
  percent,
  type PlayedBy,
} from "./analysis";
import { replayHref } from "./divergences";
import { NotesPanel } from "./notes";
import type { DebriefData, StudentSummaryData } from "./types";
import analysisStyles from "./analysis.module.css";
import predictionStyles from "./prediction-table.module.css";
import replayStyles from "./replay.module.css";
import styles from "./review.module.css";
import { TableFrame } from "./table-frame";
import tableStyles from "./tables.module.css";
import { Button, VisuallyHidden } from "~/components/ui";

export function SummaryBody({
  gameId,
  secret,
  data,
  debrief,
  printable,
}: {
  gameId: string;
  secret: string;
  data: StudentSummaryData;
  debrief: DebriefData;
  printable: boolean;
}) {
  const { participant, rounds, actions, messages, annotations } = data;
  const stateId = participant.stateId;
  const stateName = stateId
    ? (debrief.states.find((s) => s.id === stateId)?.name ?? stateId)
    : null;
  const grades = annotations.map((a) => a.grade).filter((g): g is number => g !== null);
  const botAcc = mean(
    rounds
      .filter((r) => r.actual && r.balanceOfThreat)
      .map((r) =>
        matchKind(r.balanceOfThreat, r.actual) === "match"
          ? 1
          : matchKind(r.balanceOfThreat, r.actual) === "category"
            ? 0.5
            : 0,
      ),
  );
  const lastScore = rounds.at(-1)?.score ?? null;
  const counts = actionCounts(actions);
  return (
    <>
      <p className={styles.noPrint}>
        <Link href={`/review/${gameId}/students`}>← All students</Link>
        {printable ? (
          <>
            {" · "}
            <Link href={`/review/${gameId}/students/${participant.id}`}>Back to the record</Link>
            {" · "}
            <Button size="small" onClick={() => window.print()}>
              Print this record
            </Button>
          </>
        ) : (
          <>
            {" · "}
            <Link href={`/review/${gameId}/students/${participant.id}/print`}>
              Printable record
            </Link>
          </>
        )}
      </p>
      <section className={styles.section} aria-labelledby="student-heading">
        <h3 id="student-heading">
          <bdi>{participant.displayName}</bdi>
          {stateName ? `, ${stateName}` : ""}
          {participant.kicked ? " (removed from the game)" : ""}
        </h3>
        <div className={`${analysisStyles.cards} ${styles.spaced}`}>
          <div className={analysisStyles.card}>
            <span className={analysisStyles.cardLabel}>Game actions</span>
            <span className={analysisStyles.cardValue}>{counts.game}</span>
          </div>
          <div className={analysisStyles.card}>
            <span className={analysisStyles.cardLabel}>Messages</span>
            <span className={analysisStyles.cardValue}>{messages.length}</span>
          </div>
          <div className={analysisStyles.card} data-tone="bot">
            <span className={analysisStyles.cardLabel}>Followed balance of threat</span>
            <span className={analysisStyles.cardValue}>{percent(botAcc)}</span>
          </div>
          <div className={analysisStyles.card}>
            <span className={analysisStyles.cardLabel}>Last score</span>
            <span className={analysisStyles.cardValue}>{fixed(lastScore, 1)}</span>
          </div>
          <div className={analysisStyles.card}>
            <span className={analysisStyles.cardLabel}>Grade points</span>
            <span className={analysisStyles.cardValue}>
              {grades.length ? grades.reduce((a, b) => a + b, 0) : "—"}
            </span>
            <span className={analysisStyles.cardNote}>
              {grades.length
                ? `from ${grades.length} note${grades.length === 1 ? "" : "s"}`
                : "no graded notes yet"}
            </span>
          </div>
        </div>
        {stateId ? (
          <p className={styles.small}>
            <Link href={`/review/${gameId}/replay?viewer=${stateId}`}>
              Replay the game as {stateName} saw it
            </Link>{" "}
            to add notes at a moment.
          </p>
        ) : null}
      </section>

      <section className={styles.section} aria-labelledby="rounds-heading">
        <h3 id="rounds-heading">Per round: predictions and what the student did</h3>
        {rounds.length === 0 ? (
          <p className={styles.muted}>
            {stateId ? "No round has been scored yet." : "This student never held a seat."}
          </p>
        ) : (
          <TableFrame
            caption={
              <>
                ✓ full match, ≈ right category only, ✗ miss. “Bot” marks rounds a bot played for
                this state.
              </>
            }
          >
            <thead>
              <tr>
                <th scope="col">Round</th>
                <th scope="col">Balance of threat predicted</th>
                <th scope="col">Balance of power predicted</th>
                <th scope="col">Did</th>
                <th scope="col" className={tableStyles.num}>
                  Score
                </th>
              </tr>
            </thead>
            <tbody>
              {rounds.map((r) => {
                const bot = matchKind(r.balanceOfThreat, r.actual);
                const bop = matchKind(r.balanceOfPower, r.actual);
                // The record is one student's, but a bot may have stood in for some rounds.
                const player: PlayedBy = r.bot ? { kind: "bot" } : { kind: "student" };
                return (
                  <tr key={r.round}>
                    <th scope="row">
                      {r.round}
                      {r.bot ? (
                        <>
                          {" "}
                          <span className={styles.badge} data-kind="bot">
                            Bot
                          </span>
                        </>
                      ) : null}
                    </th>
                    <td>
                      <span className={predictionStyles.pred} data-match={bot ?? undefined}>
                        <span aria-hidden="true">{bot ? matchText(bot, player).symbol : ""}</span>{" "}
                        {describePair(r.balanceOfThreat)}
                        {bot ? (
                          <VisuallyHidden>({matchText(bot, player).label})</VisuallyHidden>
                        ) : null}
                      </span>
                    </td>
                    <td>
                      <span className={predictionStyles.pred} data-match={bop ?? undefined}>
                        <span aria-hidden="true">{bop ? matchText(bop, player).symbol : ""}</span>{" "}
                        {describePair(r.balanceOfPower)}
                        {bop ? (
                          <VisuallyHidden>({matchText(bop, player).label})</VisuallyHidden>
                        ) : null}
                      </span>
                    </td>
                    <td className={tableStyles.reasonsCell}>
                      <strong>{describePair(r.actual)}</strong>
                      {r.actual?.reasons.length ? (
                        <div className={styles.small}>{r.actual.reasons.join("; ")}</div>
                      ) : null}
                    </td>
                    <td className={tableStyles.num}>{fixed(r.score, 1)}</td>
                  </tr>
                );
              })}
            </tbody>
          </TableFrame>
        )}
      </section>

      <div className={styles.twoCol}>
        <section className={styles.section} aria-labelledby="actions-heading">
          <h3 id="actions-heading">Game actions ({counts.game})</h3>
          <p className={styles.small}>
            Orders, proposals and replies the engine accepted
            {counts.other
              ? `; ${counts.other} other logged event${counts.other === 1 ? "" : "s"} (such as joining the seat) listed too, not counted`
              : ""}
            .
          </p>
          {actions.length === 0 ? (
            <p className={styles.muted}>No logged actions.</p>
          ) : (
            <ol className={tableStyles.plainList}>
              {actions.map((a) => (
                <li key={a.seq}>
                  <Link href={replayHref(gameId, a.seq, stateId)}>
                    <span className={styles.small}>
                      R{a.round} · #{a.seq}
                    </span>{" "}
                    {a.summary}
                  </Link>
                </li>
              ))}
            </ol>
          )}
        </section>
        <section className={styles.section} aria-labelledby="messages-heading">
          <h3 id="messages-heading">Messages sent ({messages.length})</h3>
          {messages.length === 0 ? (
            <p className={styles.muted}>No messages.</p>
          ) : (
            <ol className={replayStyles.messages}>
              {messages.map((m) => (
                <li key={m.id} className={replayStyles.message}>
                  <div className={replayStyles.messageMeta}>
                    <span>{channelLabel(m.channel)}</span>
                    <span>
                      round {m.round}, {new Date(m.createdAt).toLocaleTimeString()}
                    </span>
                  </div>
                  <p className={replayStyles.messageBody}>{m.body}</p>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>

      {printable ? (
        <section className={styles.section} aria-labelledby="feedback-heading">
          <h3 id="feedback-heading">Notes and grades</h3>
          {annotations.length === 0 ? (
            <p className={styles.muted}>No notes yet.</p>
          ) : (
            <ul>
              {annotations.map((a) => (
                <li key={a.id}>
                  {a.criterion ? <strong>{a.criterion}: </strong> : null}
                  {a.round !== null ? `Round ${a.round}: ` : ""}
                  {a.note}
                  {a.grade !== null ? ` (grade ${a.grade})` : ""}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : (
        <NotesPanel
          gameId={gameId}
          secret={secret}
          moment={null}
          title="Notes and grades for this student"
          filter={(note) => note.participantId === participant.id}
        />
      )}
    </>
  );
}
