// Reads a department's spreadsheet: CSV (comma or semicolon) or XLSX (first
// sheet), into a header and rows of text cells with their line numbers.
import ExcelJS from "exceljs";
import { parseCsv } from "./csv.ts";

export type Sheet = { header: string[]; rows: { line: number; cells: string[] }[] };

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value) return String(value.text);
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
  }
  return String(value);
}

export async function readSpreadsheet(fileName: string, bytes: Buffer): Promise<Sheet> {
  if (/\.xlsx$/i.test(fileName)) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) return { header: [], rows: [] };
    const rows: Sheet["rows"] = [];
    let header: string[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, line) => {
      const cells = Array.from({ length: sheet.columnCount }, (_, i) => cellText(row.getCell(i + 1).value).trim());
      if (header.length === 0) header = cells;
      else if (cells.some((c) => c !== "")) rows.push({ line, cells });
    });
    return { header, rows };
  }
  return parseCsv(bytes.toString("utf8"));
}
