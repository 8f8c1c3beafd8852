"use client";
// Coalition timeline: the blocs (gameBlocs) the engine recorded at each round's resolution
// (numbered and coloured as the live map shows them), beside the two-bloc split landscape
// theory predicted each round.
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { BLOC_TIES } from "~/components/coalition-map/model";
import { blocStyle } from "~/components/coalition-map/palette";
import { useTRPC } from "~/lib/trpc";
import { fixed } from "./analysis";
import { blocTimeline, finalBlocs, type RecordedRound } from "./bloc-timeline";
import { landscapeSideColours } from "./palette";
import type { DebriefData } from "./types";
import analysisStyles from "./analysis.module.css";
import styles from "./review.module.css";
import { TableFrame } from "./table-frame";
import tableStyles from "./tables.module.css";

function ariReading(ari: number | null): string {
  if (ari === null) return "not available";
  if (ari >= 0.8) return "close agreement";
  if (ari >= 0.4) return "partial agreement";
  if (ari > 0.05) return "weak agreement";
  return "no better than chance";
}

/**
 * The rounds with the blocs recorded at their resolution: from the report when it carries
 * them, else from the grader's view of the game's end (the replay API), whose rounds do.
 */
function useRecordedRounds(debrief: DebriefData, secret: string): readonly RecordedRound[] {
  const trpc = useTRPC();
  const reported: readonly RecordedRound[] = debrief.report.rounds;
  const missing = reported.some((r) => r.blocs === undefined);
  const graderView = useQuery({
    ...trpc.review.replay.queryOptions({
      gameId: debrief.gameId,
      secret,
      viewer: { kind: "omniscient" },
    }),
    enabled: missing,
  });
  return missing ? (graderView.data?.view.rounds ?? []) : reported;
}

export function CoalitionTimeline({
  debrief,
  secret,
  names,
}: {
  debrief: DebriefData;
  secret: string;
  names: Map<string, string>;
}) {
  const { report } = debrief;
  const [mode, setMode] = useState<"actual" | "landscape">("actual");
  const playable = debrief.states.filter((s) => s.playable).map((s) => s.id);
  const rounds = report.rounds.map((r) => r.round);
  const recorded = useRecordedRounds(debrief, secret);
  const timeline = useMemo(
    () => new Map(blocTimeline(recorded).map((r) => [r.round, r])),
    [recorded],
  );
  const blocs = report.debrief.blocs;
  const atEnd = useMemo(() => finalBlocs(recorded), [recorded]);
  const aligned = new Set(atEnd.flatMap((b) => b.members));
  const loners = playable.filter((id) => !aligned.has(id));
  const landscapeLast = report.rounds.at(-1)?.predictions.landscape;
  return (
    <section className={styles.section} aria-labelledby="coalition-heading">
      <div className={styles.sectionHead}>
        <h3 id="coalition-heading">Coalition timeline</h3>
        <fieldset className={`${styles.formRow} ${analysisStyles.bareFieldset}`}>
          <legend className={styles.srOnly}>Show</legend>
          <label className={styles.small}>
            <input
              type="radio"
              name="coalition-mode"
              checked={mode === "actual"}
              onChange={() => setMode("actual")}
            />{" "}
            Blocs formed (pacts and ententes)
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
          ? `Blocs are groups joined by ${BLOC_TIES}, as they stood when each round was resolved: a pact left or broken later still shows in the rounds it held. Blocs are numbered by their oldest pact, as on the live map.`
          : "Axelrod–Bennett landscape theory splits the states into the two blocs that minimise frustration, recomputed at the start of each round from threat and trade."}
      </p>
      {rounds.length === 0 ? (
        <p className={styles.muted}>No round has been scored yet.</p>
      ) : (
        <TableFrame
          className={`${tableStyles.table} ${tableStyles.swim}`}
          caption={
            mode === "actual"
              ? "Bloc number per state and round; “—” means outside any bloc."
              : "Predicted side (1 or 2) per state and round."
          }
        >
          <thead>
            <tr>
              <th scope="col">State</th>
              {rounds.map((r) => (
                <th scope="col" key={r} className={analysisStyles.center}>
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
                          className={analysisStyles.blocChip}
                          style={{ background: landscapeSideColours[side] }}
                        >
                          {side + 1}
                        </span>
                      </td>
                    );
                  }
                  const recorded = timeline.get(r.round);
                  const number = recorded?.blocOf.get(id);
                  const style = blocStyle(number);
                  return (
                    <td key={r.round}>
                      {number === undefined ? (
                        <span
                          className={analysisStyles.blocNone}
                          title={recorded?.recorded ? undefined : "not recorded for this round"}
                        >
                          —
                        </span>
                      ) : (
                        <span
                          className={analysisStyles.blocChip}
                          style={{ background: style.colour, color: style.text }}
                        >
                          {number}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </TableFrame>
      )}
      <h4>Final blocs</h4>
      {atEnd.length ? (
        <ul className={analysisStyles.blocList}>
          {atEnd.map((b) => (
            <li key={b.number}>
              <span
                className={analysisStyles.blocChip}
                style={{ background: blocStyle(b.number).colour, color: blocStyle(b.number).text }}
              >
                {b.number}
              </span>{" "}
              {b.members.map((id) => names.get(id) ?? id).join(", ")}
            </li>
          ))}
          {loners.length ? (
            <li className={styles.muted}>
              Unaligned: {loners.map((id) => names.get(id) ?? id).join(", ")}
            </li>
          ) : null}
        </ul>
      ) : (
        <p className={styles.muted}>No blocs at the end.</p>
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
