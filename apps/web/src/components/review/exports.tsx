"use client";
// The export tables as downloads through short-lived signed links (review.exportLink).
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "~/lib/trpc";
import { Alert, Button } from "~/components/ui";
import analysisStyles from "./analysis.module.css";
import styles from "./review.module.css";

const tables = [
  {
    id: "events",
    label: "Events",
    about: "every logged event: round, student, the pact or demand it concerns, bot flag",
  },
  {
    id: "messages",
    label: "Messages",
    about: "every chat message: channel and group name, the student who wrote it",
  },
  { id: "treaties", label: "Treaties", about: "pacts with members, targets, dates, proposer" },
  {
    id: "predictions",
    label: "Predictions",
    about: "BoT, BoP and random against actual, per state-round",
  },
  { id: "scores", label: "Scores", about: "security, prosperity and score per state-round" },
  { id: "grades", label: "Grades", about: "rubric notes and grades" },
  {
    id: "participants",
    label: "Participants",
    about: "one record per student: state, actions, messages, grades, same-name records",
  },
] as const;

type ExportFile =
  | { table: (typeof tables)[number]["id"]; format: "csv" | "json" }
  | { table: "workbook"; format: "xlsx" };

/**
 * Asks the server for a one-minute signed link to `file` and lets the browser download it
 * natively: the secret travels in the tRPC request body, never in a URL or the history.
 */
function useDownload(gameId: string, secret: string) {
  const trpc = useTRPC();
  const link = useMutation(trpc.review.exportLink.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  async function download(file: ExportFile) {
    setError(null);
    try {
      const { url } = await link.mutateAsync({ gameId, secret, file });
      const anchor = document.createElement("a");
      anchor.href = url;
      anchor.download = "";
      document.body.appendChild(anchor);
      anchor.click();
      anchor.remove();
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : "the download could not start");
    }
  }
  return { download, error, pending: link.isPending };
}

export function Exports({ gameId, secret }: { gameId: string; secret: string }) {
  const { download, error, pending } = useDownload(gameId, secret);
  return (
    <section className={styles.section} aria-labelledby="exports-heading">
      <h3 id="exports-heading">Exports</h3>
      <p className={styles.lede}>
        CSV for spreadsheets and R/Stata (UTF-8 with a byte-order mark; a cell that starts with =,
        +, - or @ is prefixed with &apos; so it shows as text), JSON for scripts (raw text). A row
        is flagged as bot-played when a bot made that move.
      </p>
      {error && (
        <Alert tone="bad">
          <p>Download failed: {error}</p>
        </Alert>
      )}
      <p>
        <Button
          size="small"
          disabled={pending}
          onClick={() => void download({ table: "workbook", format: "xlsx" })}
          aria-label="Download the grading workbook (.xlsx)"
        >
          Grading workbook (.xlsx)
        </Button>{" "}
        <span className={styles.small}>every table below as a sheet of one Excel file</span>
      </p>
      <ul className={analysisStyles.exportGrid}>
        {tables.map((t) => (
          <li key={t.id} className={analysisStyles.exportItem}>
            <strong>{t.label}</strong>
            <span className={styles.small}>{t.about}</span>
            <span className={analysisStyles.exportLinks}>
              {(["csv", "json"] as const).map((format) => (
                <Button
                  key={format}
                  size="small"
                  variant="ghost"
                  disabled={pending}
                  onClick={() => void download({ table: t.id, format })}
                  aria-label={`Download ${t.id} ${format.toUpperCase()}`}
                >
                  {format.toUpperCase()}
                </Button>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
