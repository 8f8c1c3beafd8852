"use client";
import type { Proposal, Treaty, TreatyKind } from "@threatscape/engine";
import type { StateActionInput } from "@threatscape/protocol";
import { useRef, useState, type FormEvent } from "react";
import { AckError } from "./ack-error";
import styles from "./console.module.css";
import { KIND_LABELS } from "./model";
import { useStudent } from "./student-context";
import { useAck } from "./use-ack";

type Draft = {
  kind: TreatyKind;
  name: string;
  /** Other members (I am always one). */
  members: string[];
  against: string[];
  /** Percent of tariffs removed (trade pacts). */
  tariffCut: number;
  /** Rounds; "" = indefinite. */
  duration: string;
  secret: boolean;
  basing: { owner: string; host: string }[];
};

const EMPTY: Draft = {
  kind: "defence",
  name: "",
  members: [],
  against: [],
  tariffCut: 100,
  duration: "",
  secret: false,
  basing: [],
};

const KIND_HELP: Record<TreatyKind, string> = {
  defence: "Members defend each other: hard balancing. Threats to an ally count as threats to you.",
  trade: "Members cut tariffs on each other's goods: trade grows, dependence shifts.",
  consultation: "Members consult in a crisis: soft balancing without a military commitment.",
  "non-aggression": "Members promise not to attack or coerce each other.",
};

function draftFrom(p: Proposal, me: string): Draft {
  return {
    kind: p.terms.kind,
    name: p.terms.name,
    members: p.terms.members.filter((m) => m !== me),
    against: [...p.terms.directedAgainst],
    tariffCut: Math.round((p.terms.kind === "trade" ? p.terms.tariffCut : 1) * 100),
    duration: p.terms.duration === null ? "" : String(p.terms.duration),
    secret: p.terms.secret,
    basing: p.terms.basing.map((b) => ({ ...b })),
  };
}

export function TreatyPanel() {
  const { view, me } = useStudent();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [amending, setAmending] = useState<Proposal | null>(null);
  const builder = useRef<HTMLElement>(null);
  const proposals = Object.values(view.proposals).sort(
    (a, b) => b.round - a.round || b.id.localeCompare(a.id, undefined, { numeric: true }),
  );
  const open = proposals.filter((p) => p.status === "open");
  const closed = proposals.filter((p) => p.status !== "open");
  const mine = Object.values(view.treaties).filter((t) => t.members.includes(me));

  const amend = (p: Proposal) => {
    setAmending(p);
    setDraft(draftFrom(p, me));
    builder.current?.scrollIntoView({ behavior: "smooth", block: "start" });
    builder.current?.querySelector<HTMLElement>("select, input")?.focus({ preventScroll: true });
  };

  return (
    <div>
      <h2 className={styles.panelTitle}>Treaties</h2>
      <p className={styles.panelIntro}>
        Proposals reach the other members at once. A treaty enters into force when every member has
        accepted it.
      </p>

      <h3 className={styles.sectionTitle}>Open proposals ({open.length})</h3>
      {open.length === 0 ? (
        <p className={styles.empty}>No open proposals involve you.</p>
      ) : (
        <ul className={styles.list} aria-label="Open proposals">
          {open.map((p) => (
            <ProposalCard key={p.id} proposal={p} onAmend={() => amend(p)} />
          ))}
        </ul>
      )}

      <section ref={builder} aria-labelledby="builder-heading" style={{ scrollMarginTop: 8 }}>
        <h3 id="builder-heading" className={styles.sectionTitle} style={{ marginTop: 18 }}>
          {amending ? `Amend “${amending.terms.name}”` : "Propose a treaty"}
        </h3>
        <TreatyBuilder
          draft={draft}
          setDraft={setDraft}
          amending={amending}
          onDone={() => {
            setAmending(null);
            setDraft(EMPTY);
          }}
        />
      </section>

      <h3 className={styles.sectionTitle}>Your treaties in force ({mine.length})</h3>
      {mine.length === 0 ? (
        <p className={styles.empty}>You belong to no treaty yet.</p>
      ) : (
        <ul className={styles.list} aria-label="Your treaties in force">
          {mine.map((t) => (
            <TreatyCard key={t.id} treaty={t} />
          ))}
        </ul>
      )}

      {closed.length ? (
        <details style={{ marginTop: 14 }}>
          <summary className={styles.small} style={{ cursor: "pointer", fontWeight: 600 }}>
            Earlier proposals ({closed.length})
          </summary>
          <ul className={styles.list} style={{ marginTop: 8 }}>
            {closed.map((p) => (
              <ProposalCard key={p.id} proposal={p} onAmend={() => amend(p)} />
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

const STATUS_TONE: Record<Proposal["status"], string | undefined> = {
  open: "accent",
  "in-force": "ok",
  rejected: "bad",
  withdrawn: undefined,
  lapsed: undefined,
};

function Clauses({ terms }: { terms: Proposal["terms"] | Treaty }) {
  const { name } = useStudent();
  const parts = [
    terms.directedAgainst.length
      ? `Directed against ${terms.directedAgainst.map(name).join(", ")}`
      : "Not directed against anyone",
    terms.kind === "trade" ? `tariff cut ${Math.round(terms.tariffCut * 100)}%` : null,
    terms.duration === null
      ? "indefinite"
      : `${terms.duration} ${terms.duration === 1 ? "round" : "rounds"}`,
    terms.secret ? "secret" : null,
    terms.basing.length
      ? `basing: ${terms.basing.map((b) => `${name(b.owner)} in ${name(b.host)}`).join("; ")}`
      : null,
  ].filter(Boolean);
  return (
    <p className={`${styles.small} ${styles.muted}`} style={{ margin: "2px 0 0" }}>
      {parts.join(" · ")}
    </p>
  );
}

function ProposalCard({ proposal: p, onAmend }: { proposal: Proposal; onAmend: () => void }) {
  const { session, me, name, canAct } = useStudent();
  const { run, pending, error } = useAck();
  const act = (action: StateActionInput) => void run(() => session.act(action));
  const waitingForMe = p.status === "open" && !p.ratifiedBy.includes(me);
  const last = p.amendments.at(-1);
  return (
    <li className={styles.card} data-attention={waitingForMe}>
      <div className={styles.cardHead}>
        <h4 className={styles.cardTitle}>{p.terms.name}</h4>
        <span className={styles.tag} data-tone={STATUS_TONE[p.status]}>
          {p.status === "open" ? (waitingForMe ? "Awaiting you" : "Open") : p.status}
        </span>
      </div>
      <p className={styles.small} style={{ margin: 0 }}>
        {KIND_LABELS[p.terms.kind]} · proposed by {p.proposer === me ? "you" : name(p.proposer)} in
        round {p.round}
        {last
          ? ` · version ${p.version}, amended by ${last.by === me ? "you" : name(last.by)}`
          : ""}
      </p>
      <p className={styles.small} style={{ margin: "4px 0 0" }}>
        {p.terms.members.map((m, i) => (
          <span key={m}>
            {i ? ", " : ""}
            {name(m)}{" "}
            {p.ratifiedBy.includes(m) ? (
              <span aria-label="accepted" style={{ color: "var(--ok)" }}>
                ✓
              </span>
            ) : (
              <span className={styles.muted}>(pending)</span>
            )}
          </span>
        ))}
      </p>
      <Clauses terms={p.terms} />
      {p.status === "open" ? (
        <div className={styles.buttonRow} style={{ marginTop: 8 }}>
          {waitingForMe ? (
            <>
              <button
                type="button"
                className={styles.button}
                data-variant="ok"
                disabled={pending || !canAct}
                onClick={() => act({ type: "accept-treaty", proposalId: p.id })}
              >
                Accept
              </button>
              <button
                type="button"
                className={styles.button}
                data-variant="danger"
                disabled={pending || !canAct}
                onClick={() => act({ type: "reject-treaty", proposalId: p.id })}
              >
                Reject
              </button>
            </>
          ) : null}
          <button
            type="button"
            className={styles.button}
            disabled={pending || !canAct}
            onClick={onAmend}
          >
            Amend
          </button>
          {p.proposer === me ? (
            <button
              type="button"
              className={styles.button}
              data-variant="ghost"
              disabled={pending || !canAct}
              onClick={() => act({ type: "withdraw-proposal", proposalId: p.id })}
            >
              Withdraw
            </button>
          ) : null}
        </div>
      ) : null}
      <AckError error={error} />
    </li>
  );
}

function TreatyCard({ treaty: t }: { treaty: Treaty }) {
  const { session, me, name, view, canAct } = useStudent();
  const { run, pending, error } = useAck();
  const [confirming, setConfirming] = useState(false);
  const locked = t.endsAfterRound !== null && t.endsAfterRound > view.round;
  const leaving = t.leaving.includes(me);
  return (
    <li className={styles.card}>
      <div className={styles.cardHead}>
        <h4 className={styles.cardTitle}>{t.name}</h4>
        <span className={styles.tag} data-tone={t.kind === "defence" ? "accent" : undefined}>
          {KIND_LABELS[t.kind]}
        </span>
      </div>
      <p className={styles.small} style={{ margin: 0 }}>
        {t.members.map(name).join(", ")}
        {t.origin === "scenario"
          ? " · in force before the game"
          : ` · since round ${t.startedRound}`}
      </p>
      <Clauses terms={t} />
      {leaving ? (
        <p className={styles.success}>You have given notice: you leave when this round resolves.</p>
      ) : (
        <div className={styles.buttonRow} style={{ marginTop: 8 }}>
          <button
            type="button"
            className={styles.button}
            disabled={pending || !canAct}
            title={
              locked
                ? `Runs until round ${t.endsAfterRound}: leaving earlier counts as breaking it`
                : undefined
            }
            onClick={() => void run(() => session.act({ type: "leave-treaty", treatyId: t.id }))}
          >
            Leave treaty
          </button>
          <button
            type="button"
            className={styles.button}
            data-variant="danger"
            disabled={pending || !canAct}
            onClick={() => setConfirming(true)}
          >
            Break treaty
          </button>
        </div>
      )}
      {confirming ? (
        <div className={styles.confirm} role="alertdialog" aria-labelledby={`break-${t.id}`}>
          <p id={`break-${t.id}`}>
            <strong>Breaking {t.name} is remembered.</strong> It is announced to the members, logged
            for the debrief, and every state will trust your promises less from now on.
            {locked ? "" : " Leaving lawfully (at the end of the round) is not held against you."}
          </p>
          <div className={styles.buttonRow}>
            <button
              type="button"
              className={styles.button}
              data-variant="danger"
              autoFocus
              disabled={pending}
              onClick={async () => {
                const ack = await run(() => session.act({ type: "break-treaty", treatyId: t.id }));
                if (ack.ok) setConfirming(false);
              }}
            >
              Yes, break the treaty
            </button>
            <button type="button" className={styles.button} onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </div>
        </div>
      ) : null}
      <AckError error={error} />
    </li>
  );
}

function TreatyBuilder({
  draft,
  setDraft,
  amending,
  onDone,
}: {
  draft: Draft;
  setDraft: (d: Draft | ((d: Draft) => Draft)) => void;
  amending: Proposal | null;
  onDone: () => void;
}) {
  const { session, me, name, others, scenario, canAct } = useStudent();
  const { run, pending, error } = useAck();
  const [sent, setSent] = useState<string | null>(null);
  const [owner, setOwner] = useState("");
  const [host, setHost] = useState("");
  const allMembers = [me, ...draft.members];
  const targets = scenario.states.filter((s) => s.id !== me);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const toggle = (key: "members" | "against", id: string, on: boolean) =>
    setDraft((d) => ({
      ...d,
      [key]: on ? [...d[key], id] : d[key].filter((x) => x !== id),
      // A state cannot be both a member and the adversary; dropping a member drops its bases.
      ...(key === "members" && on ? { against: d.against.filter((x) => x !== id) } : {}),
      ...(key === "members" && !on
        ? { basing: d.basing.filter((b) => b.owner !== id && b.host !== id) }
        : {}),
    }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(null);
    const duration = draft.duration.trim() ? Number(draft.duration) : null;
    const terms = {
      kind: draft.kind,
      ...(draft.name.trim() ? { name: draft.name.trim() } : {}),
      members: allMembers,
      directedAgainst: draft.against,
      ...(draft.kind === "trade" ? { tariffCut: draft.tariffCut / 100 } : {}),
      basing: draft.basing,
      duration,
      secret: draft.secret,
    };
    const ack = await run(() =>
      session.act(
        amending
          ? { type: "amend-treaty", proposalId: amending.id, terms }
          : { type: "propose-treaty", terms },
      ),
    );
    if (ack.ok) {
      setSent(
        amending
          ? "Amendment sent: the other members must accept the new version."
          : "Proposal sent to the other members.",
      );
      onDone();
    }
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-labelledby="builder-heading">
      <div className={styles.fieldRow}>
        <div className={styles.field}>
          <label className={styles.label} htmlFor="treaty-kind">
            Treaty type
          </label>
          <select
            id="treaty-kind"
            className={styles.select}
            value={draft.kind}
            onChange={(e) => set("kind", e.target.value as TreatyKind)}
          >
            <option value="defence">Defence pact</option>
            <option value="trade">Trade pact</option>
            <option value="consultation">Consultation pact</option>
            <option value="non-aggression">Non-aggression pact</option>
          </select>
        </div>
        <div className={styles.field}>
          <label className={styles.label} htmlFor="treaty-name">
            Treaty name
          </label>
          <input
            id="treaty-name"
            className={styles.input}
            value={draft.name}
            maxLength={120}
            placeholder={`${draft.kind} pact ${allMembers.join("-")}`}
            onChange={(e) => set("name", e.target.value)}
          />
        </div>
      </div>
      <p className={`${styles.small} ${styles.muted}`} style={{ margin: 0 }}>
        {KIND_HELP[draft.kind]}
      </p>

      <fieldset className={styles.checks}>
        <legend>Members</legend>
        <div className={styles.checkGrid}>
          <label className={styles.check}>
            <input type="checkbox" checked disabled />
            {name(me)} (you)
          </label>
          {others.map((s) => (
            <label key={s.id} className={styles.check}>
              <input
                type="checkbox"
                checked={draft.members.includes(s.id)}
                onChange={(e) => toggle("members", s.id, e.target.checked)}
              />
              {s.name}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className={styles.checks}>
        <legend>Directed against</legend>
        <div className={styles.checkGrid}>
          {targets.map((s) => (
            <label key={s.id} className={styles.check}>
              <input
                type="checkbox"
                checked={draft.against.includes(s.id)}
                disabled={draft.members.includes(s.id)}
                onChange={(e) => toggle("against", s.id, e.target.checked)}
              />
              {s.name}
            </label>
          ))}
        </div>
      </fieldset>

      <div className={styles.fieldRow}>
        {draft.kind === "trade" ? (
          <div className={styles.field}>
            <label className={styles.label} htmlFor="treaty-tariff">
              Tariff cut: {draft.tariffCut}%
            </label>
            <input
              id="treaty-tariff"
              type="range"
              className={styles.range}
              min={0}
              max={100}
              step={5}
              value={draft.tariffCut}
              onChange={(e) => set("tariffCut", Number(e.target.value))}
            />
          </div>
        ) : null}
        <div className={styles.field}>
          <label className={styles.label} htmlFor="treaty-duration">
            Duration (rounds)
          </label>
          <input
            id="treaty-duration"
            className={styles.input}
            type="number"
            min={1}
            max={200}
            placeholder="Indefinite"
            value={draft.duration}
            onChange={(e) => set("duration", e.target.value)}
          />
        </div>
      </div>

      <label className={styles.check}>
        <input
          type="checkbox"
          checked={draft.secret}
          onChange={(e) => set("secret", e.target.checked)}
        />
        Secret treaty (only members know it exists)
      </label>

      {draft.members.length ? (
        <fieldset className={styles.checks}>
          <legend>Basing rights</legend>
          {draft.basing.length ? (
            <ul className={styles.list} style={{ gap: 4, margin: "2px 0 8px" }}>
              {draft.basing.map((b, i) => (
                <li
                  key={`${b.owner}-${b.host}`}
                  className={styles.small}
                  style={{ display: "flex", justifyContent: "space-between", alignItems: "center" }}
                >
                  {name(b.owner)} may base forces in {name(b.host)}
                  <button
                    type="button"
                    className={styles.button}
                    data-variant="ghost"
                    onClick={() =>
                      set(
                        "basing",
                        draft.basing.filter((_, j) => j !== i),
                      )
                    }
                  >
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <div className={styles.buttonRow}>
            <label className={styles.visuallyHidden} htmlFor="basing-owner">
              Base owner
            </label>
            <select
              id="basing-owner"
              className={styles.select}
              value={owner}
              onChange={(e) => setOwner(e.target.value)}
            >
              <option value="">Forces of…</option>
              {allMembers.map((m) => (
                <option key={m} value={m}>
                  {name(m)}
                </option>
              ))}
            </select>
            <label className={styles.visuallyHidden} htmlFor="basing-host">
              Base host
            </label>
            <select
              id="basing-host"
              className={styles.select}
              value={host}
              onChange={(e) => setHost(e.target.value)}
            >
              <option value="">…based in</option>
              {allMembers
                .filter((m) => m !== owner)
                .map((m) => (
                  <option key={m} value={m}>
                    {name(m)}
                  </option>
                ))}
            </select>
            <button
              type="button"
              className={styles.button}
              disabled={
                !owner ||
                !host ||
                owner === host ||
                draft.basing.some((b) => b.owner === owner && b.host === host)
              }
              onClick={() => {
                set("basing", [...draft.basing, { owner, host }]);
                setOwner("");
                setHost("");
              }}
            >
              Add basing right
            </button>
          </div>
        </fieldset>
      ) : null}

      <AckError error={error} />
      {sent ? (
        <p className={styles.success} role="status">
          {sent}
        </p>
      ) : null}
      <div className={styles.buttonRow}>
        <button
          type="submit"
          className={styles.button}
          data-variant="primary"
          disabled={pending || !canAct || draft.members.length === 0}
        >
          {amending ? "Send amendment" : "Propose treaty"}
        </button>
        {amending ? (
          <button type="button" className={styles.button} onClick={onDone}>
            Cancel amendment
          </button>
        ) : null}
        {draft.members.length === 0 ? (
          <span className={`${styles.small} ${styles.muted}`}>Pick at least one other member.</span>
        ) : null}
      </div>
    </form>
  );
}
