// The one place the product writes CSV. Every CSV a grader downloads goes through here, so
// that each file opens safely and legibly in a spreadsheet:
// - a UTF-8 byte-order mark first: without it Excel on Windows reads UTF-8 as ANSI ("ZoÃ«");
// - formula neutralisation (OWASP, "CSV injection"): a text cell that starts with =, +, -, @,
//   TAB or CR gets a leading ' so a spreadsheet shows it as text instead of running it.
//   Numbers and booleans are left as they are (a score of -3 stays a number).
// Quoting and escaping are papaparse's; JSON exports never come here and keep the raw text.
import Papa from "papaparse";

/** The UTF-8 byte-order mark (bytes EF BB BF once encoded). */
export const BYTE_ORDER_MARK = "\uFEFF";

/**
 * The characters that make a spreadsheet read a cell as a formula. Papaparse's own pattern
 * for `escapeFormulae: true` ends in `.*$`, which lets a multi-line text ("=1+1\nhi") through;
 * testing the first character only closes that gap.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | boolean | null;

/** A CSV file: BOM, header row (given columns, so an empty table still has them), rows. */
export function toCsv(
  columns: readonly string[],
  rows: readonly Record<string, CsvCell>[],
): string {
  const body = Papa.unparse(
    { fields: [...columns], data: rows.map((row) => columns.map((column) => row[column] ?? null)) },
    { header: true, newline: "\r\n", escapeFormulae: FORMULA_START },
  );
  // Papaparse ends a header-only file with a newline and a file with rows without one.
  return `${BYTE_ORDER_MARK}${body}${rows.length ? "\r\n" : ""}`;
}
