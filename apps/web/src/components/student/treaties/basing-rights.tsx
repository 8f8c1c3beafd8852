"use client";
// The builder's basing rights: which member's forces may be based in which member's territory.
import { Button } from "~/components/ui";
import { useState } from "react";
import formStyles from "../form.module.css";
import panelStyles from "../panel.module.css";
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
    <fieldset className={formStyles.checks}>
      <legend>Basing rights</legend>
      {basing.length ? (
        <ul className={`${panelStyles.list} ${panelStyles.basingList}`}>
          {basing.map((b, i) => (
            <li
              key={`${b.owner}-${b.host}`}
              className={`${panelStyles.small} ${panelStyles.spread}`}
            >
              {name(b.owner)} may base forces in {name(b.host)}
              <Button variant="ghost" onClick={() => onChange(basing.filter((_, j) => j !== i))}>
                Remove
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className={panelStyles.buttonRow}>
        <label className={panelStyles.visuallyHidden} htmlFor="basing-owner">
          Base owner
        </label>
        <select
          id="basing-owner"
          className={formStyles.select}
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
        <label className={panelStyles.visuallyHidden} htmlFor="basing-host">
          Base host
        </label>
        <select
          id="basing-host"
          className={formStyles.select}
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
