"use client";
// Per state and round: what balance of threat and balance of power predicted before anyone
// moved, and what the state did. Colour plus a symbol and words (colour is never the only cue).
import { useState } from "react";
import {
  describePair,
  matchKind,
  matchText,
  percent,
  playedBy,
  type MatchKind,
  type Pair,
  type PlayedBy,
} from "./analysis";
import { controlLabel } from "./control-label";
import type { DebriefData } from "./types";
import predictionStyles from "./prediction-table.module.css";
import styles from "./review.module.css";
import { TableFrame } from "./table-frame";
import tableStyles from "./tables.module.css";
import { VisuallyHidden } from "~/components/ui";

function PredictionLine({
  tag,
  predicted,
  actual,
  theory,
  who,
}: {
  tag: string;
  predicted: Pair | undefined;
  actual: Pair | undefined;
  theory: string;
  /** Who made the state's moves that round, named in the match's words. */
  who: PlayedBy;
}) {
  const kind: MatchKind | null = matchKind(predicted, actual);
  const text = kind ? matchText(kind, who) : null;
  return (
    <span
      className={predictionStyles.pred}
      data-match={kind ?? undefined}
      title={text ? `${theory}: ${text.label}` : undefined}
    >
      <span className={predictionStyles.predTag}>
        {tag} <span aria-hidden="true">{text?.symbol}</span>
      </span>
      <span>{describePair(predicted)}</span>
      {text ? <VisuallyHidden>({text.label})</VisuallyHidden> : null}
    </span>
  );
}

export function PredictionTable({
  debrief,
  names,
}: {
  debrief: DebriefData;
  names: Map<string, string>;
}) {
  const { report, botsByRound, humanStates } = debrief;
  const [studentsOnly, setStudentsOnly] = useState(false);
  const rounds = report.rounds.map((r) => r.round);
  const stateIds = debrief.states
    .filter((s) => s.playable)
    .map((s) => s.id)
    .filter((id) => !studentsOnly || humanStates.includes(id));
  return (
    <section className={styles.section} aria-labelledby="prediction-heading">
      <div className={styles.sectionHead}>
        <h3 id="prediction-heading">Predictions and what each state did</h3>
        <label className={styles.small}>
          <input
            type="checkbox"
            checked={studentsOnly}
            onChange={(e) => setStudentsOnly(e.target.checked)}
          />{" "}
          Students&apos; states only
        </label>
      </div>
      <p className={styles.lede}>
        Predictions were logged at the start of each round, before anyone moved; “Did” is how the
        engine classified the state&apos;s actual moves when the round resolved.
      </p>
      <ul className={predictionStyles.legend} aria-label="Legend">
        <li>
          <span className={predictionStyles.pred} data-match="match">
            ✓
          </span>
          category and target match
        </li>
        <li>
          <span className={predictionStyles.pred} data-match="category">
            ≈
          </span>
          right category, other target (½)
        </li>
        <li>
          <span className={predictionStyles.pred} data-match="miss">
            ✗
          </span>
          miss
        </li>
        <li>
          <span className={styles.badge} data-kind="bot">
            Bot
          </span>
          played by a bot, not a student
        </li>
      </ul>
      {rounds.length === 0 ? (
        <p className={styles.muted}>No round has been scored yet.</p>
      ) : (
        <TableFrame
          className={`${tableStyles.table} ${tableStyles.predTable} ${tableStyles.stickyFirst}`}
          caption={
            <>
              BoT = balance of threat, BoP = balance of power. Under each state: how often each
              theory was right for it over all scored rounds.
            </>
          }
        >
          <thead>
            <tr>
              <th scope="col">State</th>
              {rounds.map((r) => (
                <th scope="col" key={r}>
                  Round {r}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {stateIds.map((id) => {
              const control = controlLabel(id, rounds, botsByRound, humanStates.includes(id));
              const per = report.debrief.perState[id];
              return (
                <tr key={id}>
                  <th scope="row">
                    <div>{names.get(id) ?? id}</div>
                    <span className={styles.badge} data-kind={control.kind}>
                      {control.text}
                    </span>
                    <div className={predictionStyles.stateAcc}>
                      <span>BoT {percent(per?.balanceOfThreat)}</span> ·{" "}
                      <span>BoP {percent(per?.balanceOfPower)}</span>
                    </div>
                  </th>
                  {report.rounds.map((r) => {
                    const actual = r.actual[id];
                    const bot = botsByRound[r.round]?.[id];
                    const who = playedBy(id, r.round, botsByRound, humanStates);
                    return (
                      <td key={r.round}>
                        <div className={predictionStyles.predCell}>
                          <PredictionLine
                            tag="BoT"
                            theory="Balance of threat"
                            predicted={r.predictions.balanceOfThreat[id]}
                            actual={actual}
                            who={who}
                          />
                          <PredictionLine
                            tag="BoP"
                            theory="Balance of power"
                            predicted={r.predictions.balanceOfPower[id]}
                            actual={actual}
                            who={who}
                          />
                          <span className={predictionStyles.actual}>
                            Did: {describePair(actual)}{" "}
                            {bot && control.kind === "human" ? (
                              <span className={styles.badge} data-kind="bot">
                                Bot
                              </span>
                            ) : null}
                          </span>
                        </div>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </TableFrame>
      )}
    </section>
  );
}
