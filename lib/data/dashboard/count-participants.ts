// Who took part in a period: unique participants per buurt, per age band and
// in total (registered, attended or not showing up), and how many attended,
// and attended more than once. For the whole city or one stadsdeel from the
// dashboard_reach / dashboard_attendance rollups (a person counts once, at
// their first registration in the period, see the migration); for several
// stadsdelen together (a regisseur with more than one) counted exactly from
// the registrations themselves, since a person may take part in each.
import { monthLabel } from "./month-sql";
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import type { DashboardFilters } from "./dashboard-filters";

/** g: 1 = per buurt, 2 = per age band, 3 = total (PostgreSQL's GROUPING bits). */
export type ParticipantCounts = {
  g: number;
  buurt: string | null;
  code: string | null;
  age: string | null;
  people: bigint;
  attended_people: bigint;
  repeat_people: bigint;
}[];

export async function countParticipants(f: Pick<DashboardFilters, "from" | "to" | "stadsdeelIds">): Promise<ParticipantCounts> {
  if (f.stadsdeelIds && f.stadsdeelIds.length !== 1) return countFromRegistrations(f.from, f.to, f.stadsdeelIds);
  const scope = f.stadsdeelIds ? Prisma.sql`scope = ${f.stadsdeelIds[0]}` : Prisma.sql`scope IS NULL`;
  const period = Prisma.sql`${scope} AND month >= ${monthLabel(f.from)} AND month < ${monthLabel(f.to)}`;
  const [reach, attendance] = await Promise.all([
    prisma.$queryRaw<ParticipantCounts>`
      WITH g AS (
        SELECT GROUPING("buurtId", "ageBand")::int AS g, "buurtId", "ageBand"::text AS age, sum(n) AS people
        FROM dashboard_reach WHERE ${period} AND (prev IS NULL OR prev < ${monthLabel(f.from)})
        GROUP BY GROUPING SETS (("buurtId"), ("ageBand"), ())
      )
      SELECT g.g, bu.name AS buurt, bu.code, g.age, g.people, 0::bigint AS attended_people, 0::bigint AS repeat_people
      FROM g LEFT JOIN "Buurt" bu ON bu.id = g."buurtId" ORDER BY g.g, g.people DESC, bu.name`,
    prisma.$queryRaw<{ attended_people: bigint | null; repeat_people: bigint | null }[]>`
      SELECT sum(n) FILTER (WHERE prev IS NULL OR prev < ${monthLabel(f.from)}) AS attended_people,
             sum(n) FILTER (WHERE prev >= ${monthLabel(f.from)} AND (prev2 IS NULL OR prev2 < ${monthLabel(f.from)})) AS repeat_people
      FROM dashboard_attendance WHERE ${period}`,
  ]);
  const a = attendance[0];
  const total = reach.find((r) => r.g === 3);
  const withTotals = {
    g: 3,
    buurt: null,
    code: null,
    age: null,
    people: total?.people ?? 0n,
    attended_people: a?.attended_people ?? 0n,
    repeat_people: a?.repeat_people ?? 0n,
  };
  return [...reach.filter((r) => r.g !== 3), withTotals];
}

function countFromRegistrations(from: Date, to: Date, stadsdeelIds: string[]): Promise<ParticipantCounts> {
  return prisma.$queryRaw<ParticipantCounts>`
    WITH p AS (
      SELECT r."participantId", p."buurtId", p."ageBand", count(*) FILTER (WHERE r.status = 'ATTENDED') AS a
      FROM "Registration" r JOIN "Bijeenkomst" b ON b.id = r."bijeenkomstId" JOIN "Participant" p ON p.id = r."participantId"
      WHERE b.status <> 'CANCELLED' AND r.status IN ('CONFIRMED', 'ATTENDED', 'NO_SHOW')
        AND b."startsAt" >= ${from} AND b."startsAt" < ${to} AND b."stadsdeelId" = ANY(${stadsdeelIds})
      GROUP BY 1, 2, 3
    ), g AS (
      SELECT GROUPING(p."buurtId", p."ageBand")::int AS g, p."buurtId", p."ageBand"::text AS age,
             count(*) AS people, count(*) FILTER (WHERE a > 0) AS attended_people, count(*) FILTER (WHERE a > 1) AS repeat_people
      FROM p GROUP BY GROUPING SETS ((p."buurtId"), (p."ageBand"), ())
    )
    SELECT g.g, bu.name AS buurt, bu.code, g.age, g.people, g.attended_people, g.repeat_people
    FROM g LEFT JOIN "Buurt" bu ON bu.id = g."buurtId" ORDER BY g.g, g.people DESC, bu.name`;
}
