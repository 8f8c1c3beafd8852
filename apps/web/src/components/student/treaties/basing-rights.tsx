"use client";
// The builder's basing rights: which member's forces may be based in which member's territory.
import { Button } from "~/components/ui";
import { useState } from "react";
import styles from "../console.module.css";
import { useStudent } from "../student-context";
import type { Draft } from "./draft";

export function BasingRights({
  members,
  basing,
  onChange,
}: {
  /** All members, me included. */
  members: string[];
  basing: Draft["basing"];
  onChange: (basing: Draft["basing"]) => void;
}) {
  const { name } = useStudent();
  const [owner, setOwner] = useState("");
  const [host, setHost] = useState("");
  return (
    <fieldset className={styles.checks}>
      <legend>Basing rights</legend>
      {basing.length ? (
        <ul className={`${styles.list} ${styles.basingList}`}>
          {basing.map((b, i) => (
            <li key={`${b.owner}-${b.host}`} className={`${styles.small} ${styles.spread}`}>
              {name(b.owner)} may base forces in {name(b.host)}
              <Button variant="ghost" onClick={() => onChange(basing.filter((_, j) => j !== i))}>
                Remove
              </Button>
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
          {members.map((m) => (
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
          {members
            .filter((m) => m !== owner)
            .map((m) => (
              <option key={m} value={m}>
                {name(m)}
              </option>
            ))}
        </select>
        <Button
          disabled={
            !owner ||
            !host ||
            owner === host ||
            basing.some((b) => b.owner === owner && b.host === host)
          }
          onClick={() => {
            onChange([...basing, { owner, host }]);
            setOwner("");
            setHost("");
          }}
        >
          Add basing right
        </Button>
      </div>
    </fieldset>
  );
}
