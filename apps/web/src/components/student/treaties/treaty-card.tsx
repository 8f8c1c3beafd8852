"use client";
import { Button } from "~/components/ui";
import type { Treaty } from "@threatscape/engine";
import { useState } from "react";
import { AckError } from "../ack-error";
import styles from "../panel.module.css";
import { KIND_LABELS } from "../model";
import { useStudent } from "../student-context";
import { useAck } from "../use-ack";
import { Clauses } from "./clauses";

export function TreatyCard({ treaty: t }: { treaty: Treaty }) {
  const { act, me, name, view, canAct } = useStudent();
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
      <p className={`${styles.small} ${styles.flush}`}>
        {t.members.map(name).join(", ")}
        {t.origin === "scenario"
          ? " · in force before the game"
          : ` · since round ${t.startedRound}`}
      </p>
      <Clauses terms={t} />
      {leaving ? (
        <p className={styles.success}>You have given notice: you leave when this round resolves.</p>
      ) : (
        <div className={`${styles.buttonRow} ${styles.spacedTop}`}>
          <Button
            disabled={pending || !canAct}
            title={
              locked
                ? `Runs until round ${t.endsAfterRound}: leaving earlier counts as breaking it`
                : undefined
            }
            onClick={() => void run(() => act({ type: "leave-treaty", treatyId: t.id }))}
          >
            Leave treaty
          </Button>
          <Button
            variant="danger"
            disabled={pending || !canAct}
            onClick={() => setConfirming(true)}
          >
            Break treaty
          </Button>
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
            <Button
              variant="danger"
              autoFocus
              disabled={pending}
              onClick={async () => {
                const ack = await run(() => act({ type: "break-treaty", treatyId: t.id }));
                if (ack.ok) setConfirming(false);
              }}
            >
              Yes, break the treaty
            </Button>
            <Button onClick={() => setConfirming(false)}>Keep it</Button>
          </div>
        </div>
      ) : null}
      <AckError error={error} />
    </li>
  );
}
