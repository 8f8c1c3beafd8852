"use client";
// Every case where a state did not do what balance of threat predicted, explained from the
// log, with the events that bear on it one click away in the replay.
import Link from "next/link";
import { useId, useState } from "react";
import { describePair } from "./analysis";
import type { DebriefData } from "./types";
import analysisStyles from "./analysis.module.css";
import styles from "./review.module.css";

export function replayHref(gameId: string, seq: number, viewer: string | null): string {
  const params = new URLSearchParams({ seq: String(seq) });
  if (viewer) params.set("viewer", viewer);
  return `/review/${gameId}/replay?${params.toString()}`;
}

export function DivergenceList({
  debrief,
  names,
}: {
  debrief: DebriefData;
  names: Map<string, string>;
}) {
  const [stateFilter, setStateFilter] = useState("");
  const [studentsOnly, setStudentsOnly] = useState(debrief.humanStates.length > 0);
  const selectId = useId();
  const items = debrief.divergences.filter(
    (d) =>
      (!stateFilter || d.stateId === stateFilter) &&
      (!studentsOnly || debrief.humanStates.includes(d.stateId)),
  );
  const involved = [...new Set(debrief.divergences.map((d) => d.stateId))];
  return (
    <section className={styles.section} aria-labelledby="divergence-heading">
      <div className={styles.sectionHead}>
        <h3 id="divergence-heading">Where the class departed from balance of threat</h3>
        <div className={analysisStyles.filters}>
          <label className={styles.field} htmlFor={selectId}>
            <span>State</span>
            <select
              id={selectId}
              className={styles.select}
              value={stateFilter}
              onChange={(e) => setStateFilter(e.target.value)}
            >
              <option value="">All states</option>
              {involved.map((id) => (
                <option key={id} value={id}>
                  {names.get(id) ?? id}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.small}>
            <input
              type="checkbox"
              checked={studentsOnly}
              onChange={(e) => setStudentsOnly(e.target.checked)}
            />{" "}
            Students&apos; states only
          </label>
        </div>
      </div>
      <p className={styles.lede}>
        Each explanation is assembled from the event log: trade dependence on the threat, demands
        accepted, courtship by the threat, others already balancing, pacts joined. Evidence links
        open the replay at that event, as that state saw it.
      </p>
      <p className={styles.small} role="status">
        {items.length} of {debrief.divergences.length} divergence
        {debrief.divergences.length === 1 ? "" : "s"} shown
      </p>
      {items.length === 0 ? (
        <p className={styles.muted}>
          {debrief.divergences.length === 0
            ? "No divergences: every scored case matched balance of threat exactly."
            : "None for this selection."}
        </p>
      ) : (
        <ol className={analysisStyles.divList}>
          {items.map((d) => {
            const bot = debrief.botsByRound[d.round]?.[d.stateId];
            return (
              <li key={`${d.round}:${d.stateId}`} className={analysisStyles.divItem}>
                <div className={analysisStyles.divMeta}>
                  <strong>{names.get(d.stateId) ?? d.stateId}</strong>
                  <span>Round {d.round}</span>
                  <span>
                    Predicted: {describePair(d.predicted)} · Did: {describePair(d.actual)}
                  </span>
                  {bot ? (
                    <span className={styles.badge} data-kind="bot">
                      Bot ({bot})
                    </span>
                  ) : debrief.humanStates.includes(d.stateId) ? (
                    <span className={styles.badge} data-kind="human">
                      Student
                    </span>
                  ) : null}
                </div>
                <p className={analysisStyles.divText}>{d.explanation}</p>
                {d.evidence.length ? (
                  <ul className={analysisStyles.evidence} aria-label="Evidence">
                    {d.evidence.map((e) => (
                      <li key={e.seq}>
                        <Link href={replayHref(debrief.gameId, e.seq, d.stateId)}>
                          Event {e.seq} (round {e.round}): {e.summary}
                        </Link>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className={styles.small}>
                    No logged event involves this state and the other party in these rounds.
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
