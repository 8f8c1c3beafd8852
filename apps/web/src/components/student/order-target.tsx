"use client";
// The orders panel's form for an order toward another state (sanctions, aid, threats...).
import { useState } from "react";
import { Button } from "~/components/ui";
import { StateSelect } from "./state-select";
import formStyles from "./form.module.css";
import panelStyles from "./panel.module.css";
import { balancingCost, money, pct, type OrderDraft } from "./model";
import { useStudent } from "./student-context";

type TargetAction =
  | "sanction"
  | "embargo"
  | "lift-sanctions"
  | "tariff"
  | "aid"
  | "threaten"
  | "criticise"
  | "joint-exercise"
  | "seize-assets"
  | "attack";

const TARGET_ACTIONS: { value: TargetAction; label: string; help: string }[] = [
  {
    value: "sanction",
    label: "Sanction",
    help: "Cuts part of your trade with them: soft balancing.",
  },
  { value: "embargo", label: "Embargo", help: "Stops trade with them altogether." },
  {
    value: "lift-sanctions",
    label: "Lift sanctions",
    help: "Ends your sanctions or embargo on them.",
  },
  { value: "tariff", label: "Tariff", help: "Taxes their goods: trade falls in proportion." },
  { value: "aid", label: "Aid", help: "Transfers part of your GDP to them: read as cooperation." },
  {
    value: "threaten",
    label: "Threaten",
    help: "Raises how hostile they (and others) judge your intentions.",
  },
  {
    value: "criticise",
    label: "Criticise publicly",
    help: "A verbal rebuke: a mild hostile signal.",
  },
  {
    value: "joint-exercise",
    label: "Joint exercise",
    help: "Military cooperation: a strong friendly signal.",
  },
  {
    value: "seize-assets",
    label: "Seize assets",
    help: "Takes their assets: a severe hostile act.",
  },
  {
    value: "attack",
    label: "Use force",
    help: "War: win probability depends on capabilities and allies.",
  },
];

/** Draft orders survive a refresh (per seat and round) until they are submitted. */
export function TargetOrders({ gdp, onAdd }: { gdp: number; onAdd: (o: OrderDraft) => void }) {
  const { scenario, me, name, view } = useStudent();
  const [target, setTarget] = useState("");
  const [action, setAction] = useState<TargetAction>("sanction");
  const [tariff, setTariff] = useState(25);
  const [aid, setAid] = useState(0.5);
  const [threat, setThreat] = useState<"force" | "sanctions" | "annexation" | "ultimatum">(
    "sanctions",
  );
  const [mode, setMode] = useState<"attack" | "blockade" | "occupy">("attack");
  const actions = TARGET_ACTIONS.filter((a) => a.value !== "attack" || scenario.rules.allowForce);
  const help = actions.find((a) => a.value === action)?.help;
  const factor = scenario.parameters?.balancingCostFactor ?? 0.3;
  const cost = target ? balancingCost(scenario.trade, me, target, gdp, factor) : null;
  const sanctioned = target ? (view.sanctions[me]?.[target] ?? 0) > 0 : false;

  const build = (): OrderDraft | null => {
    if (!target) return null;
    switch (action) {
      case "tariff":
        return { type: "tariff", target, level: tariff / 100 };
      case "aid":
        return { type: "aid", target, percentOfGdp: aid };
      case "threaten":
        return { type: "threaten", target, kind: threat };
      case "attack":
        return { type: "attack", target, mode };
      default:
        return { type: action, target };
    }
  };

  return (
    <div className={formStyles.form}>
      <div className={formStyles.fieldRow}>
        <div className={formStyles.field}>
          <label className={formStyles.label} htmlFor="order-target">
            Target state
          </label>
          <StateSelect id="order-target" value={target} onChange={setTarget} />
        </div>
        <div className={formStyles.field}>
          <label className={formStyles.label} htmlFor="order-action">
            Action
          </label>
          <select
            id="order-action"
            className={formStyles.select}
            value={action}
            onChange={(e) => setAction(e.target.value as TargetAction)}
          >
            {actions.map((a) => (
              <option key={a.value} value={a.value}>
                {a.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {help ? (
        <p className={`${panelStyles.small} ${panelStyles.muted} ${panelStyles.flush}`}>{help}</p>
      ) : null}

      {action === "tariff" ? (
        <div className={formStyles.field}>
          <label className={formStyles.label} htmlFor="order-tariff">
            Tariff level: {tariff}%
          </label>
          <input
            id="order-tariff"
            type="range"
            className={formStyles.range}
            min={5}
            max={100}
            step={5}
            value={tariff}
            onChange={(e) => setTariff(Number(e.target.value))}
          />
        </div>
      ) : null}
      {action === "aid" ? (
        <div className={formStyles.field}>
          <label className={formStyles.label} htmlFor="order-aid">
            Aid: {aid}% of your GDP ({money((aid / 100) * gdp, scenario.era)})
          </label>
          <input
            id="order-aid"
            type="range"
            className={formStyles.range}
            min={0.1}
            max={10}
            step={0.1}
            value={aid}
            onChange={(e) => setAid(Number(e.target.value))}
          />
        </div>
      ) : null}
      {action === "threaten" ? (
        <div className={formStyles.field}>
          <label className={formStyles.label} htmlFor="order-threat">
            Threaten with
          </label>
          <select
            id="order-threat"
            className={formStyles.select}
            value={threat}
            onChange={(e) => setThreat(e.target.value as typeof threat)}
          >
            <option value="sanctions">Sanctions</option>
            <option value="force">Force</option>
            <option value="annexation">Annexation</option>
            <option value="ultimatum">An ultimatum</option>
          </select>
        </div>
      ) : null}
      {action === "attack" ? (
        <div className={formStyles.field}>
          <label className={formStyles.label} htmlFor="order-attack-mode">
            Kind of operation
          </label>
          <select
            id="order-attack-mode"
            className={formStyles.select}
            value={mode}
            onChange={(e) => setMode(e.target.value as typeof mode)}
          >
            <option value="attack">Attack</option>
            <option value="blockade">Blockade</option>
            <option value="occupy">Occupy</option>
          </select>
        </div>
      ) : null}

      {cost && (action === "sanction" || action === "embargo" || action === "tariff") ? (
        <div className={`${panelStyles.card} ${panelStyles.cardQuiet}`} aria-live="polite">
          <p className={`${panelStyles.small} ${panelStyles.flush}`}>
            <strong>Expected cost of balancing against {name(target)}:</strong>{" "}
            {money(cost.cost, scenario.era)} ({pct(cost.shareOfGdp, 2)} of your GDP)
          </p>
          <p className={`${panelStyles.small} ${panelStyles.muted} ${panelStyles.noteLine}`}>
            Trade with {name(target)}: {money(cost.trade, scenario.era)} a year; dependence{" "}
            {pct(cost.dependence, 2)} of GDP ({factor} × dependence × GDP).
            {cost.trade === 0 ? " You hardly trade, so this costs you little." : ""}
          </p>
        </div>
      ) : null}
      {action === "lift-sanctions" && target && !sanctioned ? (
        <p className={`${panelStyles.small} ${panelStyles.muted} ${panelStyles.flush}`}>
          You do not sanction {name(target)} at the moment.
        </p>
      ) : null}
      {action === "attack" ? (
        <p className={`${panelStyles.small} ${panelStyles.flush} ${panelStyles.badText}`}>
          War costs the loser 10% of its GDP and 20% of its forces.
        </p>
      ) : null}

      <div>
        <Button
          disabled={!target}
          onClick={() => {
            const o = build();
            if (o) onAdd(o);
          }}
        >
          Add to orders
        </Button>
      </div>
    </div>
  );
}
