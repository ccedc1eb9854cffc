// Imports CBS population figures per buurt (Kerncijfers wijken en buurten,
// as CSV): buurtcode, inhabitants and the five CBS age bands. Two layouts:
// the simple one (buurtcode;inwoners;0-14;…) and CBS's own OData/CSV export
// of tables such as 85984NED (2024) or 86165NED (2025), whose keys carry a
// number that changes from year to year (AantalInwoners_5, k_0Tot15Jaar_8 …):
// columns are found by their key without that suffix, never by a fixed one.
// Rows of other levels in the CBS file (gemeente GM…, wijk WK…) are passed
// over; codes may be space-padded. Validates all buurt rows first and changes
// nothing when one is bad; re-import replaces the figures of the same year.
import type { Prisma, PrismaClient } from "../../generated/prisma/client.ts";
import type { AgeBand } from "../../generated/prisma/enums.ts";
import { parseCsv } from "./csv.ts";
import type { ImportIssue } from "./issues.ts";

const columnAliases: Record<string, string[]> = {
  buurtcode: ["buurtcode", "codering", "wijkenenbuurten", "gwb_code"],
  inhabitants: ["inwoners", "aantal_inwoners", "a_inw", "aantalinwoners"],
  AGE_0_14: ["0-14", "a_00_14", "k_0tot15jaar"],
  AGE_15_24: ["15-24", "a_15_24", "k_15tot25jaar"],
  AGE_25_44: ["25-44", "a_25_44", "k_25tot45jaar"],
  AGE_45_64: ["45-64", "a_45_64", "k_45tot65jaar"],
  AGE_65_PLUS: ["65+", "a_65_oo", "k_65jaarofouder"],
};
/** A header as a key: lower case, quotes off, and CBS's year-dependent `_NN` suffix off. */
const keyOf = (h: string) => h.trim().replace(/^"|"$/g, "").toLowerCase().replace(/_\d+$/, "");
type Db = Prisma.TransactionClient;
const ageBands: AgeBand[] = ["AGE_0_14", "AGE_15_24", "AGE_25_44", "AGE_45_64", "AGE_65_PLUS"];

export type PopulationImportResult = { ok: true; buurten: number; figures: number; year: number } | { ok: false; issues: ImportIssue[] };

function parseCount(raw: string | undefined): number | null | "invalid" {
  const v = (raw ?? "").trim().replace(/\s/g, "");
  if (v === "" || v === "." || v === "-") return null; // CBS: "." = secret / unknown
  if (!/^\d+$/.test(v)) return "invalid";
  return Number(v);
}

type Figure = { areaCode: string; ageBand: AgeBand | null; count: number };
export type PopulationPlan = { ok: true; codes: string[]; figures: Figure[] } | { ok: false; issues: ImportIssue[] };

/** Reads and checks the whole file against the buurten in the database; writes nothing. */
export async function planPopulationImport(db: Db, text: string, year: number): Promise<PopulationPlan> {
  if (!Number.isInteger(year) || year < 1990 || year > 2100) return { ok: false, issues: [{ item: 0, message: `ongeldig jaar: ${year}` }] };
  const { header, rows } = parseCsv(text);
  const lower = header.map(keyOf);
  const index: Record<string, number> = {};
  for (const [key, aliases] of Object.entries(columnAliases)) index[key] = lower.findIndex((h) => aliases.includes(h));
  const missing = ["buurtcode", "inhabitants"].filter((k) => index[k] < 0);
  if (missing.length) {
    return {
      ok: false,
      issues: [{ item: 0, line: 1, message: `kolom ontbreekt: ${missing.map((k) => columnAliases[k][0]).join(", ")} (kopregel: ${header.join(", ")})` }],
    };
  }
  if (rows.length === 0) return { ok: false, issues: [{ item: 0, message: "het bestand bevat geen rijen" }] };

  const buurten = new Map((await db.buurt.findMany({ select: { code: true } })).map((b) => [b.code, true]));
  const issues: ImportIssue[] = [];
  const figures: Figure[] = [];
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const item = i + 1;
    const code = (row.cells[index.buurtcode] ?? "").trim();
    if (/^(NL|GM|WK)/.test(code)) return; // the country, a gemeente or a wijk: not a buurt
    const problems: string[] = [];
    if (!/^BU\d{8}$/.test(code)) problems.push("buurtcode moet de vorm BU12345678 hebben");
    else if (!buurten.has(code)) problems.push("onbekende buurt (importeer eerst de gebiedsindeling)");
    else if (seen.has(code)) problems.push("buurt staat dubbel in het bestand");
    const total = parseCount(row.cells[index.inhabitants]);
    if (total === "invalid") problems.push("inwoners is geen geheel getal ≥ 0");
    const bands: { band: AgeBand; count: number }[] = [];
    for (const band of ageBands) {
      if (index[band] < 0) continue;
      const n = parseCount(row.cells[index[band]]);
      if (n === "invalid") problems.push(`${columnAliases[band][0]} is geen geheel getal ≥ 0`);
      else if (n !== null) bands.push({ band, count: n });
    }
    if (typeof total === "number" && bands.reduce((s, b) => s + b.count, 0) > total)
      problems.push("leeftijdsgroepen tellen op tot meer dan het aantal inwoners");
    if (problems.length) {
      issues.push({ item, line: row.line, key: code || undefined, message: problems.join("; ") });
      return;
    }
    seen.add(code);
    if (typeof total === "number") figures.push({ areaCode: code, ageBand: null, count: total });
    for (const b of bands) figures.push({ areaCode: code, ageBand: b.band, count: b.count });
  });
  if (issues.length) return { ok: false, issues };
  if (seen.size === 0) return { ok: false, issues: [{ item: 0, message: "het bestand bevat geen buurten (codes BU…)" }] };
  return { ok: true, codes: [...seen], figures };
}

/** Replaces the figures of these buurten for this year, in the caller's transaction. */
export async function writePopulation(tx: Db, plan: Extract<PopulationPlan, { ok: true }>, year: number, source: string): Promise<void> {
  await tx.populationFigure.deleteMany({ where: { level: "BUURT", year, areaCode: { in: plan.codes } } });
  await tx.populationFigure.createMany({ data: plan.figures.map((f) => ({ ...f, level: "BUURT" as const, year, source })) });
}

/** CLI and tests: plan, write and audit (as the system) in one transaction. */
export async function importPopulation(
  prisma: PrismaClient,
  text: string,
  year: number,
  source = "CBS Kerncijfers wijken en buurten",
): Promise<PopulationImportResult> {
  return prisma.$transaction(async (tx): Promise<PopulationImportResult> => {
    const plan = await planPopulationImport(tx, text, year);
    if (!plan.ok) return plan;
    await writePopulation(tx, plan, year, source);
    const details = { year, buurten: plan.codes.length, figures: plan.figures.length, source };
    await tx.auditEvent.create({ data: { actorKind: "system", action: "population.import", entityType: "PopulationFigure", details } });
    return { ok: true, buurten: plan.codes.length, figures: plan.figures.length, year };
  });
}
