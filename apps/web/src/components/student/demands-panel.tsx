"use client";
import { Button } from "~/components/ui";
import type { Demand } from "@threatscape/engine";
import { useState, type FormEvent } from "react";
import { AckError } from "./ack-error";
import { StateSelect } from "./state-select";
import formStyles from "./form.module.css";
import panelStyles from "./panel.module.css";
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
      <h2 className={panelStyles.panelTitle}>Demands</h2>
      <p className={panelStyles.panelIntro}>
        Demands and answers take effect at once and are seen only by the two states. Accepting a
        demand from a threatening state is bandwagoning.
      </p>
      <h3 className={panelStyles.sectionTitle}>Addressed to you ({pending.length} waiting)</h3>
      {toMe.length === 0 ? (
        <p className={panelStyles.empty}>No state has made demands of you.</p>
      ) : (
        <ul className={panelStyles.list} aria-label="Demands addressed to you">
          {toMe.map((d) => (
            <DemandCard key={d.id} demand={d} incoming />
          ))}
        </ul>
      )}
      <h3 className={panelStyles.sectionTitle}>Make a demand</h3>
      <DemandForm />
      {fromMe.length ? (
        <>
          <h3 className={panelStyles.sectionTitle}>Your demands</h3>
          <ul className={panelStyles.list} aria-label="Your demands">
            {fromMe.map((d) => (
              <DemandCard key={d.id} demand={d} incoming={false} />
            ))}
          </ul>
        </>
      ) : null}
      <h3 className={panelStyles.sectionTitle}>Break off talks</h3>
      <BreakOffTalks />
    </div>
  );
}

function DemandCard({ demand: d, incoming }: { demand: Demand; incoming: boolean }) {
  const { act, name, canAct } = useStudent();
  const { run, pending, error } = useAck();
  const waiting = incoming && d.status === "pending";
  return (
    <li className={panelStyles.card} data-attention={waiting}>
      <div className={panelStyles.cardHead}>
        <h4 className={panelStyles.cardTitle}>
          {KIND[d.kind]} {incoming ? `from ${name(d.from)}` : `to ${name(d.to)}`}
        </h4>
        <span className={panelStyles.tag} data-tone={TONE[d.status]}>
          {d.status}
        </span>
      </div>
      <p className={`${panelStyles.small} ${panelStyles.flush}`}>
        {d.text ? `“${d.text}”` : <span className={panelStyles.muted}>No text given.</span>}
      </p>
      <p className={`${panelStyles.small} ${panelStyles.muted} ${panelStyles.noteLine}`}>
        Round {d.round}
        {d.kind === "tribute" ? ` · ${d.amount}% of ${incoming ? "your" : "their"} GDP` : ""}
      </p>
      {waiting ? (
        <div className={`${panelStyles.buttonRow} ${panelStyles.spacedTop}`}>
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
    <form className={formStyles.form} onSubmit={submit}>
      <div className={formStyles.fieldRow}>
        <div className={formStyles.field}>
          <label className={formStyles.label} htmlFor="demand-target">
            Demand from
          </label>
          <StateSelect id="demand-target" value={target} onChange={setTarget} />
        </div>
        <div className={formStyles.field}>
          <label className={formStyles.label} htmlFor="demand-kind">
            Demand type
          </label>
          <select
            id="demand-kind"
            className={formStyles.select}
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
        <div className={formStyles.field}>
          <label className={formStyles.label} htmlFor="demand-amount">
            Tribute: {amount}% of their GDP
          </label>
          <input
            id="demand-amount"
            type="range"
            className={formStyles.range}
            min={0.5}
            max={10}
            step={0.5}
            value={amount}
            onChange={(e) => setAmount(Number(e.target.value))}
          />
        </div>
      ) : null}
      <div className={formStyles.field}>
        <label className={formStyles.label} htmlFor="demand-text">
          What you demand
        </label>
        <textarea
          id="demand-text"
          className={formStyles.textarea}
          rows={2}
          maxLength={500}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="e.g. Withdraw your forces from the border"
        />
      </div>
      <p className={`${panelStyles.small} ${panelStyles.muted} ${panelStyles.flush}`}>
        A demand signals hostile intentions: the target&apos;s threat estimate of you rises.
      </p>
      <AckError error={error} />
      {sent ? (
        <p className={panelStyles.success} role="status">
          Demand sent.
        </p>
      ) : null}
      <div className={panelStyles.buttonRow}>
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
      <div className={panelStyles.buttonRow}>
        <label className={panelStyles.visuallyHidden} htmlFor="break-off-target">
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
      <p className={`${panelStyles.small} ${panelStyles.muted} ${panelStyles.noteGap}`}>
        A public diplomatic snub, recorded at once as a hostile act.
      </p>
      {done ? (
        <p className={panelStyles.success} role="status">
          Talks broken off.
        </p>
      ) : null}
      <AckError error={error} />
    </div>
  );
}
