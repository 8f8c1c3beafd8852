"use client";
// The Treaties tab: open proposals, the builder (propose or amend), my treaties in force and
// earlier proposals.
import type { Proposal } from "@threatscape/engine";
import { useRef, useState } from "react";
import styles from "../panel.module.css";
import { useStudent } from "../student-context";
import { draftFrom, EMPTY, type Draft } from "./draft";
import { ProposalCard } from "./proposal-card";
import { TreatyBuilder } from "./treaty-builder";
import { TreatyCard } from "./treaty-card";

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

      <section className={styles.scrollTarget} ref={builder} aria-labelledby="builder-heading">
        <h3 id="builder-heading" className={`${styles.sectionTitle} ${styles.sectionGap}`}>
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
        <details className={styles.sectionGap}>
          <summary className={`${styles.small} ${styles.summary}`}>
            Earlier proposals ({closed.length})
          </summary>
          <ul className={`${styles.list} ${styles.spacedTop}`}>
            {closed.map((p) => (
              <ProposalCard key={p.id} proposal={p} onAmend={() => amend(p)} />
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
