"use client";
// Coalition timeline: defence-pact blocs per round (from the pacts in force at the end and
// the round each began), beside the two-bloc split landscape theory predicted each round.
import { useMemo, useState } from "react";
import { blocLetter, blocsPerRound, fixed, labelBlocs } from "./analysis";
import { blocColour } from "./palette";
import type { DebriefData } from "./types";
import styles from "./review.module.css";

function ariReading(ari: number | null): string {
  if (ari === null) return "not available";
  if (ari >= 0.8) return "close agreement";
  if (ari >= 0.4) return "partial agreement";
  if (ari > 0.05) return "weak agreement";
  return "no better than chance";
}

export function CoalitionTimeline({
  debrief,
  names,
}: {
  debrief: DebriefData;
  names: Map<string, string>;
}) {
  const { report } = debrief;
  const [mode, setMode] = useState<"actual" | "landscape">("actual");
  const playable = debrief.states.filter((s) => s.playable).map((s) => s.id);
  const rounds = report.rounds.map((r) => r.round);
  const perRound = useMemo(
    () => blocsPerRound(playable, report.finalTreaties, rounds),
    [playable, report.finalTreaties, rounds],
  );
  const labels = useMemo(() => labelBlocs(perRound), [perRound]);
  const blocs = report.debrief.blocs;
  const finalBlocs = blocs.final.filter((b) => b.length > 1);
  const loners = blocs.final.filter((b) => b.length === 1).map((b) => b[0]!);
  const landscapeLast = report.rounds.at(-1)?.predictions.landscape;
  return (
    <section className={styles.section} aria-labelledby="coalition-heading">
      <div className={styles.sectionHead}>
        <h3 id="coalition-heading">Coalition timeline</h3>
        <fieldset className={`${styles.formRow} ${styles.bareFieldset}`}>
          <legend className={styles.srOnly}>Show</legend>
          <label className={styles.small}>
            <input
              type="radio"
              name="coalition-mode"
              checked={mode === "actual"}
              onChange={() => setMode("actual")}
            />{" "}
            Blocs formed (defence pacts)
          </label>
          <label className={styles.small}>
            <input
              type="radio"
              name="coalition-mode"
              checked={mode === "landscape"}
              onChange={() => setMode("landscape")}
            />{" "}
            Landscape theory&apos;s predicted split
          </label>
        </fieldset>
      </div>
      <p className={styles.lede}>
        {mode === "actual"
          ? "Blocs are groups joined by defence pacts, read from the pacts still in force at the end of the game and the round each entered into force (treaties of the scenario count from round 1). A pact that was left or broken before the end is not shown here; the replay shows every moment exactly."
          : "Axelrod–Bennett landscape theory splits the states into the two blocs that minimise frustration, recomputed at the start of each round from threat and trade."}
      </p>
      {rounds.length === 0 ? (
        <p className={styles.muted}>No round has been scored yet.</p>
      ) : (
        <div className={styles.tableWrap}>
          <table className={`${styles.table} ${styles.swim}`}>
            <caption>
              {mode === "actual"
                ? "Bloc letter per state and round; “—” means outside any defence bloc. A bloc keeps its letter as it grows."
                : "Predicted side (1 or 2) per state and round."}
            </caption>
            <thead>
              <tr>
                <th scope="col">State</th>
                {rounds.map((r) => (
                  <th scope="col" key={r} className={styles.center}>
                    Round {r}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {playable.map((id) => (
                <tr key={id}>
                  <th scope="row">{names.get(id) ?? id}</th>
                  {report.rounds.map((r) => {
                    if (mode === "landscape") {
                      const side = r.predictions.landscape.blocs[0].includes(id) ? 0 : 1;
                      return (
                        <td key={r.round}>
                          <span
                            className={styles.blocChip}
                            style={{ background: side === 0 ? "#2d6f7e" : "#a15c00" }}
                          >
                            {side + 1}
                          </span>
                        </td>
                      );
                    }
                    const label = labels.get(r.round)?.get(id);
                    return (
                      <td key={r.round}>
                        {label === undefined ? (
                          <span className={styles.blocNone}>—</span>
                        ) : (
                          <span
                            className={styles.blocChip}
                            style={{ background: blocColour(label) }}
                          >
                            {blocLetter(label)}
                          </span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h4>Final blocs</h4>
      {finalBlocs.length ? (
        <ul className={styles.blocList}>
          {finalBlocs.map((b) => (
            <li key={b.join()}>{b.map((id) => names.get(id) ?? id).join(", ")}</li>
          ))}
          {loners.length ? <li className={styles.muted}>Unaligned: {loners.join(", ")}</li> : null}
        </ul>
      ) : (
        <p className={styles.muted}>No defence blocs at the end.</p>
      )}
      <p>
        Agreement with landscape theory&apos;s split (adjusted Rand index, 1 = identical, 0 =
        chance): first-round prediction <strong>{fixed(blocs.adjustedRandLandscapeFirst)}</strong> (
        {ariReading(blocs.adjustedRandLandscapeFirst)}), last-round prediction{" "}
        <strong>{fixed(blocs.adjustedRandLandscapeLast)}</strong> (
        {ariReading(blocs.adjustedRandLandscapeLast)}).
        {landscapeLast
          ? ` Last predicted split: ${landscapeLast.blocs[0].join(", ")} | ${landscapeLast.blocs[1].join(", ")}.`
          : ""}
      </p>
    </section>
  );
}
