"use client";
import type { Scenario } from "@threatscape/engine";
import { useMemo } from "react";
import { CoalitionMap, snapshotFromGame } from "~/components/coalition-map";
import styles from "./panel.module.css";
import type { StudentView } from "./student-context";

/** The live coalition map, my state outlined; public treaties plus the secret ones I am in. */
export function CoalitionPanel({
  scenario,
  view,
  me,
}: {
  scenario: Scenario;
  view: StudentView;
  me: string;
}) {
  const snapshot = useMemo(
    () =>
      snapshotFromGame(scenario, view.treaties, view.rounds.at(-1)?.threat ?? null, {
        highlightStateId: me,
      }),
    [scenario, view.treaties, view.rounds, me],
  );
  return (
    <CoalitionMap
      snapshot={snapshot}
      height={400}
      showThreats
      threatThreshold={25}
      heading={<h2 className={styles.mapTitle}>Coalition map</h2>}
    />
  );
}
