"use client";
// Creating a session: a preset or an uploaded scenario file (scenario-step.tsx), a title,
// phase lengths and the dropout policy. On success the secrets go to this browser's storage and the instructor
// lands in the console, which shows them once.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { hostStorage } from "~/lib/seat-storage";
import { AppProviders, useTRPC } from "~/lib/trpc";
import { Alert, Button, Field } from "~/components/ui";
import { formatSeconds } from "./format";
import { markFreshSession } from "./fresh-session";
import { ScenarioStep, type Issue, type Source, type Upload } from "./scenario-step";
import styles from "./host-setup.module.css";

type DropoutPolicy = "wait" | "bot" | "skip";

const DROPOUT_CHOICES: { value: DropoutPolicy; title: string; text: string }[] = [
  {
    value: "bot",
    title: "Bot stands in",
    text: "A balance-of-threat bot plays the state until the student returns (flagged in exports).",
  },
  {
    value: "wait",
    title: "Pause and wait",
    text: "The whole game pauses until the student reconnects.",
  },
  {
    value: "skip",
    title: "Skip their turn",
    text: "Missing orders count as no change; the round goes on.",
  },
];

export function HostSetup({ headingId }: { headingId?: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const presets = useQuery(trpc.scenarios.list.queryOptions());
  const create = useMutation(trpc.sessions.create.mutationOptions());

  const [source, setSource] = useState<Source>(null);
  const [upload, setUpload] = useState<Upload | null>(null);
  const [title, setTitle] = useState("");
  const [negotiation, setNegotiation] = useState(300);
  const [orders, setOrders] = useState(120);
  const [news, setNews] = useState(30);
  const [dropout, setDropout] = useState<DropoutPolicy>("bot");
  const [grace, setGrace] = useState(60);
  const [formError, setFormError] = useState<{ message: string; issues: Issue[] } | null>(null);
  const radioName = useId();
  const dropoutName = useId();
  const submitHint = useId();

  const selectedPreset =
    source?.kind === "preset" ? presets.data?.find((p) => p.id === source.id) : undefined;
  const suggestedTitle = selectedPreset?.name ?? (upload?.status === "ok" ? upload.name : "");

  const secondsError = (value: number, min: number, max: number) =>
    Number.isInteger(value) && value >= min && value <= max
      ? null
      : `Between ${min} and ${max} seconds.`;
  const errors = {
    negotiation: secondsError(negotiation, 10, 3600),
    orders: secondsError(orders, 10, 3600),
    news: secondsError(news, 5, 600),
    grace: secondsError(grace, 5, 600),
  };
  // Without a usable scenario there is nothing to create: the button is disabled and says why.
  const scenarioChosen =
    source?.kind === "preset" || (source?.kind === "upload" && upload?.status === "ok");
  const ready = scenarioChosen && !Object.values(errors).some(Boolean);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    if (!source) return setFormError({ message: "Choose a scenario first.", issues: [] });
    if (source.kind === "upload" && upload?.status !== "ok")
      return setFormError({ message: "Upload a scenario file that passes the check.", issues: [] });
    if (!ready) return setFormError({ message: "Fix the highlighted fields.", issues: [] });
    const sessionTitle = (title.trim() || suggestedTitle || "Threatscape session").slice(0, 120);
    try {
      const result = await create.mutateAsync({
        title: sessionTitle,
        ...(source.kind === "preset"
          ? { presetId: source.id }
          : { scenario: upload?.status === "ok" ? upload.scenario : undefined }),
        dropoutPolicy: dropout,
        dropoutGraceSeconds: grace,
        phaseSeconds: { negotiation, orders, news },
      });
      if (!result.ok) return setFormError({ message: result.message, issues: result.issues });
      hostStorage.set(result.gameId, {
        instructorSecret: result.instructorSecret,
        staffSecret: result.staffSecret,
        joinCode: result.joinCode,
        title: sessionTitle,
      });
      markFreshSession(result.gameId);
      router.push(`/host/${result.gameId}`);
    } catch (error) {
      setFormError({
        message: error instanceof Error ? error.message : "The server did not create the session.",
        issues: [],
      });
    }
  }

  return (
    <form className={styles.form} onSubmit={onSubmit} aria-labelledby={headingId} noValidate>
      <ScenarioStep source={source} setSource={setSource} upload={upload} setUpload={setUpload} />

      <fieldset className={styles.step}>
        <legend className={styles.legend}>
          <span className={styles.stepNumber} aria-hidden="true">
            2
          </span>{" "}
          Session settings
        </legend>
        <Field
          label="Session title"
          hint="Shown on the projector and in exports"
          className={styles.titleField}
        >
          <input
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder={suggestedTitle || "e.g. IR 201, Tuesday section"}
            maxLength={120}
          />
        </Field>
        <div className={styles.settings} role="group" aria-labelledby={`${radioName}-phases`}>
          <span id={`${radioName}-phases`} className={styles.groupLabel}>
            Phase lengths, in seconds, for every round
          </span>
          <Field
            label="Negotiation (seconds)"
            hint={formatSeconds(negotiation)}
            error={errors.negotiation}
          >
            <input
              type="number"
              inputMode="numeric"
              min={10}
              max={3600}
              step={10}
              value={negotiation}
              onChange={(e) => setNegotiation(e.target.valueAsNumber)}
            />
          </Field>
          <Field label="Orders (seconds)" hint={formatSeconds(orders)} error={errors.orders}>
            <input
              type="number"
              inputMode="numeric"
              min={10}
              max={3600}
              step={10}
              value={orders}
              onChange={(e) => setOrders(e.target.valueAsNumber)}
            />
          </Field>
          <Field label="News (seconds)" hint={formatSeconds(news)} error={errors.news}>
            <input
              type="number"
              inputMode="numeric"
              min={5}
              max={600}
              step={5}
              value={news}
              onChange={(e) => setNews(e.target.valueAsNumber)}
            />
          </Field>
        </div>
        <div className={styles.dropout}>
          <fieldset className={styles.dropoutSet}>
            <legend className={styles.groupLabel}>When a student drops out</legend>
            <div className={styles.dropoutChoices}>
              {DROPOUT_CHOICES.map((choice) => (
                <label
                  key={choice.value}
                  className={styles.choice}
                  data-checked={dropout === choice.value}
                >
                  <input
                    type="radio"
                    name={dropoutName}
                    value={choice.value}
                    checked={dropout === choice.value}
                    onChange={() => setDropout(choice.value)}
                  />
                  <span>
                    <strong>{choice.title}</strong>
                    <span className={styles.choiceText}>{choice.text}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <Field
            label="Grace period (seconds)"
            hint="How long a student may be away first"
            error={errors.grace}
            className={styles.graceField}
          >
            <input
              type="number"
              inputMode="numeric"
              min={5}
              max={600}
              step={5}
              value={grace}
              onChange={(e) => setGrace(e.target.valueAsNumber)}
            />
          </Field>
        </div>
      </fieldset>

      {formError && (
        <Alert tone="bad">
          <p>{formError.message}</p>
          {formError.issues.length > 0 && (
            <ul className={styles.issues}>
              {formError.issues.map((issue, i) => (
                <li key={`${issue.path}-${i}`}>
                  <code>{issue.path || "(root)"}</code> {issue.message}
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      <div className={styles.submitRow}>
        <Button
          type="submit"
          variant="primary"
          size="large"
          disabled={create.isPending || !scenarioChosen}
          aria-describedby={submitHint}
        >
          {create.isPending ? "Creating…" : "Create session"}
        </Button>
        <span className="muted" id={submitHint}>
          {source === null
            ? "Choose a scenario above to create the session."
            : !scenarioChosen
              ? "Upload a scenario file that passes the check to create the session."
              : `${suggestedTitle || "Uploaded scenario"} · ${formatSeconds(negotiation)} talks, ${formatSeconds(orders)} orders per round`}
        </span>
      </div>
    </form>
  );
}

/** The setup form with its own tRPC client (the root layout mounts none). */
export function HostSetupWithProviders(props: { headingId?: string }) {
  return (
    <AppProviders>
      <HostSetup {...props} />
    </AppProviders>
  );
}
