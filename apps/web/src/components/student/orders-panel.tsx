"use client";
import type { StateRuntime } from "@threatscape/engine";
import { useEffect, useState } from "react";
import { AckError } from "./ack-error";
import { StateSelect } from "./state-select";
import styles from "./console.module.css";
import {
  addOrder,
  balancingCost,
  burdenCost,
  describeOrder,
  money,
  pct,
  type OrderDraft,
} from "./model";
import { ordersCard, plural, type LivePhaseName } from "./round-status";
import { useStudent } from "./student-context";
import { useAck } from "./use-ack";
import { useRoundNote } from "./use-round-note";

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
function useDraft(key: string) {
  const [draft, setDraft] = useState<OrderDraft[]>([]);
  const [loaded, setLoaded] = useState<string | null>(null);
  useEffect(() => {
    try {
      const raw = window.localStorage.getItem(key);
      setDraft(raw ? (JSON.parse(raw) as OrderDraft[]) : []);
    } catch {
      setDraft([]);
    }
    setLoaded(key);
  }, [key]);
  useEffect(() => {
    if (loaded !== key) return;
    try {
      if (draft.length) window.localStorage.setItem(key, JSON.stringify(draft));
      else window.localStorage.removeItem(key);
    } catch {
      // Storage blocked: the draft lives as long as the tab.
    }
  }, [draft, key, loaded]);
  return [draft, setDraft] as const;
}

export function OrdersPanel() {
  const { act, view, me, name, scenario, joinCode, canAct } = useStudent();
  const [draft, setDraft] = useDraft(`threatscape:orders:${joinCode}:${me}:${view.round}`);
  const { run, pending, error } = useAck();
  const [done, setDone] = useRoundNote(view.round);
  const runtime = view.states[me] as StateRuntime | undefined;
  const submitted = Boolean(view.submitted[me]);
  const queued = view.orders[me] ?? [];
  const card = ordersCard(view.phase as LivePhaseName, submitted, queued.length);
  const add = (o: OrderDraft) => {
    setDone(null);
    setDraft((d) => addOrder(d, o));
  };

  const submit = async (orders: OrderDraft[] | null) => {
    setDone(null);
    const ack = await run(() =>
      act(orders === null ? { type: "no-change" } : { type: "submit-orders", orders }),
    );
    if (ack.ok) {
      setDraft([]);
      setDone(
        orders === null
          ? "Recorded: no change this round."
          : `${plural(orders.length, "order")} submitted. Submitting again replaces them until the phase ends.`,
      );
    }
  };

  if (!runtime) return <p className={styles.empty}>Orders open with the first round.</p>;

  return (
    <div>
      <h2 className={styles.panelTitle}>Orders for round {view.round}</h2>
      <p className={styles.panelIntro}>
        Orders stay secret and are carried out together when the round resolves. Collect them below,
        then submit once{view.phase === "orders" ? " before the timer runs out" : ""}.
      </p>

      <div className={styles.card} data-attention={card.tone === "warn"}>
        <div className={styles.cardHead}>
          <h3 className={styles.cardTitle}>{card.title}</h3>
          <span className={styles.tag} data-tone={card.tone}>
            {card.tag}
          </span>
        </div>
        {submitted && queued.length ? (
          <>
            <ul className={styles.small} style={{ margin: "4px 0 6px", paddingLeft: 18 }}>
              {queued.map((o, i) => (
                <li key={i}>{describeOrder(o, name)}</li>
              ))}
            </ul>
            <button
              type="button"
              className={styles.button}
              data-variant="ghost"
              onClick={() => setDraft(queued.map(({ actor: _a, at: _t, ...o }) => o as OrderDraft))}
            >
              Edit submitted orders
            </button>
          </>
        ) : (
          <p className={`${styles.small} ${styles.muted}`} style={{ margin: 0 }}>
            {submitted
              ? "You chose no change this round."
              : "Nothing is carried out until you submit."}
          </p>
        )}
      </div>

      <h3 className={styles.sectionTitle}>Draft ({draft.length})</h3>
      {draft.length === 0 ? (
        <p className={styles.empty}>No orders drafted. Add some below, or submit “No change”.</p>
      ) : (
        <ol className={styles.list} aria-label="Draft orders" style={{ gap: 4 }}>
          {draft.map((o, i) => (
            <li
              key={i}
              className={styles.card}
              style={{
                display: "flex",
                justifyContent: "space-between",
                alignItems: "center",
                padding: "6px 10px",
              }}
            >
              <span className={styles.small}>{describeOrder(o, name)}</span>
              <button
                type="button"
                className={styles.button}
                data-variant="ghost"
                aria-label={`Remove: ${describeOrder(o, name)}`}
                onClick={() => setDraft((d) => d.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      <div className={styles.buttonRow} style={{ marginTop: 10 }}>
        <button
          type="button"
          className={styles.button}
          data-variant="primary"
          data-size="large"
          disabled={pending || !canAct || draft.length === 0}
          onClick={() => void submit(draft)}
        >
          Submit orders
        </button>
        <button
          type="button"
          className={styles.button}
          data-size="large"
          disabled={pending || !canAct}
          onClick={() => void submit(null)}
        >
          No change
        </button>
      </div>
      <AckError error={error} />
      {done ? (
        <p className={styles.success} role="status">
          {done}
        </p>
      ) : null}

      <h3 className={styles.sectionTitle}>Military</h3>
      <MilitaryOrders
        key={`${view.round}:${runtime.burden}:${runtime.posture}`}
        runtime={runtime}
        onAdd={add}
        penalty={scenario.parameters?.growthBurdenPenalty ?? 0.5}
      />

      <h3 className={styles.sectionTitle}>Toward another state</h3>
      <TargetOrders gdp={runtime.gdp} onAdd={add} />
    </div>
  );
}

function MilitaryOrders({
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
    <div className={styles.form}>
      <div className={styles.field}>
        <label className={styles.label} htmlFor="order-burden">
          Defence burden (% of GDP): {burden.toFixed(1)}%
        </label>
        <input
          id="order-burden"
          type="range"
          className={styles.range}
          min={0.5}
          max={35}
          step={0.1}
          value={burden}
          onChange={(e) => setBurden(Number(e.target.value))}
        />
        <p className={`${styles.small} ${styles.muted}`} style={{ margin: 0 }} aria-live="polite">
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
          <button
            type="button"
            className={styles.button}
            disabled={Math.abs(cost.spendingDelta) < 0.05}
            onClick={() => onAdd({ type: "set-burden", burden: Math.round(burden * 10) / 10 })}
          >
            Add burden order
          </button>
        </div>
      </div>
      <div className={styles.field}>
        <label className={styles.label} htmlFor="order-posture">
          Posture (offensive share): {Math.round(posture * 100)}%
        </label>
        <input
          id="order-posture"
          type="range"
          className={styles.range}
          min={0}
          max={1}
          step={0.05}
          value={posture}
          onChange={(e) => setPosture(Number(e.target.value))}
        />
        <p className={`${styles.small} ${styles.muted}`} style={{ margin: 0 }}>
          Now {Math.round(runtime.posture * 100)}%. Offensive forces raise the threat others see in
          you; defensive ones do not.
        </p>
        <div>
          <button
            type="button"
            className={styles.button}
            disabled={Math.abs(posture - runtime.posture) < 0.01}
            onClick={() => onAdd({ type: "set-posture", posture: Math.round(posture * 100) / 100 })}
          >
            Add posture order
          </button>
        </div>
      </div>
      <div className={styles.fieldRow}>
        <div className={styles.field}>
          <label className={styles.label} htmlFor="order-mobilise">
            Mobilisation
          </label>
          <select
            id="order-mobilise"
            className={styles.select}
            value={mob}
            onChange={(e) => setMob(e.target.value as "1" | "0.5" | "0")}
          >
            <option value="1">Full mobilisation</option>
            <option value="0.5">Partial mobilisation</option>
            <option value="0">Demobilise</option>
          </select>
        </div>
        <div className={styles.field}>
          <label className={styles.label} htmlFor="order-mobilise-against">
            Against
          </label>
          <select
            id="order-mobilise-against"
            className={styles.select}
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
      <p className={`${styles.small} ${styles.muted}`} style={{ margin: 0 }}>
        Mobilisation boosts offensive capability for one round and must be renewed; others read it
        as a hostile signal.
      </p>
      <div>
        <button
          type="button"
          className={styles.button}
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
        </button>
      </div>
    </div>
  );
}

function TargetOrders({ gdp, onAdd }: { gdp: number; onAdd: (o: OrderDraft) => void }) {
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
    <div className={styles.form}>
      <div className={styles.fieldRow}>
        <div className={styles.field}>
          <label className={styles.label} htmlFor="order-target">
            Target state
          </label>
          <StateSelect id="order-target" value={target} onChange={setTarget} />
        </div>
        <div className={styles.field}>
          <label className={styles.label} htmlFor="order-action">
            Action
          </label>
          <select
            id="order-action"
            className={styles.select}
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
        <p className={`${styles.small} ${styles.muted}`} style={{ margin: 0 }}>
          {help}
        </p>
      ) : null}

      {action === "tariff" ? (
        <div className={styles.field}>
          <label className={styles.label} htmlFor="order-tariff">
            Tariff level: {tariff}%
          </label>
          <input
            id="order-tariff"
            type="range"
            className={styles.range}
            min={5}
            max={100}
            step={5}
            value={tariff}
            onChange={(e) => setTariff(Number(e.target.value))}
          />
        </div>
      ) : null}
      {action === "aid" ? (
        <div className={styles.field}>
          <label className={styles.label} htmlFor="order-aid">
            Aid: {aid}% of your GDP ({money((aid / 100) * gdp, scenario.era)})
          </label>
          <input
            id="order-aid"
            type="range"
            className={styles.range}
            min={0.1}
            max={10}
            step={0.1}
            value={aid}
            onChange={(e) => setAid(Number(e.target.value))}
          />
        </div>
      ) : null}
      {action === "threaten" ? (
        <div className={styles.field}>
          <label className={styles.label} htmlFor="order-threat">
            Threaten with
          </label>
          <select
            id="order-threat"
            className={styles.select}
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
        <div className={styles.field}>
          <label className={styles.label} htmlFor="order-attack-mode">
            Kind of operation
          </label>
          <select
            id="order-attack-mode"
            className={styles.select}
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
        <div className={styles.card} style={{ background: "#fcfbf8" }} aria-live="polite">
          <p className={styles.small} style={{ margin: 0 }}>
            <strong>Expected cost of balancing against {name(target)}:</strong>{" "}
            {money(cost.cost, scenario.era)} ({pct(cost.shareOfGdp, 2)} of your GDP)
          </p>
          <p className={`${styles.small} ${styles.muted}`} style={{ margin: "2px 0 0" }}>
            Trade with {name(target)}: {money(cost.trade, scenario.era)} a year; dependence{" "}
            {pct(cost.dependence, 2)} of GDP ({factor} × dependence × GDP).
            {cost.trade === 0 ? " You hardly trade, so this costs you little." : ""}
          </p>
        </div>
      ) : null}
      {action === "lift-sanctions" && target && !sanctioned ? (
        <p className={`${styles.small} ${styles.muted}`} style={{ margin: 0 }}>
          You do not sanction {name(target)} at the moment.
        </p>
      ) : null}
      {action === "attack" ? (
        <p className={styles.small} style={{ margin: 0, color: "var(--bad)" }}>
          War costs the loser 10% of its GDP and 20% of its forces.
        </p>
      ) : null}

      <div>
        <button
          type="button"
          className={styles.button}
          disabled={!target}
          onClick={() => {
            const o = build();
            if (o) onAdd(o);
          }}
        >
          Add to orders
        </button>
      </div>
    </div>
  );
}
