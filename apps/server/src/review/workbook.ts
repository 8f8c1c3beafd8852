// The grading workbook: one .xlsx (exceljs) with a sheet per export table, the same rows and
// columns as the CSVs. Cells are typed (text stays text, numbers numbers, booleans booleans):
// exceljs writes a string as a string cell, never as a formula, so a name that starts with
// "=" shows as text with no neutralising quote needed.
import ExcelJS from "exceljs";
import { exportColumns } from "./export-columns.ts";
import { ExportTable, exportRows, type ExportSource } from "./exports.ts";

export async function renderWorkbook(source: ExportSource, title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Threatscape";
  workbook.title = title;
  for (const table of ExportTable.options) {
    const columns = exportColumns[table] as readonly string[];
    const sheet = workbook.addWorksheet(table, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = columns.map((key) => ({
      header: key,
      key,
      width: Math.max(10, key.length + 2),
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of exportRows(table, source) as Record<string, unknown>[]) {
      sheet.addRow(
        Object.fromEntries(
          columns.map((key) => {
            const value = row[key];
            return [
              key,
              value === null || value === undefined
                ? null
                : typeof value === "number" || typeof value === "boolean"
                  ? value
                  : String(value),
            ];
          }),
        ),
      );
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
