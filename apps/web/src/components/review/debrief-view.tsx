"use client";
// The instructor debrief: outcomes against balance-of-threat and balance-of-power
// predictions, the coalition history, collective action, divergences, forks and exports.
import { useMemo } from "react";
import { AccuracyChart, ScoresChart, ThreatChart } from "./lazy-charts";
import { CoalitionTimeline } from "./coalitions";
import { BalancingLag, FreeRiding } from "./collective-action";
import { Counterfactual } from "./counterfactual";
import { DivergenceList } from "./divergences";
import { Exports } from "./exports";
import { HeadlineCards } from "./headline";
import { PredictionTable } from "./prediction-table";
import { ReviewShell } from "./review-shell";
import type { DebriefData } from "./types";
import styles from "./review.module.css";

export function stateNames(debrief: DebriefData): Map<string, string> {
  return new Map(debrief.states.map((s) => [s.id, s.name]));
}

function Debrief({ debrief, secret }: { debrief: DebriefData; secret: string }) {
  const names = useMemo(() => stateNames(debrief), [debrief]);
  const playable = useMemo(
    () => debrief.states.filter((s) => s.playable).map((s) => s.id),
    [debrief],
  );
  const { report } = debrief;
  return (
    <>
      <HeadlineCards report={report} />
      {report.rounds.length > 0 ? (
        <div className={styles.twoCol}>
          <AccuracyChart report={report} />
          <ThreatChart report={report} stateIds={playable} names={names} />
        </div>
      ) : null}
      <PredictionTable debrief={debrief} names={names} />
      <CoalitionTimeline debrief={debrief} secret={secret} names={names} />
      <div className={styles.twoCol}>
        <BalancingLag report={report} names={names} />
        <FreeRiding report={report} names={names} />
      </div>
      {report.rounds.length > 0 ? (
        <ScoresChart
          report={report}
          stateIds={playable}
          names={names}
          humanStates={debrief.humanStates}
        />
      ) : null}
      <DivergenceList debrief={debrief} names={names} />
      {report.rounds.length > 0 ? <Counterfactual debrief={debrief} secret={secret} /> : null}
      <Exports gameId={debrief.gameId} secret={secret} />
    </>
  );
}

export function DebriefView({ gameId }: { gameId: string }) {
  return (
    <ReviewShell gameId={gameId} page="debrief" heading="Debrief">
      {({ debrief, secret }) => <Debrief debrief={debrief} secret={secret} />}
    </ReviewShell>
  );
}
