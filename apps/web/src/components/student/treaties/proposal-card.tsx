"use client";
import { Button } from "~/components/ui";
import type { Proposal } from "@threatscape/engine";
import type { StateActionInput } from "@threatscape/protocol";
import { AckError } from "../ack-error";
import styles from "../panel.module.css";
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
      <p className={`${styles.small} ${styles.flush}`}>
        {KIND_LABELS[p.terms.kind]} · proposed by {p.proposer === me ? "you" : name(p.proposer)} in
        round {p.round}
        {last
          ? ` · version ${p.version}, amended by ${last.by === me ? "you" : name(last.by)}`
          : ""}
      </p>
      <p className={`${styles.small} ${styles.noteLine}`}>
        {p.terms.members.map((m, i) => (
          <span key={m}>
            {i ? ", " : ""}
            {name(m)}{" "}
            {p.ratifiedBy.includes(m) ? (
              <span className={styles.okText} aria-label="accepted">
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
        <div className={`${styles.buttonRow} ${styles.spacedTop}`}>
          {waitingForMe ? (
            <>
              <Button
                variant="primary"
                disabled={pending || !canAct}
                onClick={() => act({ type: "accept-treaty", proposalId: p.id })}
              >
                Accept
              </Button>
              <Button
                variant="danger"
                disabled={pending || !canAct}
                onClick={() => act({ type: "reject-treaty", proposalId: p.id })}
              >
                Reject
              </Button>
            </>
          ) : null}
          <Button disabled={pending || !canAct} onClick={onAmend}>
            Amend
          </Button>
          {p.proposer === me ? (
            <Button
              variant="ghost"
              disabled={pending || !canAct}
              onClick={() => act({ type: "withdraw-proposal", proposalId: p.id })}
            >
              Withdraw
            </Button>
          ) : null}
        </div>
      ) : null}
      <AckError error={error} />
    </li>
  );
}
