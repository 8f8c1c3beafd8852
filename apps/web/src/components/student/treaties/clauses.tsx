"use client";
import type { Proposal, Treaty } from "@threatscape/engine";
import styles from "../panel.module.css";
import { useStudent } from "../student-context";

export const STATUS_TONE: Record<Proposal["status"], string | undefined> = {
  open: "accent",
  "in-force": "ok",
  rejected: "bad",
  withdrawn: undefined,
  lapsed: undefined,
};

export function Clauses({ terms }: { terms: Proposal["terms"] | Treaty }) {
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
    <p className={`${styles.small} ${styles.muted} ${styles.noteLine}`}>{parts.join(" · ")}</p>
  );
}
