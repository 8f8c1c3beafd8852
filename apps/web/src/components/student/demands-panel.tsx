"use client";
import { Button } from "~/components/ui";
import type { Demand } from "@threatscape/engine";
import { useState, type FormEvent } from "react";
import { AckError } from "./ack-error";
import { StateSelect } from "./state-select";
import styles from "./console.module.css";
import { useStudent } from "./student-context";
import { useAck } from "./use-ack";
import { useRoundNote } from "./use-round-note";

const KIND: Record<Demand["kind"], string> = {
  concession: "Concession",
  tribute: "Tribute",
  basing: "Basing rights",
};
const TONE: Record<Demand["status"], string | undefined> = {
  pending: "accent",
  accepted: "ok",
  refused: "bad",
  expired: undefined,
};

export function DemandsPanel() {
  const { view, me } = useStudent();
  const all = Object.values(view.demands).sort(
    (a, b) => b.round - a.round || b.id.localeCompare(a.id, undefined, { numeric: true }),
  );
  const toMe = all.filter((d) => d.to === me);
  const fromMe = all.filter((d) => d.from === me);
  const pending = toMe.filter((d) => d.status === "pending");
  return (
    <div>
      <h2 className={styles.panelTitle}>Demands</h2>
      <p className={styles.panelIntro}>
        Demands and answers take effect at once and are seen only by the two states. Accepting a
        demand from a threatening state is bandwagoning.
      </p>
      <h3 className={styles.sectionTitle}>Addressed to you ({pending.length} waiting)</h3>
      {toMe.length === 0 ? (
        <p className={styles.empty}>No state has made demands of you.</p>
      ) : (
        <ul className={styles.list} aria-label="Demands addressed to you">
          {toMe.map((d) => (
            <DemandCard key={d.id} demand={d} incoming />
          ))}
        </ul>
      )}
      <h3 className={styles.sectionTitle}>Make a demand</h3>
      <DemandForm />
      {fromMe.length ? (
        <>
          <h3 className={styles.sectionTitle}>Your demands</h3>
          <ul className={styles.list} aria-label="Your demands">
            {fromMe.map((d) => (
              <DemandCard key={d.id} demand={d} incoming={false} />
            ))}
          </ul>
        </>
      ) : null}
      <h3 className={styles.sectionTitle}>Break off talks</h3>
      <BreakOffTalks />
    </div>
  );
}

function DemandCard({ demand: d, incoming }: { demand: Demand; incoming: boolean }) {
  const { act, name, canAct } = useStudent();
  const { run, pending, error } = useAck();
  const waiting = incoming && d.status === "pending";
  return (
    <li className={styles.card} data-attention={waiting}>
      <div className={styles.cardHead}>
        <h4 className={styles.cardTitle}>
          {KIND[d.kind]} {incoming ? `from ${name(d.from)}` : `to ${name(d.to)}`}
        </h4>
        <span className={styles.tag} data-tone={TONE[d.status]}>
          {d.status}
        </span>
      </div>
      <p className={`${styles.small} ${styles.flush}`}>
        {d.text ? `“${d.text}”` : <span className={styles.muted}>No text given.</span>}
      </p>
      <p className={`${styles.small} ${styles.muted} ${styles.noteLine}`}>
        Round {d.round}
        {d.kind === "tribute" ? ` · ${d.amount}% of ${incoming ? "your" : "their"} GDP` : ""}
      </p>
      {waiting ? (
        <div className={`${styles.buttonRow} ${styles.spacedTop}`}>
          <Button
            variant="primary"
            disabled={pending || !canAct}
            onClick={() => void run(() => act({ type: "accept-demand", demandId: d.id }))}
          >
            Accept
          </Button>
          <Button
            variant="danger"
            disabled={pending || !canAct}
            onClick={() => void run(() => act({ type: "refuse-demand", demandId: d.id }))}
          >
            Refuse
          </Button>
        </div>
      ) : null}
      <AckError error={error} />
    </li>
  );
}

function DemandForm() {
  const { act, scenario, canAct, view } = useStudent();
  const { run, pending, error } = useAck();
  const [target, setTarget] = useState("");
  const [kind, setKind] = useState<Demand["kind"]>("concession");
  const [amount, setAmount] = useState(1);
  const [text, setText] = useState("");
  const [sent, setSent] = useRoundNote<boolean>(view.round);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(false);
    const ack = await run(() =>
      act({
        type: "demand",
        target,
        kind,
        text: text.trim(),
        ...(kind === "tribute" ? { amount } : {}),
      }),
    );
    if (ack.ok) {
      setText("");
      setSent(true);
    }
  };
  return (
    <form className={styles.form} onSubmit={submit}>
      <div className={styles.fieldRow}>
        <div className={styles.field}>
          <label className={styles.label} htmlFor="demand-target">
            Demand from
          </label>
          <StateSelect id="demand-target" value={target} onChange={setTarget} />
        </div>
        <div className={styles.field}>
          <label className={styles.label} htmlFor="demand-kind">
            Demand type
          </label>
          <select
            id="demand-kind"
            className={styles.select}
            value={kind}
            onChange={(e) => setKind(e.target.value as Demand["kind"])}
          >
            <option value="concession">Concession</option>
            <option value="basing">Basing rights</option>
            {scenario.rules.allowTribute ? (
              <option value="tribute">Tribute (share of GDP)</option>
            ) : null}
          </select>
        </div>
      </div>
      {kind === "tribute" ? (
        <div className={styles.field}>
          <label className={styles.label} htmlFor="demand-amount">
            Tribute: {amount}% of their GDP
          </label>
          <input
            id="demand-amount"
            type="range"
            className={styles.range}
            min={0.5}
            max={10}
            step={0.5}
            value={amount}
            onChange={(e) => setAmount(Number(e.target.value))}
          />
        </div>
      ) : null}
      <div className={styles.field}>
        <label className={styles.label} htmlFor="demand-text">
          What you demand
        </label>
        <textarea
          id="demand-text"
          className={styles.textarea}
          rows={2}
          maxLength={500}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="e.g. Withdraw your forces from the border"
        />
      </div>
      <p className={`${styles.small} ${styles.muted} ${styles.flush}`}>
        A demand signals hostile intentions: the target&apos;s threat estimate of you rises.
      </p>
      <AckError error={error} />
      {sent ? (
        <p className={styles.success} role="status">
          Demand sent.
        </p>
      ) : null}
      <div className={styles.buttonRow}>
        <Button type="submit" variant="primary" disabled={pending || !canAct || !target}>
          Make demand
        </Button>
      </div>
    </form>
  );
}

function BreakOffTalks() {
  const { act, canAct, view } = useStudent();
  const { run, pending, error } = useAck();
  const [target, setTarget] = useState("");
  const [done, setDone] = useRoundNote(view.round);
  return (
    <div>
      <div className={styles.buttonRow}>
        <label className={styles.visuallyHidden} htmlFor="break-off-target">
          Break off talks with
        </label>
        <StateSelect id="break-off-target" value={target} onChange={setTarget} />
        <Button
          variant="danger"
          disabled={pending || !canAct || !target}
          onClick={async () => {
            setDone(null);
            const ack = await run(() => act({ type: "break-off-talks", target }));
            if (ack.ok) setDone(target);
          }}
        >
          Break off talks
        </Button>
      </div>
      <p className={`${styles.small} ${styles.muted} ${styles.noteGap}`}>
        A public diplomatic snub, recorded at once as a hostile act.
      </p>
      {done ? (
        <p className={styles.success} role="status">
          Talks broken off.
        </p>
      ) : null}
      <AckError error={error} />
    </div>
  );
}
