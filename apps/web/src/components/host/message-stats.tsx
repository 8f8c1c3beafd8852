"use client";
// The dashboard's figures over the states table: message volume by kind and orders in.
import type { Dashboard } from "@threatscape/protocol";
import type { DashboardSummary } from "./format";
import styles from "./console.module.css";

export function MessageStats({
  dashboard,
  summary,
  finished = false,
}: {
  dashboard: Dashboard | null;
  summary: DashboardSummary;
  /** The game is over: no orders are due, so no "orders in" count (it went stale). */
  finished?: boolean;
}) {
  const figures: [number | string, string][] = [
    [dashboard?.messages.total ?? 0, "messages"],
    [dashboard?.messages.byKind.public ?? 0, "public forum"],
    [dashboard?.messages.byKind.direct ?? 0, "private (1:1)"],
    [dashboard?.messages.byKind.group ?? 0, "group channels"],
    ...(finished
      ? []
      : ([[`${summary.submitted}/${summary.expectedOrders}`, "orders in"]] as [string, string][])),
  ];
  return (
    <section className={styles.stats} aria-label="Message volume">
      {figures.map(([value, label]) => (
        <div key={label}>
          <span className={styles.statValue}>{value}</span>
          <span className={styles.statLabel}>{label}</span>
        </div>
      ))}
    </section>
  );
}
