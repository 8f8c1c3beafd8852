// Exports for course staff: events, messages, treaties, predictions against actual, scores,
// grades and participants, as CSV or JSON. CSV goes through csv.ts (BOM, formula
// neutralisation); JSON keeps the raw text. Row contents live in export-tables.ts.
import { z } from "zod";
import { toCsv } from "./csv.ts";
import { exportColumns } from "./export-columns.ts";
import { exportContext, tableRows, type ExportSource } from "./export-tables.ts";

export const ExportTable = z.enum([
  "events",
  "messages",
  "treaties",
  "predictions",
  "scores",
  "grades",
  "participants",
]);
export type ExportTable = z.infer<typeof ExportTable>;
export const ExportFormat = z.enum(["csv", "json"]);
export type ExportFormat = z.infer<typeof ExportFormat>;

export type { ExportSource } from "./export-tables.ts";

/** The rows of one table, as plain objects (cells are text, numbers, booleans or null). */
export function exportRows(table: ExportTable, source: ExportSource) {
  return tableRows[table](exportContext(source));
}

/** One table as a file's text: CSV for spreadsheets, JSON (raw text, no BOM) for scripts. */
export function renderExport(
  table: ExportTable,
  source: ExportSource,
  format: ExportFormat,
): string {
  const rows = exportRows(table, source);
  if (format === "json") return JSON.stringify(rows, null, 2);
  return toCsv(exportColumns[table], rows);
}
