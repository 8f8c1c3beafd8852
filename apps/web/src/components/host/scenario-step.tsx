"use client";
// Step 1 of creating a session: a preset (with its states, rounds and crises) or an uploaded
// scenario file, checked by the server (scenarios.validate) before it can be hosted.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useTRPC } from "~/lib/trpc";
import { Alert, Pill } from "~/components/ui";
import { leadOf } from "./format";
import styles from "./host-setup.module.css";

export type Issue = { path: string; message: string };
export type Upload =
  | { status: "checking"; fileName: string }
  | { status: "ok"; fileName: string; name: string; states: number; scenario: unknown }
  | { status: "bad"; fileName: string; message: string; issues: Issue[] };
export type Source = { kind: "preset"; id: string } | { kind: "upload" } | null;

function PresetStates({ presetId }: { presetId: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.scenarios.get.queryOptions({ presetId }));
  if (query.isPending) return <p className={styles.states}>Loading states…</p>;
  if (query.isError) return <p className={styles.states}>Could not load the states.</p>;
  const playable = query.data.states.filter((s) => s.playable);
  const others = query.data.states.filter((s) => !s.playable);
  return (
    <p className={styles.states}>
      <span className={styles.statesLabel}>Playable: </span>
      {playable.map((s) => s.name).join(", ")}
      {others.length > 0 && (
        <>
          <br />
          <span className={styles.statesLabel}>Also on the map: </span>
          {others.map((s) => s.name).join(", ")}
        </>
      )}
      <br />
      <span className={styles.statesLabel}>{query.data.rounds} rounds</span>
      {query.data.crises.length > 0 && ` · ${query.data.crises.length} scripted crises`}
      {!query.data.allowForce && " · no use of force"}
    </p>
  );
}

export function ScenarioStep({
  source,
  setSource,
  upload,
  setUpload,
}: {
  source: Source;
  setSource: (source: Source) => void;
  upload: Upload | null;
  setUpload: (upload: Upload) => void;
}) {
  const trpc = useTRPC();
  const presets = useQuery(trpc.scenarios.list.queryOptions());
  const validate = useMutation(trpc.scenarios.validate.mutationOptions());
  const radioName = useId();

  async function onFile(file: File | undefined) {
    if (!file) return;
    setSource({ kind: "upload" });
    setUpload({ status: "checking", fileName: file.name });
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch (error) {
      setUpload({
        status: "bad",
        fileName: file.name,
        message: "This file is not valid JSON.",
        issues: [
          { path: "(file)", message: error instanceof Error ? error.message : String(error) },
        ],
      });
      return;
    }
    try {
      const result = await validate.mutateAsync({ scenario: parsed });
      setUpload(
        result.ok
          ? {
              status: "ok",
              fileName: file.name,
              name: result.name,
              states: result.states,
              scenario: parsed,
            }
          : { status: "bad", fileName: file.name, message: result.message, issues: result.issues },
      );
    } catch (error) {
      setUpload({
        status: "bad",
        fileName: file.name,
        message: error instanceof Error ? error.message : "The server could not check the file.",
        issues: [],
      });
    }
  }

  return (
    <fieldset className={styles.step}>
      <legend className={styles.legend}>
        <span className={styles.stepNumber} aria-hidden="true">
          1
        </span>{" "}
        Choose a scenario
      </legend>
      {presets.isPending && <p className="muted">Loading scenarios…</p>}
      {presets.isError && (
        <Alert tone="bad">
          <p>Could not load the scenarios: {presets.error.message}</p>
        </Alert>
      )}
      <div className={styles.cards}>
        {presets.data?.map((preset) => {
          const checked = source?.kind === "preset" && source.id === preset.id;
          return (
            <label key={preset.id} className={styles.card} data-checked={checked}>
              <input
                type="radio"
                name={radioName}
                value={preset.id}
                checked={checked}
                onChange={() => setSource({ kind: "preset", id: preset.id })}
                className={styles.radio}
              />
              <span className={styles.cardHead}>
                <span className={styles.cardTitle}>{preset.name}</span>
                <Pill tone={preset.era === "modern" ? "accent" : undefined}>{preset.year}</Pill>
              </span>
              <span className={styles.cardMeta}>
                {preset.playable} playable states ·{" "}
                {preset.era === "modern" ? "modern data" : "historical data"}
              </span>
              <span className={styles.summary}>{leadOf(preset.summary)}</span>
              <PresetStates presetId={preset.id} />
            </label>
          );
        })}
        <div className={styles.card} data-checked={source?.kind === "upload"} data-upload>
          <span className={styles.cardHead}>
            <span className={styles.cardTitle}>Your own scenario</span>
          </span>
          <span className={styles.summary}>
            Upload a scenario file (JSON). Its format is described in{" "}
            <code>packages/engine/docs/scenario-format.md</code>, with a JSON Schema in{" "}
            <code>packages/engine/scenario.schema.json</code>, both in the Threatscape source. It is
            checked before you can host it.
          </span>
          <label className={styles.fileLabel}>
            <span>Scenario file (.json)</span>
            <input
              type="file"
              accept="application/json,.json"
              onChange={(event) => void onFile(event.target.files?.[0])}
            />
          </label>
          {upload?.status === "checking" && (
            <p className={styles.states}>Checking {upload.fileName}…</p>
          )}
          {upload?.status === "ok" && (
            <Alert tone="ok">
              <p>
                <strong>{upload.name}</strong> is valid: {upload.states} states.
              </p>
            </Alert>
          )}
          {upload?.status === "bad" && (
            <Alert tone="bad" className={styles.uploadError}>
              <p>
                <strong>{upload.fileName}</strong>: {upload.message}
              </p>
              {upload.issues.length > 0 && (
                <ul className={styles.issues}>
                  {upload.issues.map((issue, i) => (
                    <li key={`${issue.path}-${i}`}>
                      <code>{issue.path || "(root)"}</code> {issue.message}
                    </li>
                  ))}
                </ul>
              )}
            </Alert>
          )}
        </div>
      </div>
    </fieldset>
  );
}
