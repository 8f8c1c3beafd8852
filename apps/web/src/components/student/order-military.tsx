"use client";
// The orders panel's military form: burden, posture, mobilisation, each with its cost.
import type { StateRuntime } from "@threatscape/engine";
import { useState } from "react";
import { Button } from "~/components/ui";
import formStyles from "./form.module.css";
import panelStyles from "./panel.module.css";
import { burdenCost, money, pct, type OrderDraft } from "./model";
import { useStudent } from "./student-context";

export function MilitaryOrders({
  runtime,
  onAdd,
  penalty,
}: {
  runtime: StateRuntime;
  onAdd: (o: OrderDraft) => void;
  penalty: number;
}) {
  const { others, scenario } = useStudent();
  const [burden, setBurden] = useState(runtime.burden);
  const [posture, setPosture] = useState(runtime.posture);
  const [mob, setMob] = useState<"1" | "0.5" | "0">("1");
  const [against, setAgainst] = useState("");
  const cost = burdenCost(runtime.burden, burden, runtime.burden0, penalty);
  const spend = (cost.spendingDelta / 100) * runtime.gdp;
  return (
    <div className={formStyles.form}>
      <div className={formStyles.field}>
        <label className={formStyles.label} htmlFor="order-burden">
          Defence burden (% of GDP): {burden.toFixed(1)}%
        </label>
        <input
          id="order-burden"
          type="range"
          className={formStyles.range}
          min={0.5}
          max={35}
          step={0.1}
          value={burden}
          onChange={(e) => setBurden(Number(e.target.value))}
        />
        <p
          className={`${panelStyles.small} ${panelStyles.muted} ${panelStyles.flush}`}
          aria-live="polite"
        >
          Now {runtime.burden.toFixed(1)}% (start {runtime.burden0.toFixed(1)}%).{" "}
          {Math.abs(cost.spendingDelta) < 0.05
            ? "No change."
            : `${cost.spendingDelta > 0 ? "Costs" : "Saves"} ${money(Math.abs(spend), scenario.era)} a year (${Math.abs(cost.spendingDelta).toFixed(1)}% of GDP)` +
              `; growth penalty ${pct(cost.growthPenalty)} of GDP per round` +
              (Math.abs(cost.extraGrowthPenalty) > 1e-6
                ? ` (${cost.extraGrowthPenalty > 0 ? "+" : ""}${pct(cost.extraGrowthPenalty)} vs now).`
                : ".")}
        </p>
        <div>
          <Button
            disabled={Math.abs(cost.spendingDelta) < 0.05}
            onClick={() => onAdd({ type: "set-burden", burden: Math.round(burden * 10) / 10 })}
          >
            Add burden order
          </Button>
        </div>
      </div>
      <div className={formStyles.field}>
        <label className={formStyles.label} htmlFor="order-posture">
          Posture (offensive share): {Math.round(posture * 100)}%
        </label>
        <input
          id="order-posture"
          type="range"
          className={formStyles.range}
          min={0}
          max={1}
          step={0.05}
          value={posture}
          onChange={(e) => setPosture(Number(e.target.value))}
        />
        <p className={`${panelStyles.small} ${panelStyles.muted} ${panelStyles.flush}`}>
          Now {Math.round(runtime.posture * 100)}%. Offensive forces raise the threat others see in
          you; defensive ones do not.
        </p>
        <div>
          <Button
            disabled={Math.abs(posture - runtime.posture) < 0.01}
            onClick={() => onAdd({ type: "set-posture", posture: Math.round(posture * 100) / 100 })}
          >
            Add posture order
          </Button>
        </div>
      </div>
      <div className={formStyles.fieldRow}>
        <div className={formStyles.field}>
          <label className={formStyles.label} htmlFor="order-mobilise">
            Mobilisation
          </label>
          <select
            id="order-mobilise"
            className={formStyles.select}
            value={mob}
            onChange={(e) => setMob(e.target.value as "1" | "0.5" | "0")}
          >
            <option value="1">Full mobilisation</option>
            <option value="0.5">Partial mobilisation</option>
            <option value="0">Demobilise</option>
          </select>
        </div>
        <div className={formStyles.field}>
          <label className={formStyles.label} htmlFor="order-mobilise-against">
            Against
          </label>
          <select
            id="order-mobilise-against"
            className={formStyles.select}
            value={against}
            disabled={mob === "0"}
            onChange={(e) => setAgainst(e.target.value)}
          >
            <option value="">No one in particular</option>
            {others.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className={`${panelStyles.small} ${panelStyles.muted} ${panelStyles.flush}`}>
        Mobilisation boosts offensive capability for one round and must be renewed; others read it
        as a hostile signal.
      </p>
      <div>
        <Button
          onClick={() =>
            onAdd(
              mob === "0"
                ? { type: "demobilise" }
                : {
                    type: "mobilise",
                    level: mob === "1" ? 1 : 0.5,
                    ...(against ? { against } : {}),
                  },
            )
          }
        >
          Add mobilisation order
        </Button>
      </div>
    </div>
  );
}
