// Writing pulled signals: per page in the caller's transaction, meldingen
// upserted by (origin, external id) in one statement (unnest), pushed
// meldingen following their signal's state, signals of unmapped categories
// waiting in SignalenWaiting, points outside the portal's buurten skipped.
import { randomUUID } from "node:crypto";
import type { MeldingStatus, PrismaClient } from "../../generated/prisma/client.ts";
import { findContainingArea } from "../geo/geometry.ts";
import type { Tx } from "../actions/define-action.ts";
import { statusOf, type KeptSignal } from "./map-signal.ts";
import { closingStatuses } from "../validation/melding.ts";

export type Buurt = { id: string; stadsdeelId: string; geometry: unknown; minLng: number; minLat: number; maxLng: number; maxLat: number };
export type Mapping = { categoryId: string; departmentId: string; dueDays: number };

export async function mappings(db: PrismaClient | Tx): Promise<Map<string, Mapping>> {
  const rows = await db.signalenCategory.findMany({
    where: { category: { defaultDepartmentId: { not: null } } },
    select: { path: true, category: { select: { id: true, defaultDepartmentId: true, defaultDueDays: true } } },
  });
  return new Map(
    rows.map((r) => [r.path, { categoryId: r.category!.id, departmentId: r.category!.defaultDepartmentId!, dueDays: r.category!.defaultDueDays }]),
  );
}

/** Upserts kept signals as meldingen in one statement; returns how many were written. */
async function upsertMeldingen(tx: Tx, rows: { s: KeptSignal; m: Mapping; buurt: Buurt }[]): Promise<number> {
  if (rows.length === 0) return 0;
  const col = <T>(f: (r: (typeof rows)[number]) => T) => rows.map(f);
  const closed = (r: (typeof rows)[number]) => closingStatuses.includes(statusOf(r.s.state));
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

type Pushed = { id: string; externalId: string; inbrengId: string | null; status: MeldingStatus; externalState: string | null };

/**
 * Meldingen the portal pushed follow their signal's state: status, closing
 * date and — when closed with a text — a proposed answer on the inbreng
 * behind them, which staff confirm before residents see it.
 */
async function followPushed(tx: Tx, pushed: Pushed[], bySignal: Map<string, KeptSignal>): Promise<number> {
  let changed = 0;
  for (const p of pushed) {
    const s = bySignal.get(p.externalId)!;
    if (s.state === p.externalState) continue;
    const status: MeldingStatus = s.state === "m" ? "DOORGEZET" : statusOf(s.state);
    const closed = closingStatuses.includes(status);
    await tx.melding.update({
      where: { id: p.id },
      data: {
        status,
        externalState: s.state,
        closedAt: closed ? new Date(s.stateAt ?? s.updatedAt) : null,
        ...(closed && s.stateText ? { publicAnswer: s.stateText } : {}),
        ...(status !== p.status
          ? { history: { create: { fromStatus: p.status, toStatus: status, note: `In het meldingensysteem${s.stateText ? `: ${s.stateText}` : ""}` } } }
          : {}),
      },
    });
    if (closed && s.stateText && p.inbrengId)
      await tx.inbreng.update({ where: { id: p.inbrengId }, data: { proposedAnswer: s.stateText, proposedAt: new Date() } });
    changed++;
  }
  return changed;
}

/** Sorts kept signals into meldingen to write, pushed meldingen to follow, signals that wait for a mapping, and points outside the gemeente. */
export async function store(tx: Tx, all: KeptSignal[], buurten: Buurt[], mapped: Map<string, Mapping>) {
  const bySignal = new Map(all.map((s) => [s.externalId, s]));
  const pushed = all.length
    ? await tx.$queryRaw<
        Pushed[]
      >`SELECT id, "externalId", "inbrengId", status, "externalState" FROM "Melding" WHERE origin = 'PORTAAL' AND "externalId" = ANY(${[...bySignal.keys()]})`
    : [];
  const followed = await followPushed(tx, pushed, bySignal);
  const ours = new Set(pushed.map((p) => p.externalId));
  const kept = all.filter((s) => !ours.has(s.externalId));
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
    await tx.signalenWaiting.upsert({
      where: { externalId: s.externalId },
      create: { externalId: s.externalId, path: s.path, data: s },
      update: { path: s.path, data: s },
    });
  }
  if (write.length) await tx.signalenWaiting.deleteMany({ where: { externalId: { in: write.map((w) => w.s.externalId) } } });
  if (paths.length)
    await tx.$executeRaw`UPDATE "SignalenCategory" c SET waiting = (SELECT count(*) FROM "SignalenWaiting" w WHERE w.path = c.path) WHERE c.path = ANY(${paths})`;
  return { imported: (await upsertMeldingen(tx, write)) + followed, waiting: wait.length, outside };
}

export const loadBuurten = (db: PrismaClient) =>
  db.buurt.findMany({ select: { id: true, stadsdeelId: true, geometry: true, minLng: true, minLat: true, maxLng: true, maxLat: true } });

/** Imports the waiting signals of categories the beheerder has mapped since. */
export async function importWaiting(prisma: PrismaClient, buurten: Buurt[], mapped: Map<string, Mapping>): Promise<number> {
  const waiting = await prisma.signalenWaiting.findMany({ where: { path: { in: [...mapped.keys()] } } });
  if (waiting.length === 0) return 0;
  return prisma.$transaction(
    async (tx) =>
      (
        await store(
          tx,
          waiting.map((w) => w.data as unknown as KeptSignal),
          buurten,
          mapped,
        )
      ).imported,
  );
}
