"use client";
// Current coalitions: the live map (all treaties, the instructor sees secret ones too) and
// its blocs (the engine's gameBlocs, as the dashboard, projector and debrief count them).
import type { Dashboard, LiveScenario, LiveView } from "@threatscape/protocol";
import { useMemo, useState } from "react";
import { BLOC_TIES, CoalitionMap, snapshotFromGame } from "~/components/coalition-map";
import { Panel } from "~/components/ui";
import { namedBlocs } from "./format";
import styles from "./console.module.css";

export function CoalitionsPanel({
  scenario,
  view,
  dashboard,
  names,
}: {
  scenario: LiveScenario | null;
  view: LiveView;
  dashboard: Dashboard | null;
  names: ReadonlyMap<string, string>;
}) {
  const [showThreats, setShowThreats] = useState(false);
  const [mode, setMode] = useState<"map" | "network">("map");
  const snapshot = useMemo(
    () =>
      scenario
        ? snapshotFromGame(scenario, view.treaties, view.rounds.at(-1)?.threat ?? null, {
            blocs: dashboard?.blocs ?? null,
          })
        : null,
    [scenario, view.treaties, view.rounds, dashboard?.blocs],
  );
  // The server's blocs (gameBlocs over every pact, split by the round's rivalries) on the map and here.
  const blocs = namedBlocs(snapshot?.blocs ?? dashboard?.blocs ?? [], names);

  return (
    <Panel
      title="Coalitions"
      meta={
        blocs.length === 0
          ? "no alliance blocs"
          : `${blocs.length} bloc${blocs.length === 1 ? "" : "s"}`
      }
      actions={
        <div className={styles.mapToggles}>
          <label>
            <input
              type="checkbox"
              checked={showThreats}
              onChange={(e) => setShowThreats(e.target.checked)}
            />{" "}
            Primary threats
          </label>
          <label>
            <input
              type="checkbox"
              checked={mode === "network"}
              onChange={(e) => setMode(e.target.checked ? "network" : "map")}
            />{" "}
            Network view
          </label>
        </div>
      }
    >
      {snapshot && (
        <CoalitionMap snapshot={snapshot} mode={mode} showThreats={showThreats} height={440} />
      )}
      <ul className={styles.blocs} aria-label={`Alliance blocs (joined by ${BLOC_TIES})`}>
        {blocs.length === 0 && <li className={styles.empty}>No bloc of two or more states yet.</li>}
        {blocs.map((bloc) => (
          <li key={bloc.label}>
            <strong>{bloc.label}</strong> {bloc.members.map((m) => m.name).join(", ")}
          </li>
        ))}
      </ul>
    </Panel>
  );
}
