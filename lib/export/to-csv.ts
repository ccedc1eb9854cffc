// CSV for spreadsheets used by Dutch municipalities: semicolon separated,
// quoted where needed, with a BOM so Excel reads UTF-8 correctly.
export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  const cell = (v: string | number | null | undefined) => {
    const s = v === null || v === undefined ? "" : String(v);
    // neutralise spreadsheet formulas (CSV injection) in text; numbers stay numbers (-3 is not a formula)
    const safe = typeof v === "string" && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
    return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return "\uFEFF" + [header, ...rows].map((r) => r.map(cell).join(";")).join("\r\n") + "\r\n";
}
