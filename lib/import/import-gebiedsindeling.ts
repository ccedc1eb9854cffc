// A gebiedsindeling from CSV: one row per buurt, columns "buurtcode" and
// "eenheid" (; or , separated, any order, more columns ignored). Every row
// is checked first — an unknown buurtcode, an empty unit, a buurt twice —
// and a refused file names each row and writes nothing. The plan is what the
// preview shows and what the apply writes (the units replaced whole).
import type { Tx } from "../actions/define-action.ts";
import { parseCsv } from "./csv.ts";
import type { ImportIssue } from "./issues.ts";

export const MAX_INDELING_ROWS = 20_000;

export type IndelingPlan =
  { ok: true; units: { name: string; buurtIds: string[]; stadsdelen: string[] }[]; buurten: number } | { ok: false; issues: ImportIssue[] };

export async function planIndeling(tx: Tx, text: string): Promise<IndelingPlan> {
  const { header, rows } = parseCsv(text);
  const col = (name: string) => header.findIndex((h) => h.trim().toLowerCase() === name);
  const [code, unit] = [col("buurtcode"), col("eenheid")];
  if (code < 0 || unit < 0) return { ok: false, issues: [{ item: 0, line: 1, message: "De eerste regel moet de kolommen ‘buurtcode’ en ‘eenheid’ noemen." }] };
  if (rows.length === 0) return { ok: false, issues: [{ item: 0, message: "Het bestand heeft geen rijen onder de kopregel." }] };
  if (rows.length > MAX_INDELING_ROWS)
    return { ok: false, issues: [{ item: 0, message: `Het bestand heeft ${rows.length} rijen; maximaal ${MAX_INDELING_ROWS}.` }] };
  const codes = rows.map((r) => (r.cells[code] ?? "").trim().toUpperCase());
  const buurten = new Map(
    (await tx.buurt.findMany({ where: { code: { in: codes } }, select: { id: true, code: true, stadsdeel: { select: { name: true } } } })).map((b) => [
      b.code,
      b,
    ]),
  );
  const issues: ImportIssue[] = [];
  const seen = new Map<string, number>();
  const units = new Map<string, { buurtIds: string[]; stadsdelen: Set<string> }>();
  rows.forEach((r, i) => {
    const [c, u] = [codes[i], (r.cells[unit] ?? "").trim()];
    const at = { item: i + 1, line: r.line, key: c || undefined };
    if (!c) return issues.push({ ...at, message: "Geen buurtcode." });
    const b = buurten.get(c);
    if (!b) return issues.push({ ...at, message: `Buurtcode ${c} bestaat niet in de gebiedsindeling van de gemeente.` });
    if (!u) return issues.push({ ...at, message: "Geen eenheid: vul in bij welke eenheid deze buurt hoort." });
    if (u.length > 150) return issues.push({ ...at, message: "De naam van de eenheid is te lang (maximaal 150 tekens)." });
    if (seen.has(c)) return issues.push({ ...at, message: `Deze buurt staat al in rij ${seen.get(c)}; een buurt hoort bij één eenheid.` });
    seen.set(c, i + 1);
    const entry = units.get(u) ?? { buurtIds: [], stadsdelen: new Set<string>() };
    entry.buurtIds.push(b.id);
    entry.stadsdelen.add(b.stadsdeel.name);
    units.set(u, entry);
  });
  if (issues.length) return { ok: false, issues };
  return {
    ok: true,
    buurten: seen.size,
    units: [...units]
      .map(([name, u]) => ({ name, buurtIds: u.buurtIds, stadsdelen: [...u.stadsdelen].sort((a, b) => a.localeCompare(b, "nl")) }))
      .sort((a, b) => a.name.localeCompare(b.name, "nl")),
  };
}

/** Replaces the division's units with the plan's. */
export async function writeIndeling(tx: Tx, indelingId: string, plan: Extract<IndelingPlan, { ok: true }>): Promise<void> {
  await tx.gebiedsEenheid.deleteMany({ where: { indelingId } });
  for (const u of plan.units) {
    const e = await tx.gebiedsEenheid.create({ data: { indelingId, name: u.name }, select: { id: true } });
    await tx.gebiedsEenheidBuurt.createMany({ data: u.buurtIds.map((buurtId) => ({ eenheidId: e.id, buurtId, indelingId })) });
  }
}
