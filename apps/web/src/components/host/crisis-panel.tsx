"use client";
// The crisis director: release the scenario's scripted crises early (or the unscheduled
// ones), or write one on the spot, optionally coded as events the threat model reads.
import type { Crisis } from "@threatscape/engine";
import { useId, useState, type FormEvent } from "react";
import { Button, Field, Panel, Pill } from "~/components/ui";
import { validateCrisisDraft, type CrisisDraft, type CrisisFormErrors } from "./format";
import type { CommandRunner } from "./use-command-runner";
import consoleStyles from "./console.module.css";
import styles from "./crisis-panel.module.css";

/** A coded action the threat model knows (the engine's CAMEO table, passed in by the page). */
export interface CrisisAction {
  code: string;
  label: string;
  goldstein: number;
}

const emptyDraft = (): CrisisDraft => ({ headline: "", description: "", events: [] });

function ScriptedCrises({
  crises,
  released,
  currentRound,
  runner,
}: {
  crises: readonly Crisis[];
  released: readonly string[];
  currentRound: number;
  runner: CommandRunner;
}) {
  if (crises.length === 0)
    return <p className={consoleStyles.empty}>This scenario has no scripted crises.</p>;
  return (
    <ul className={styles.crisisList}>
      {crises.map((crisis) => {
        const done = released.includes(crisis.id);
        return (
          <li key={crisis.id} data-released={done}>
            <div className={styles.crisisText}>
              <span className={styles.crisisHeadline}>{crisis.headline}</span>
              {crisis.description ? (
                <span className={styles.crisisMeta}>{crisis.description}</span>
              ) : null}
              {crisis.instructorNote ? (
                <span className={styles.crisisMeta}>
                  Note for you (students never see it): {crisis.instructorNote}
                </span>
              ) : null}
              <span className={styles.crisisMeta}>
                {crisis.round === undefined
                  ? "Unscheduled: release it when you choose"
                  : crisis.round > currentRound
                    ? `Scheduled for round ${crisis.round}`
                    : `Due in round ${crisis.round}`}
                {crisis.events.length > 0 &&
                  ` · ${crisis.events.length} coded event${crisis.events.length === 1 ? "" : "s"}`}
              </span>
            </div>
            {done ? (
              <Pill tone="ok">Released</Pill>
            ) : (
              <Button
                size="small"
                aria-label={`Release now: ${crisis.headline}`}
                disabled={runner.pending !== null}
                onClick={() =>
                  void runner.run(`Release "${crisis.headline}"`, {
                    command: "release-crisis",
                    crisisId: crisis.id,
                  })
                }
              >
                Release now
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function AdHocCrisisForm({
  states,
  actions,
  runner,
}: {
  states: readonly { id: string; name: string }[];
  actions: readonly CrisisAction[];
  runner: CommandRunner;
}) {
  const [draft, setDraft] = useState<CrisisDraft>(emptyDraft);
  const [errors, setErrors] = useState<CrisisFormErrors>({});
  const [sent, setSent] = useState<string | null>(null);
  const formId = useId();

  function update(patch: Partial<CrisisDraft>) {
    setDraft((d) => ({ ...d, ...patch }));
    setSent(null);
  }
  function updateEvent(index: number, patch: Partial<CrisisDraft["events"][number]>) {
    update({ events: draft.events.map((e, i) => (i === index ? { ...e, ...patch } : e)) });
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const check = validateCrisisDraft(
      draft,
      states.map((s) => s.id),
      actions.map((a) => a.code),
    );
    if (!check.ok) return setErrors(check.errors);
    setErrors({});
    if (await runner.run("Inject crisis", check.command)) {
      setSent(check.command.headline);
      setDraft(emptyDraft());
    }
  }

  return (
    <form
      className={styles.crisisForm}
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`${formId}-title`}
    >
      <h3 id={`${formId}-title`} className={styles.subheading}>
        Ad-hoc crisis
      </h3>
      <Field
        label="Headline"
        error={errors.headline}
        hint="Published to every student and on the projector"
      >
        <input
          value={draft.headline}
          maxLength={200}
          onChange={(e) => update({ headline: e.target.value })}
        />
      </Field>
      <Field label="Description (optional)" error={errors.description}>
        <textarea
          rows={2}
          value={draft.description}
          onChange={(e) => update({ description: e.target.value })}
        />
      </Field>
      <fieldset className={styles.events}>
        <legend>Coded events (optional)</legend>
        <p className={styles.eventsHint}>
          Acts the threat model reads, like any state&apos;s: they change perceived intentions.
        </p>
        {draft.events.map((event, index) => (
          <div
            key={index}
            className={styles.eventRow}
            role="group"
            aria-label={`Event ${index + 1}`}
          >
            <label className={styles.eventField}>
              <span>Actor</span>
              <select
                className={styles.eventControl}
                value={event.actor}
                onChange={(e) => updateEvent(index, { actor: e.target.value })}
              >
                <option value="">Choose…</option>
                {states.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
            <label className={styles.eventField}>
              <span>Action</span>
              <select
                className={styles.eventControl}
                value={event.action}
                onChange={(e) => updateEvent(index, { action: e.target.value })}
              >
                <option value="">Choose…</option>
                {actions.map((a) => (
                  <option key={a.code} value={a.code}>
                    {a.label} ({a.goldstein > 0 ? "+" : ""}
                    {a.goldstein})
                  </option>
                ))}
              </select>
            </label>
            <label className={styles.eventField}>
              <span>Target</span>
              <select
                className={styles.eventControl}
                value={event.target}
                onChange={(e) => updateEvent(index, { target: e.target.value })}
              >
                <option value="">Choose…</option>
                {states.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
            <label className={`${styles.eventField} ${styles.eventNote}`}>
              <span>Note</span>
              <input
                className={styles.eventControl}
                value={event.note}
                maxLength={500}
                onChange={(e) => updateEvent(index, { note: e.target.value })}
              />
            </label>
            <Button
              size="small"
              variant="ghost"
              aria-label={`Remove event ${index + 1}`}
              onClick={() => update({ events: draft.events.filter((_, i) => i !== index) })}
            >
              Remove
            </Button>
            {errors.events?.[index] && <p className={styles.eventError}>{errors.events[index]}</p>}
          </div>
        ))}
        <Button
          size="small"
          onClick={() =>
            update({ events: [...draft.events, { actor: "", target: "", action: "", note: "" }] })
          }
          disabled={draft.events.length >= 50}
        >
          Add coded event
        </Button>
      </fieldset>
      <div className={styles.formActions}>
        <Button type="submit" variant="primary" disabled={runner.pending !== null}>
          Inject crisis
        </Button>
        {sent && (
          <span role="status" className={styles.sent}>
            Published: “{sent}”
          </span>
        )}
      </div>
    </form>
  );
}

export function CrisisPanel({
  crises,
  released,
  currentRound,
  states,
  actions,
  runner,
}: {
  crises: readonly Crisis[];
  released: readonly string[];
  currentRound: number;
  states: readonly { id: string; name: string }[];
  actions: readonly CrisisAction[];
  runner: CommandRunner;
}) {
  return (
    <Panel title="Crises" meta={`${released.length} of ${crises.length} scripted released`}>
      <ScriptedCrises
        crises={crises}
        released={released}
        currentRound={currentRound}
        runner={runner}
      />
      <AdHocCrisisForm states={states} actions={actions} runner={runner} />
    </Panel>
  );
}
