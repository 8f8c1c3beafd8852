"use client";
import { Button } from "~/components/ui";
import type { StateRuntime } from "@threatscape/engine";
import { useEffect, useState } from "react";
import { AckError } from "./ack-error";
import styles from "./panel.module.css";
import { addOrder, describeOrder, type OrderDraft } from "./model";
import { ordersCard, plural, type LivePhaseName } from "./round-status";
import { useStudent } from "./student-context";
import { useAck } from "./use-ack";
import { useRoundNote } from "./use-round-note";

import { MilitaryOrders } from "./order-military";
import { TargetOrders } from "./order-target";

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
  const { act, view, me, name, scenario, joinCode, canAct, gameOver } = useStudent();
  const [draft, setDraft] = useDraft(`threatscape:orders:${joinCode}:${me}:${view.round}`);
  const { run, pending, error } = useAck();
  const [done, setDone] = useRoundNote(view.round);
  const runtime = view.states[me] as StateRuntime | undefined;
  const submitted = Boolean(view.submitted[me]);
  const queued = view.orders[me] ?? [];
  const card = ordersCard(
    view.phase as LivePhaseName,
    submitted,
    queued.length,
    gameOver === true || view.phase === "ended",
  );
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
            <ul className={`${styles.small} ${styles.orderList}`}>
              {queued.map((o, i) => (
                <li key={i}>{describeOrder(o, name)}</li>
              ))}
            </ul>
            <Button
              variant="ghost"
              onClick={() => setDraft(queued.map(({ actor: _a, at: _t, ...o }) => o as OrderDraft))}
            >
              Edit submitted orders
            </Button>
          </>
        ) : (
          <p className={`${styles.small} ${styles.muted} ${styles.flush}`}>
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
        <ol className={`${styles.list} ${styles.listTight}`} aria-label="Draft orders">
          {draft.map((o, i) => (
            <li key={i} className={`${styles.card} ${styles.draftItem}`}>
              <span className={styles.small}>{describeOrder(o, name)}</span>
              <Button
                variant="ghost"
                aria-label={`Remove: ${describeOrder(o, name)}`}
                onClick={() => setDraft((d) => d.filter((_, j) => j !== i))}
              >
                Remove
              </Button>
            </li>
          ))}
        </ol>
      )}
      <div className={`${styles.buttonRow} ${styles.spacedTop}`}>
        <Button
          variant="primary"
          size="large"
          disabled={pending || !canAct || draft.length === 0}
          onClick={() => void submit(draft)}
        >
          Submit orders
        </Button>
        <Button size="large" disabled={pending || !canAct} onClick={() => void submit(null)}>
          No change
        </Button>
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
