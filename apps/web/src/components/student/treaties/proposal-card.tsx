"use client";
import type { Proposal } from "@threatscape/engine";
import type { StateActionInput } from "@threatscape/protocol";
import { AckError } from "../ack-error";
import styles from "../console.module.css";
import { KIND_LABELS } from "../model";
import { useStudent } from "../student-context";
import { useAck } from "../use-ack";
import { Clauses, STATUS_TONE } from "./clauses";

export function ProposalCard({
  proposal: p,
  onAmend,
}: {
  proposal: Proposal;
  onAmend: () => void;
}) {
  const { act: send, me, name, canAct } = useStudent();
  const { run, pending, error } = useAck();
  const act = (action: StateActionInput) => void run(() => send(action));
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
