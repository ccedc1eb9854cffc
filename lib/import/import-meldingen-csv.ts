// Meldingen from any other meldingen system, as CSV: columns id, datum,
// categorie, status, afgehandeld_op and either lat/lon (WGS84) or x/y
// (RD New, EPSG:28992). Every row is checked first — date, the portal's
// category (by name or slug; its department and term follow), status, a
// point inside the gemeente's buurten — and a bad row is named by its line;
// nothing is written while one is bad. Idempotent by id: a second import
// updates the same meldingen (origin CSV).
import { randomUUID } from "node:crypto";
import type { MeldingStatus, Prisma } from "../../generated/prisma/client.ts";
import { findContainingArea } from "../geo/geometry.ts";
import { rdToWgs84 } from "../geo/rd.ts";
import { parseCsv } from "./csv.ts";
import type { ImportIssue } from "./issues.ts";

type Db = Prisma.TransactionClient;

const statuses: Record<string, MeldingStatus> = {
  nieuw: "NIEUW",
  gemeld: "NIEUW",
  doorgezet: "DOORGEZET",
  "in behandeling": "IN_BEHANDELING",
  ingepland: "IN_BEHANDELING",
  afgehandeld: "AFGEHANDELD",
  opgelost: "AFGEHANDELD",
  afgewezen: "AFGEWEZEN",
  geannuleerd: "AFGEWEZEN",
};

export type MeldingCsvRow = {
  externalId: string;
  createdAt: Date;
  closedAt: Date | null;
  status: MeldingStatus;
  categoryId: string;
  departmentId: string;
  dueDays: number;
  lat: number;
  lng: number;
  buurtId: string;
  stadsdeelId: string;
};
export type MeldingCsvPlan = { rows: MeldingCsvRow[]; issues: ImportIssue[]; existing: number };

/** "2026-03-14", "2026-03-14T10:00", "14-03-2026" or "14-3-2026 10:00" → a Date, or null. */
export function parseDutchDate(raw: string): Date | null {
  const v = raw.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(v);
  if (m) return new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4] ?? "12"}:${m[5] ?? "00"}:00Z`);
  m = /^(\d{1,2})-(\d{1,2})-(\d{4})(?: (\d{1,2}):(\d{2}))?$/.exec(v);
  if (m) return new Date(`${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}T${(m[4] ?? "12").padStart(2, "0")}:${m[5] ?? "00"}:00Z`);
  return null;
}

const number = (raw: string | undefined) => {
  const v = (raw ?? "").trim().replace(",", ".");
  return v === "" || !/^-?\d+(\.\d+)?$/.test(v) ? null : Number(v);
};

export async function planMeldingenCsv(db: Db, text: string): Promise<MeldingCsvPlan> {
  const { header, rows } = parseCsv(text);
  const col = (name: string) => header.findIndex((h) => h.trim().toLowerCase() === name);
  const idx = {
    id: col("id"),
    datum: col("datum"),
    categorie: col("categorie"),
    status: col("status"),
    afgehandeld: col("afgehandeld_op"),
    lat: col("lat"),
    lon: col("lon"),
    x: col("x"),
    y: col("y"),
  };
  const missing = ["id", "datum", "categorie", "status"].filter((k) => idx[k as keyof typeof idx] < 0);
  if (!((idx.lat >= 0 && idx.lon >= 0) || (idx.x >= 0 && idx.y >= 0))) missing.push("lat en lon, of x en y");
  if (missing.length) return { rows: [], existing: 0, issues: [{ item: 0, line: 1, message: `kolom ontbreekt: ${missing.join(", ")}` }] };
  const [categories, buurten] = await Promise.all([
    db.meldingCategory.findMany({ where: { active: true }, select: { id: true, name: true, slug: true, defaultDepartmentId: true, defaultDueDays: true } }),
    db.buurt.findMany({ select: { id: true, stadsdeelId: true, geometry: true, minLng: true, minLat: true, maxLng: true, maxLat: true } }),
  ]);
  const out: MeldingCsvRow[] = [];
  const issues: ImportIssue[] = [];
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    const cell = (k: number) => (k >= 0 ? (r.cells[k] ?? "").trim() : "");
    const problems: string[] = [];
    const externalId = cell(idx.id);
    if (!externalId) problems.push("id ontbreekt");
    else if (seen.has(externalId)) problems.push(`id ${externalId} staat twee keer in het bestand`);
    seen.add(externalId);
    const createdAt = parseDutchDate(cell(idx.datum));
    if (!createdAt) problems.push(`datum "${cell(idx.datum)}" is geen datum (gebruik 2026-03-14)`);
    const c = cell(idx.categorie).toLowerCase();
    const category = categories.find((x) => x.name.toLowerCase() === c || x.slug === c);
    if (!category) problems.push(`categorie "${cell(idx.categorie)}" bestaat niet in het portaal`);
    else if (!category.defaultDepartmentId) problems.push(`categorie "${category.name}" heeft nog geen afdeling`);
    const status = statuses[cell(idx.status).toLowerCase()];
    if (!status) problems.push(`status "${cell(idx.status)}" is onbekend (nieuw, in behandeling, afgehandeld of afgewezen)`);
    const closedRaw = cell(idx.afgehandeld);
    const closedAt = closedRaw ? parseDutchDate(closedRaw) : null;
    if (closedRaw && !closedAt) problems.push(`afgehandeld_op "${closedRaw}" is geen datum`);
    let point: { lng: number; lat: number } | null = null;
    if (idx.lat >= 0 && cell(idx.lat)) {
      const lat = number(cell(idx.lat));
      const lng = number(cell(idx.lon));
      point = lat !== null && lng !== null && Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? { lat, lng } : null;
    } else if (idx.x >= 0) {
      const x = number(cell(idx.x));
      const y = number(cell(idx.y));
      point = x !== null && y !== null ? rdToWgs84(x, y) : null;
    }
    if (!point) problems.push("de plek ontbreekt of is ongeldig (lat/lon, of RD x/y in meters)");
    const buurt = point ? findContainingArea(buurten, point.lng, point.lat) : null;
    if (point && !buurt) problems.push("de plek ligt buiten de buurten van de gemeente");
    if (problems.length) {
      issues.push({ item: i + 1, line: r.line, key: externalId || undefined, message: problems.join("; ") });
      return;
    }
    out.push({
      externalId,
      createdAt: createdAt!,
      closedAt: ["AFGEHANDELD", "AFGEWEZEN"].includes(status!) ? (closedAt ?? createdAt!) : null,
      status: status!,
      categoryId: category!.id,
      departmentId: category!.defaultDepartmentId!,
      dueDays: category!.defaultDueDays,
      lat: point!.lat,
      lng: point!.lng,
      buurtId: buurt!.id,
      stadsdeelId: buurt!.stadsdeelId,
    });
  });
  if (rows.length === 0) issues.push({ item: 0, message: "het bestand heeft geen rijen" });
  const existing = out.length ? await db.melding.count({ where: { origin: "CSV", externalId: { in: out.map((r) => r.externalId) } } }) : 0;
  return { rows: out, issues, existing };
}

/** Writes a plan without issues: new meldingen created, known ids (origin CSV) updated. */
export async function applyMeldingenCsv(db: Db, plan: MeldingCsvPlan): Promise<number> {
  for (const r of plan.rows) {
    const data = {
      categoryId: r.categoryId,
      departmentId: r.departmentId,
      status: r.status,
      closedAt: r.closedAt,
      lat: r.lat,
      lng: r.lng,
      buurtId: r.buurtId,
      stadsdeelId: r.stadsdeelId,
      publicAnswer: r.closedAt ? "Afgehandeld in het meldingensysteem." : null,
      externalReference: r.externalId,
    };
    await db.melding.upsert({
      where: { origin_externalId: { origin: "CSV", externalId: r.externalId } },
      create: {
        id: randomUUID(),
        ...data,
        origin: "CSV",
        externalId: r.externalId,
        description: `Melding ${r.externalId} uit het meldingensysteem`,
        createdAt: r.createdAt,
        dueAt: new Date(r.createdAt.getTime() + r.dueDays * 86_400_000),
      },
      update: data,
    });
  }
  return plan.rows.length;
}
