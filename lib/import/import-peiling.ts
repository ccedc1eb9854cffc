// A peiling (buurtpeiling, stadspeiling) or any table of figures per area as
// CSV: columns indicator (a code from the catalogue), gebied (GM…, WK…, BU…
// or a stadsdeel), periode, waarde, n, and optionally the answer
// distribution as columns verdeling_<categorie> in per cent. Every row is
// checked first; a file with one bad row writes nothing and the preview
// names each bad row. `allowed` keeps a regisseur to their stadsdelen (and
// the gemeente's own figure, the comparison for every buurt).
import type { Tx } from "../actions/define-action.ts";
import { loadAreaIndex } from "../indicators/areas.ts";
import { checkDistribution, parseCount, parseNumber, parsePeriod } from "../indicators/values.ts";
import type { WaardeRow } from "../indicators/write-waarden.ts";
import { parseCsv } from "./csv.ts";
import type { ImportIssue } from "./issues.ts";

export const MAX_PEILING_ROWS = 100_000;

export type PeilingSummary = { indicator: string; name: string; areas: number; periods: string[] };
export type PeilingPlan = { ok: true; rows: WaardeRow[]; summary: PeilingSummary[] } | { ok: false; issues: ImportIssue[] };

export async function planPeiling(tx: Tx, text: string, allowed: string[] | undefined): Promise<PeilingPlan> {
  const { header, rows } = parseCsv(text);
  const keys = header.map((h) => h.trim().toLowerCase());
  const col = (name: string) => keys.indexOf(name);
  const [ind, area, period, value, n] = [col("indicator"), col("gebied"), col("periode"), col("waarde"), col("n")];
  const dist = keys.flatMap((k, i) => (k.startsWith("verdeling_") && k.length > 10 ? [{ name: k.slice(10).replace(/_/g, " "), i }] : []));
  if ([ind, area, period, value].some((i) => i < 0)) {
    return {
      ok: false,
      issues: [
        {
          item: 0,
          line: 1,
          message: "De eerste regel moet de kolommen ‘indicator’, ‘gebied’, ‘periode’ en ‘waarde’ noemen (en ‘n’ en ‘verdeling_…’ als u die heeft).",
        },
      ],
    };
  }
  if (rows.length === 0) return { ok: false, issues: [{ item: 0, message: "Het bestand heeft geen rijen onder de kopregel." }] };
  if (rows.length > MAX_PEILING_ROWS)
    return { ok: false, issues: [{ item: 0, message: `Het bestand heeft ${rows.length} rijen; maximaal ${MAX_PEILING_ROWS}.` }] };
  const [areas, indicators] = await Promise.all([loadAreaIndex(tx), tx.indicator.findMany({ select: { id: true, code: true, name: true, derived: true } })]);
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const issues: ImportIssue[] = [];
  const out: WaardeRow[] = [];
  const seen = new Map<string, number>();
  const summary = new Map<string, { name: string; areas: Set<string>; periods: Set<string> }>();
  rows.forEach((r, i) => {
    const cell = (c: number) => (c < 0 ? "" : (r.cells[c] ?? "").trim());
    const at = { item: i + 1, line: r.line, key: `${cell(ind)} ${cell(area)}`.trim() || undefined };
    const problems: string[] = [];
    const indicator = byCode.get(cell(ind).toLowerCase());
    if (!cell(ind)) problems.push("geen indicator");
    else if (!indicator) problems.push(`indicator ‘${cell(ind)}’ staat niet in de lijst met indicatoren`);
    else if (indicator.derived) problems.push(`indicator ‘${indicator.code}’ berekent het portaal zelf`);
    const a = areas.resolve(cell(area));
    if (!cell(area)) problems.push("geen gebied");
    else if (!a) problems.push(`gebied ‘${cell(area)}’ is onbekend (gebruik een CBS-code GM…, WK…, BU… of de naam van een stadsdeel)`);
    else if (allowed && a.level !== "GEMEENTE" && !a.stadsdeelIds.some((id) => allowed.includes(id))) problems.push(`${a.name} ligt niet in uw stadsdeel`);
    const p = parsePeriod(cell(period));
    if (typeof p === "string") problems.push(p);
    const v = parseNumber(cell(value));
    if (v === null) problems.push("geen waarde");
    else if (v === "invalid") problems.push(`waarde ‘${cell(value)}’ is geen getal`);
    const count = parseCount(cell(n));
    if (typeof count === "string") problems.push(`n ${count}`);
    const d = checkDistribution(dist.map((c) => [c.name, parseNumber(r.cells[c.i])]));
    if (typeof d === "string") problems.push(d);
    if (!problems.length && indicator && a && typeof p !== "string") {
      const key = `${indicator.id}|${a.level}|${a.areaCode}|${p.start}|${p.end}`;
      if (seen.has(key)) problems.push(`dezelfde indicator, hetzelfde gebied en dezelfde periode staan al in rij ${seen.get(key)}`);
      else seen.set(key, i + 1);
    }
    if (problems.length) return issues.push({ ...at, message: problems.join("; ") + "." });
    const pp = p as { start: string; end: string };
    out.push({
      indicatorId: indicator!.id,
      level: a!.level,
      areaCode: a!.areaCode,
      periodStart: pp.start,
      periodEnd: pp.end,
      value: v as number,
      n: count as number | null,
      distribution: d as Record<string, number> | null,
    });
    const s = summary.get(indicator!.code) ?? { name: indicator!.name, areas: new Set(), periods: new Set() };
    s.areas.add(a!.areaCode);
    s.periods.add(
      pp.start.slice(0, 4) === pp.end.slice(0, 4) && pp.start.endsWith("01-01") && pp.end.endsWith("12-31") ? pp.start.slice(0, 4) : `${pp.start} – ${pp.end}`,
    );
    summary.set(indicator!.code, s);
  });
  if (issues.length) return { ok: false, issues };
  return {
    ok: true,
    rows: out,
    summary: [...summary].map(([indicator, s]) => ({ indicator, name: s.name, areas: s.areas.size, periods: [...s.periods].sort() })),
  };
}
