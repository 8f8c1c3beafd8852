"use client";
// The instructor's orders-phase alerts: who has not submitted, a one-click reminder (a forum
// post naming them that every student sees), and "advance when all orders are in". Both are
// server commands (apps/server/src/live/orders-alerts.ts), logged with the game.
import type { Dashboard, PhaseTiming } from "@threatscape/protocol";
import { useEffect, useState } from "react";
import { Button } from "~/components/ui";
import type { CommandRunner } from "./use-command-runner";
import styles from "./console.module.css";

/** Playable states whose orders are not in, by name (scenario order from the dashboard). */
export function waitingFor(
  dashboard: Pick<Dashboard, "submitted"> | null,
  names: ReadonlyMap<string, string>,
): string[] {
  if (!dashboard) return [];
  return Object.entries(dashboard.submitted)
    .filter(([, done]) => !done)
    .map(([id]) => names.get(id) ?? id);
}

export function OrdersAlerts({
  timing,
  dashboard,
  names,
  autoAdvance,
  runner,
}: {
  timing: PhaseTiming;
  dashboard: Dashboard | null;
  names: ReadonlyMap<string, string>;
  autoAdvance: boolean;
  runner: CommandRunner;
}) {
  const ordersOpen = timing.phase === "orders" && timing.status === "running";
  const missing = ordersOpen ? waitingFor(dashboard, names) : [];
  const busy = runner.pending !== null;
  // The box shows the click at once; the snapshot (the server's word) takes over when it
  // arrives, or when the command is refused.
  const [wanted, setWanted] = useState<boolean | null>(null);
  useEffect(() => setWanted(null), [autoAdvance]);
  return (
    <section className={styles.ordersAlerts} aria-label="Orders alerts">
      {ordersOpen && (
        <p className={styles.waiting} role="status">
          {missing.length === 0
            ? "Every state's orders are in."
            : `Waiting for ${missing.length} ${missing.length === 1 ? "state" : "states"}: ${missing.join(", ")}`}
        </p>
      )}
      {ordersOpen && missing.length > 0 && (
        <Button
          size="small"
          disabled={busy}
          onClick={() => void runner.run("Send a reminder", { command: "remind" })}
        >
          Remind them to submit
        </Button>
      )}
      <label className={styles.policyPicker}>
        <input
          type="checkbox"
          checked={wanted ?? autoAdvance}
          disabled={busy}
          onChange={(e) => {
            const enabled = e.target.checked;
            setWanted(enabled);
            void runner
              .run("Advance when all orders are in", { command: "set-auto-advance", enabled })
              .then((ok) => {
                if (!ok) setWanted(null);
              });
          }}
        />
        Advance when all orders are in
      </label>
    </section>
  );
}
