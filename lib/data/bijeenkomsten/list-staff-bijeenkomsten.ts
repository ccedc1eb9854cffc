// Staff: the bijeenkomsten the user may read (authorisation in the where:
// their readable stadsdelen), upcoming first (nearest first), then held
// ones (most recent first), with registrations, attendance,
// evaluations and the verslag's state per row — the list behind the
// dashboard's meeting, participation, verslag and evaluation figures, with
// the same filters (stadsdeel, months, held/planned/cancelled, verslag).
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { type SessionUser, readableStadsdeelIds } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { monthRange } from "../dashboard/dashboard-filters";

export const BIJEENKOMST_PAGE_SIZE = 50;
export const meetingStates = { gehouden: "Gehouden", gepland: "Gepland", geannuleerd: "Geannuleerd" } as const;
export const verslagStates = {
  "op-tijd": "Verslag binnen 14 dagen verstuurd",
  "te-laat": "Verslag te laat verstuurd",
  "over-termijn": "Verslag nu over de termijn",
  "niet-verstuurd": "Verslag nog niet verstuurd",
} as const;
export type StaffBijeenkomstFilters = { stadsdeel?: string; van?: string; tot?: string; status?: string; verslag?: string; pagina?: string };

export type StaffBijeenkomstRow = {
  id: string;
  title: string;
  startsAt: Date;
  status: string;
  stadsdeel: string;
  registrations: number;
  attended: number;
  no_show: number;
  evaluations: number;
  deadline_at: Date | null;
  sent_at: Date | null;
};

export async function listStaffBijeenkomsten(user: SessionUser, f: StaffBijeenkomstFilters) {
  const ids = readableStadsdeelIds(user);
  if (ids && ids.length === 0) return { rows: [] as StaffBijeenkomstRow[], total: 0, page: 1 };
  const period = monthRange(f);
  const page = Math.max(1, Number(f.pagina ?? 1) || 1);
  const state: Record<string, Prisma.Sql> = {
    gehouden: Prisma.sql`AND b."startsAt" < now() AND b.status <> 'CANCELLED'`,
    gepland: Prisma.sql`AND b."startsAt" >= now() AND b.status = 'PLANNED'`,
    geannuleerd: Prisma.sql`AND b.status = 'CANCELLED'`,
  };
  const verslag: Record<string, Prisma.Sql> = {
    "op-tijd": Prisma.sql`AND fv."sentAt" <= v."deadlineAt"`,
    "te-laat": Prisma.sql`AND fv."sentAt" > v."deadlineAt"`,
    "over-termijn": Prisma.sql`AND v.id IS NOT NULL AND fv."sentAt" IS NULL AND v."deadlineAt" < now()`,
    "niet-verstuurd": Prisma.sql`AND v.id IS NOT NULL AND fv."sentAt" IS NULL`,
  };
  // what comes next first (nearest first), then what was held (most recent first)
  const upcomingFirst = Prisma.sql`(b."startsAt" < now()), CASE WHEN b."startsAt" >= now() THEN b."startsAt" END ASC, b."startsAt" DESC, b.id`;
  const from = Prisma.sql`
    FROM "Bijeenkomst" b JOIN "Stadsdeel" s ON s.id = b."stadsdeelId"
    LEFT JOIN "Verslag" v ON v."bijeenkomstId" = b.id
    LEFT JOIN LATERAL (SELECT min(vv."sentAt") AS "sentAt" FROM "VerslagVersion" vv WHERE vv."verslagId" = v.id) fv ON true`;
  const where = Prisma.sql`
    WHERE true
      ${ids ? Prisma.sql`AND b."stadsdeelId" = ANY(${ids})` : Prisma.empty}
      ${f.stadsdeel ? Prisma.sql`AND s.slug = ${f.stadsdeel}` : Prisma.empty}
      ${period ? Prisma.sql`AND b."startsAt" >= ${period.from} AND b."startsAt" < ${period.to}` : Prisma.empty}
      ${state[f.status ?? ""] ?? Prisma.empty}
      ${verslag[f.verslag ?? ""] ?? Prisma.empty}`;
  const [rows, count] = await Promise.all([
    prisma.$queryRaw<StaffBijeenkomstRow[]>`
      WITH page AS (
        SELECT b.id, b.title, b."startsAt", CASE WHEN b."publishedAt" IS NULL AND b.status = 'PLANNED' THEN 'CONCEPT' ELSE b.status::text END AS status, s.name AS stadsdeel, v."deadlineAt" AS deadline_at, fv."sentAt" AS sent_at
        ${from} ${where}
        ORDER BY ${upcomingFirst}
        LIMIT ${BIJEENKOMST_PAGE_SIZE} OFFSET ${(page - 1) * BIJEENKOMST_PAGE_SIZE}
      )
      SELECT b.*, c.registrations, c.attended, c.no_show, c.evaluations
      FROM page b CROSS JOIN LATERAL (
        SELECT count(*) FILTER (WHERE r.status IN ('CONFIRMED','ATTENDED','NO_SHOW'))::int AS registrations,
               count(*) FILTER (WHERE r.status = 'ATTENDED')::int AS attended,
               count(*) FILTER (WHERE r.status = 'NO_SHOW')::int AS no_show,
               count(e.id)::int AS evaluations
        FROM "Registration" r LEFT JOIN "Evaluation" e ON e."registrationId" = r.id WHERE r."bijeenkomstId" = b.id
      ) c
      ORDER BY ${upcomingFirst}`,
    prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n ${from} ${where}`,
  ]);
  return { rows, total: count[0]?.n ?? 0, page };
}
