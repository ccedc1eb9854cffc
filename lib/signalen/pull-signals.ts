// Pull: meldingen from Signalen into the portal, incrementally. Reads
// GET /signals/v1/private/signals/?ordering=updated_at&updated_after=<cursor>
// page by page (following _links.next) and, per page in one transaction,
// upserts the meldingen by (origin, external id) and moves the cursor — so
// a pull stopped halfway resumes without loss or duplicates (updated_after
// is inclusive; a repeated row is an update). Buurt and stadsdeel come from
// the point and the portal's own buurten; a point outside them is not ours
// and is skipped. A signal whose category is not mapped yet waits in
// SignalenWaiting and is imported once the beheerder maps it. 401/403 marks
// the source "niet verbonden" and stops until the beheerder fixes it; other
// failures are "fout" and the next scheduled run tries again.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { findContainingArea } from "../geo/geometry.ts";
import type { Tx } from "../actions/define-action.ts";
import { keepSignal, statusOf, type KeptSignal } from "./map-signal.ts";

export type PullReport = { pages: number; imported: number; waiting: number; outside: number; skipped: number; status: string; error: string | null };

type Buurt = { id: string; stadsdeelId: string; geometry: unknown; minLng: number; minLat: number; maxLng: number; maxLat: number };
type Mapping = { categoryId: string; departmentId: string; dueDays: number };

async function mappings(db: PrismaClient | Tx): Promise<Map<string, Mapping>> {
  const rows = await db.signalenCategory.findMany({ where: { category: { defaultDepartmentId: { not: null } } }, select: { path: true, category: { select: { id: true, defaultDepartmentId: true, defaultDueDays: true } } } });
  return new Map(rows.map((r) => [r.path, { categoryId: r.category!.id, departmentId: r.category!.defaultDepartmentId!, dueDays: r.category!.defaultDueDays }]));
}

/** Upserts kept signals as meldingen in one statement; returns how many were written. */
async function upsertMeldingen(tx: Tx, rows: { s: KeptSignal; m: Mapping; buurt: Buurt }[]): Promise<number> {
  if (rows.length === 0) return 0;
  const col = <T>(f: (r: (typeof rows)[number]) => T) => rows.map(f);
  const closed = (r: (typeof rows)[number]) => ["AFGEHANDELD", "AFGEWEZEN"].includes(statusOf(r.s.state));
  return tx.$executeRaw`
    INSERT INTO "Melding" (id, "categoryId", "departmentId", description, lat, lng, "buurtId", "stadsdeelId", status, "dueAt",
                           "externalReference", "publicAnswer", "closedAt", "createdAt", "updatedAt", origin, "externalId", "externalState")
    SELECT u.id, u.category, u.department, u.text, u.lat, u.lng, u.buurt, u.stadsdeel, u.status::"MeldingStatus",
           (u.created::timestamptz AT TIME ZONE 'UTC') + make_interval(days => u.due_days),
           u.display, u.answer, (u.closed::timestamptz AT TIME ZONE 'UTC'), (u.created::timestamptz AT TIME ZONE 'UTC'), now(), 'SIGNALEN', u.external, u.state
    FROM unnest(${col(() => randomUUID())}::text[], ${col((r) => r.m.categoryId)}::text[], ${col((r) => r.m.departmentId)}::text[], ${col((r) => r.s.text)}::text[],
                ${col((r) => r.s.lat)}::float8[], ${col((r) => r.s.lng)}::float8[], ${col((r) => r.buurt.id)}::text[], ${col((r) => r.buurt.stadsdeelId)}::text[],
                ${col((r) => statusOf(r.s.state))}::text[], ${col((r) => r.m.dueDays)}::int[], ${col((r) => r.s.display)}::text[],
                ${col((r) => (closed(r) ? (r.s.stateText ?? "Afgehandeld in het meldingensysteem.") : null))}::text[],
                ${col((r) => (closed(r) ? (r.s.stateAt ?? r.s.updatedAt) : null))}::text[], ${col((r) => r.s.createdAt)}::text[],
                ${col((r) => r.s.externalId)}::text[], ${col((r) => r.s.state)}::text[])
      AS u(id, category, department, text, lat, lng, buurt, stadsdeel, status, due_days, display, answer, closed, created, external, state)
    ON CONFLICT (origin, "externalId") DO UPDATE SET
      "categoryId" = EXCLUDED."categoryId", "departmentId" = EXCLUDED."departmentId", description = EXCLUDED.description,
      lat = EXCLUDED.lat, lng = EXCLUDED.lng, "buurtId" = EXCLUDED."buurtId", "stadsdeelId" = EXCLUDED."stadsdeelId",
      status = EXCLUDED.status, "externalReference" = EXCLUDED."externalReference", "publicAnswer" = EXCLUDED."publicAnswer",
      "closedAt" = EXCLUDED."closedAt", "externalState" = EXCLUDED."externalState", "updatedAt" = now()`;
}

/** Sorts kept signals into meldingen to write, signals that wait for a mapping, and points outside the gemeente. */
async function store(tx: Tx, kept: KeptSignal[], buurten: Buurt[], mapped: Map<string, Mapping>) {
  const write: { s: KeptSignal; m: Mapping; buurt: Buurt }[] = [];
  const wait: KeptSignal[] = [];
  let outside = 0;
  for (const s of kept) {
    const buurt = findContainingArea(buurten, s.lng, s.lat);
    if (!buurt) outside++;
    else if (!mapped.has(s.path)) wait.push(s);
    else write.push({ s, m: mapped.get(s.path)!, buurt });
  }
  const paths = [...new Set(kept.map((s) => s.path))];
  if (paths.length) await tx.$executeRaw`INSERT INTO "SignalenCategory" (path) SELECT unnest(${paths}::text[]) ON CONFLICT DO NOTHING`;
  for (const s of wait) {
    await tx.signalenWaiting.upsert({ where: { externalId: s.externalId }, create: { externalId: s.externalId, path: s.path, data: s }, update: { path: s.path, data: s } });
  }
  if (write.length) await tx.signalenWaiting.deleteMany({ where: { externalId: { in: write.map((w) => w.s.externalId) } } });
  if (paths.length) await tx.$executeRaw`UPDATE "SignalenCategory" c SET waiting = (SELECT count(*) FROM "SignalenWaiting" w WHERE w.path = c.path) WHERE c.path = ANY(${paths})`;
  return { imported: await upsertMeldingen(tx, write), waiting: wait.length, outside };
}

const loadBuurten = (db: PrismaClient) => db.buurt.findMany({ select: { id: true, stadsdeelId: true, geometry: true, minLng: true, minLat: true, maxLng: true, maxLat: true } });

/** Imports the waiting signals of categories the beheerder has mapped since. */
async function importWaiting(prisma: PrismaClient, buurten: Buurt[], mapped: Map<string, Mapping>): Promise<number> {
  const waiting = await prisma.signalenWaiting.findMany({ where: { path: { in: [...mapped.keys()] } } });
  if (waiting.length === 0) return 0;
  return prisma.$transaction(async (tx) => (await store(tx, waiting.map((w) => w.data as unknown as KeptSignal), buurten, mapped)).imported);
}

export async function pullSignals(prisma: PrismaClient, options: { maxPages?: number } = {}): Promise<PullReport | null> {
  const source = await prisma.meldingSource.findUnique({ where: { id: "signalen" } });
  if (!source) return null;
  const report: PullReport = { pages: 0, imported: 0, waiting: 0, outside: 0, skipped: 0, status: source.status, error: source.lastError };
  if (source.status === "niet verbonden") return report;
  const fail = async (status: string, error: string) => {
    await prisma.meldingSource.update({ where: { id: source.id }, data: { status, lastError: error } });
    return { ...report, status, error };
  };
  const [mapped, buurten] = await Promise.all([mappings(prisma), loadBuurten(prisma)]);
  report.imported += await importWaiting(prisma, buurten, mapped);
  const first = new URL(`${source.baseUrl.replace(/\/$/, "")}/signals/v1/private/signals/`);
  first.searchParams.set("ordering", "updated_at");
  first.searchParams.set("page_size", "100");
  if (source.cursor) first.searchParams.set("updated_after", source.cursor);
  let url: string | null = first.toString();
  while (url && report.pages < (options.maxPages ?? Infinity)) {
    let res: Response;
    try {
      res = await fetch(url, { headers: { authorization: `Bearer ${source.token}`, accept: "application/json" }, signal: AbortSignal.timeout(30_000) });
    } catch (error) {
      return fail("fout", `Signalen is niet bereikbaar (${(error as Error).message}); de volgende ronde probeert het opnieuw.`);
    }
    if (res.status === 401 || res.status === 403) return fail("niet verbonden", `Signalen weigert de toegang (${res.status}). Controleer het token; tot dan wordt niet meer opgehaald.`);
    if (!res.ok) return fail("fout", `Signalen antwoordde met status ${res.status}; de volgende ronde probeert het opnieuw.`);
    const body = (await res.json()) as { results?: unknown[]; _links?: { next?: { href?: string | null } | null } };
    const raw = Array.isArray(body.results) ? body.results : [];
    const kept = raw.map(keepSignal).filter((s): s is KeptSignal => s !== null);
    const cursor = kept.reduce<string | null>((max, s) => (max === null || Date.parse(s.updatedAt) > Date.parse(max) ? s.updatedAt : max), source.cursor);
    const stored = await prisma.$transaction(async (tx) => {
      const r = await store(tx, kept, buurten, mapped);
      await tx.meldingSource.update({ where: { id: source.id }, data: { cursor, lastSyncAt: new Date(), status: "verbonden", lastError: null } });
      return r;
    });
    source.cursor = cursor;
    report.pages++;
    report.imported += stored.imported;
    report.waiting += stored.waiting;
    report.outside += stored.outside;
    report.skipped += raw.length - kept.length;
    report.status = "verbonden";
    report.error = null;
    url = body._links?.next?.href ?? null;
  }
  return report;
}

