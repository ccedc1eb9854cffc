// CBS Kerncijfers wijken en buurten in CBS's own layout: the table's
// TypedDataSet as CSV (one row per region: NL00, every GM…, WK… and BU… of
// the country, about 17,000 rows a year). The region is in WijkenEnBuurten
// or Codering (space-padded); an indicator's column is found by the
// catalogue's `cbsKey` against the header without CBS's edition suffix
// (AantalInwoners_5 → AantalInwoners), never by a fixed `_NN`. Rows of other
// gemeenten are passed over; a suppressed figure ("." or empty, or one of
// the GeoPackage's negative sentinels) is missing, never zero. A WK or BU
// code of this gemeente that the portal does not know is a refused row.
import type { Tx } from "../actions/define-action.ts";
import { loadAreaIndex } from "../indicators/areas.ts";
import { parseNumber } from "../indicators/values.ts";
import type { WaardeRow } from "../indicators/write-waarden.ts";
import { parseCsv } from "./csv.ts";
import type { ImportIssue } from "./issues.ts";

/** A header as a key: quotes off, lower case, and the edition's `_NN` suffix off. */
export const cbsKeyOf = (h: string) => h.trim().replace(/^"|"$/g, "").toLowerCase().replace(/_\d+$/, "");

export type CbsPlan =
  | {
      ok: true;
      rows: WaardeRow[];
      regions: number;
      otherRegions: number;
      missing: number;
      indicators: { code: string; name: string; column: string; values: number }[];
      absent: string[];
    }
  | { ok: false; issues: ImportIssue[] };

export async function planCbsKerncijfers(tx: Tx, text: string, year: number): Promise<CbsPlan> {
  if (!Number.isInteger(year) || year < 1990 || year > 2100) return { ok: false, issues: [{ item: 0, message: `Ongeldig jaar: ${year}.` }] };
  const { header, rows } = parseCsv(text);
  const keys = header.map(cbsKeyOf);
  const region = ["wijkenenbuurten", "codering", "gwb_code"].map((k) => keys.indexOf(k)).find((i) => i >= 0) ?? -1;
  if (region < 0)
    return {
      ok: false,
      issues: [
        { item: 0, line: 1, message: "Geen kolom met de regiocode (WijkenEnBuurten of Codering): is dit een tabel Kerncijfers wijken en buurten van het CBS?" },
      ],
    };
  const [areas, catalogue] = await Promise.all([
    loadAreaIndex(tx),
    tx.indicator.findMany({ where: { cbsKey: { not: null } }, select: { id: true, code: true, name: true, cbsKey: true }, orderBy: { code: "asc" } }),
  ]);
  if (!areas.gemeenteCode)
    return { ok: false, issues: [{ item: 0, message: "Importeer eerst de gebiedsindeling: zonder buurten weet het portaal niet welke gemeente dit is." }] };
  const columns = catalogue.map((c) => ({ ...c, index: keys.indexOf(c.cbsKey!.toLowerCase()) }));
  const found = columns.filter((c) => c.index >= 0);
  if (found.length === 0)
    return {
      ok: false,
      issues: [
        {
          item: 0,
          line: 1,
          message: `Geen van de CBS-kolommen uit de indicatorenlijst staat in dit bestand (gezocht: ${catalogue.map((c) => c.cbsKey).join(", ")}).`,
        },
      ],
    };
  const digits = areas.gemeenteCode.slice(2);
  const own = new RegExp(`^(GM${digits}|WK${digits}\\d{2}|BU${digits}\\d{4})$`);
  const issues: ImportIssue[] = [];
  const out: WaardeRow[] = [];
  const counts = new Map<string, number>();
  let [regions, otherRegions, missing] = [0, 0, 0];
  const period = { periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` };
  rows.forEach((r, i) => {
    const code = (r.cells[region] ?? "").trim().replace(/^"|"$/g, "").trim();
    if (!own.test(code)) {
      otherRegions++;
      return;
    }
    const a = areas.resolve(code);
    const at = { item: i + 1, line: r.line, key: code };
    if (!a)
      return issues.push({ ...at, message: `${code} is geen wijk of buurt in de gebiedsindeling van het portaal (een andere jaargang van de indeling?).` });
    const problems: string[] = [];
    const values: WaardeRow[] = [];
    for (const c of found) {
      const raw = (r.cells[c.index] ?? "").trim();
      const v = raw === "." || raw === "-" ? null : parseNumber(raw);
      if (v === "invalid") problems.push(`${header[c.index]} ‘${raw}’ is geen getal`);
      else if (v === null || v <= -99990) missing++;
      else values.push({ indicatorId: c.id, level: a.level, areaCode: a.areaCode, ...period, value: v, n: null, distribution: null });
    }
    if (problems.length) return issues.push({ ...at, message: problems.join("; ") + "." });
    regions++;
    for (const v of values) counts.set(v.indicatorId, (counts.get(v.indicatorId) ?? 0) + 1);
    out.push(...values);
  });
  if (issues.length) return { ok: false, issues };
  if (regions === 0)
    return { ok: false, issues: [{ item: 0, message: `Het bestand bevat geen regio's van ${areas.gemeenteCode} (gemeente, wijken of buurten).` }] };
  return {
    ok: true,
    rows: out,
    regions,
    otherRegions,
    missing,
    indicators: found.map((c) => ({ code: c.code, name: c.name, column: header[c.index], values: counts.get(c.id) ?? 0 })),
    absent: columns.filter((c) => c.index < 0).map((c) => c.name),
  };
}
