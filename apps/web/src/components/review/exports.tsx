// The export tables as plain download links (the server's /export route takes the key).
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

export function exportHref(
  gameId: string,
  table: string,
  format: "csv" | "json",
  secret: string,
): string {
  return `/export/${encodeURIComponent(gameId)}/${table}.${format}?key=${encodeURIComponent(secret)}`;
}

export function Exports({ gameId, secret }: { gameId: string; secret: string }) {
  return (
    <section className={styles.section} aria-labelledby="exports-heading">
      <h3 id="exports-heading">Exports</h3>
      <p className={styles.lede}>
        CSV for spreadsheets and R/Stata (UTF-8 with a byte-order mark; a cell that starts with =,
        +, - or @ is prefixed with &apos; so it shows as text), JSON for scripts (raw text). A row
        is flagged as bot-played when a bot made that move.
      </p>
      <p>
        <a
          href={`/export/${encodeURIComponent(gameId)}/workbook.xlsx?key=${encodeURIComponent(secret)}`}
          download
          aria-label="Download the grading workbook (.xlsx)"
        >
          Grading workbook (.xlsx)
        </a>{" "}
        <span className={styles.small}>every table below as a sheet of one Excel file</span>
      </p>
      <ul className={styles.exportGrid}>
        {tables.map((t) => (
          <li key={t.id} className={styles.exportItem}>
            <strong>{t.label}</strong>
            <span className={styles.small}>{t.about}</span>
            <span className={styles.exportLinks}>
              <a
                href={exportHref(gameId, t.id, "csv", secret)}
                download
                aria-label={`Download ${t.id} CSV`}
              >
                CSV
              </a>
              <a
                href={exportHref(gameId, t.id, "json", secret)}
                download
                aria-label={`Download ${t.id} JSON`}
              >
                JSON
              </a>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
