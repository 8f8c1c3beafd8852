"use client";
// The dropout policy can change mid-game (a flaky classroom network may call for "bot").
import type { DropoutPolicy } from "@threatscape/protocol";
import { useEffect, useState, type FormEvent } from "react";
import { Button, Field, Panel } from "~/components/ui";
import type { CommandRunner } from "./use-command-runner";
import styles from "./console.module.css";

const LABELS: Record<DropoutPolicy, string> = {
  bot: "A bot stands in",
  wait: "Pause and wait",
  skip: "Skip their turn",
};

export function SettingsPanel({
  policy,
  graceSeconds,
  runner,
}: {
  policy: DropoutPolicy;
  graceSeconds: number;
  runner: CommandRunner;
}) {
  const [draftPolicy, setDraftPolicy] = useState(policy);
  const [draftGrace, setDraftGrace] = useState(graceSeconds);
  // The server's value wins whenever it changes (another tab, a restart).
  useEffect(() => setDraftPolicy(policy), [policy]);
  useEffect(() => setDraftGrace(graceSeconds), [graceSeconds]);
  const graceError =
    Number.isInteger(draftGrace) && draftGrace >= 5 && draftGrace <= 600
      ? null
      : "Between 5 and 600 seconds.";
  const changed = draftPolicy !== policy || draftGrace !== graceSeconds;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (graceError) return;
    void runner.run("Dropout policy", {
      command: "set-dropout-policy",
      policy: draftPolicy,
      graceSeconds: draftGrace,
    });
  }

  return (
    <Panel title="When a student drops out" meta={`${LABELS[policy]} after ${graceSeconds} s`}>
      <form className={styles.settingsForm} onSubmit={onSubmit} noValidate>
        <Field label="Dropout policy">
          <select
            value={draftPolicy}
            onChange={(e) => setDraftPolicy(e.target.value as DropoutPolicy)}
          >
            {(Object.keys(LABELS) as DropoutPolicy[]).map((value) => (
              <option key={value} value={value}>
                {LABELS[value]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Grace (seconds)" error={graceError}>
          <input
            type="number"
            min={5}
            max={600}
            step={5}
            value={draftGrace}
            onChange={(e) => setDraftGrace(e.target.valueAsNumber)}
          />
        </Field>
        <Button type="submit" disabled={!changed || runner.pending !== null || graceError !== null}>
          Save policy
        </Button>
      </form>
    </Panel>
  );
}
