// The progress dashboard's figures, all counted in the database with GROUP BY
// (never by looping over rows in JavaScript): bijeenkomsten and
// participation, meldingen (status, department, overdue, time to close,
// trend), inbreng and answers, verslagen on time, evaluations, the agenda,
// and the stadsdelen side by side. Authorisation is in the filter: the
// stadsdeel ids come from scopedStadsdelen().
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import type { DashboardFilters } from "./dashboard-filters";

const n = (v: bigint | number | null | undefined) => Number(v ?? 0);

export async function getDashboard(f: DashboardFilters) {
  const sd = (col: string) => (f.stadsdeelIds ? Prisma.sql`AND ${Prisma.raw(col)} = ANY(${f.stadsdeelIds})` : Prisma.empty);
  const theme = (col: string) => (f.themeId ? Prisma.sql`AND ${Prisma.raw(col)} = ${f.themeId}` : Prisma.empty);
  const now = new Date();

  const [meetings, participation, meldingStatus, meldingDept, meldingClose, meldingTrend, inbreng, verslagen, evaluations, agenda, perStadsdeel] = await Promise.all([
    prisma.$queryRaw<{ held: bigint; planned: bigint; cancelled: bigint }[]>`
      SELECT count(*) FILTER (WHERE b."startsAt" < now() AND b.status <> 'CANCELLED') AS held,
             count(*) FILTER (WHERE b."startsAt" >= now() AND b.status = 'PLANNED') AS planned,
             count(*) FILTER (WHERE b.status = 'CANCELLED') AS cancelled
      FROM "Bijeenkomst" b WHERE b."startsAt" >= ${f.from} AND b."startsAt" < ${f.to} ${sd('b."stadsdeelId"')}`,
    prisma.$queryRaw<{ registrations: bigint; attended: bigint; no_show: bigint; unique_people: bigint; repeat_people: bigint }[]>`
      WITH r AS (
        SELECT r.status, r."participantId" FROM "Registration" r JOIN "Bijeenkomst" b ON b.id = r."bijeenkomstId"
        WHERE b."startsAt" >= ${f.from} AND b."startsAt" < ${f.to} AND b.status <> 'CANCELLED' ${sd('b."stadsdeelId"')}
      ), a AS (SELECT "participantId", count(*) AS k FROM r WHERE status = 'ATTENDED' GROUP BY "participantId")
      SELECT (SELECT count(*) FROM r WHERE status IN ('CONFIRMED','ATTENDED','NO_SHOW')) AS registrations,
             (SELECT count(*) FROM r WHERE status = 'ATTENDED') AS attended,
             (SELECT count(*) FROM r WHERE status = 'NO_SHOW') AS no_show,
             (SELECT count(*) FROM a) AS unique_people,
             (SELECT count(*) FROM a WHERE k > 1) AS repeat_people`,
    prisma.$queryRaw<{ status: string; n: bigint }[]>`
      SELECT m.status, count(*) AS n FROM "Melding" m WHERE m."createdAt" >= ${f.from} AND m."createdAt" < ${f.to} ${sd('m."stadsdeelId"')} ${theme('m."themeId"')}
      GROUP BY m.status`,
    prisma.$queryRaw<{ department: string; open: bigint; overdue: bigint; closed: bigint }[]>`
      SELECT d.name AS department,
             count(*) FILTER (WHERE m.status IN ('NIEUW','DOORGEZET','IN_BEHANDELING')) AS open,
             count(*) FILTER (WHERE m.status IN ('NIEUW','DOORGEZET','IN_BEHANDELING') AND m."dueAt" < ${now}) AS overdue,
             count(*) FILTER (WHERE m.status IN ('AFGEHANDELD','AFGEWEZEN')) AS closed
      FROM "Melding" m JOIN "Department" d ON d.id = m."departmentId"
      WHERE m."createdAt" >= ${f.from} AND m."createdAt" < ${f.to} ${sd('m."stadsdeelId"')} ${theme('m."themeId"')}
      GROUP BY d.name ORDER BY d.name`,
    prisma.$queryRaw<{ median_days: number | null; p90_days: number | null; closed: bigint }[]>`
      SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM m."closedAt" - m."createdAt") / 86400) AS median_days,
             percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM m."closedAt" - m."createdAt") / 86400) AS p90_days,
             count(*) AS closed
      FROM "Melding" m WHERE m."closedAt" IS NOT NULL AND m."createdAt" >= ${f.from} AND m."createdAt" < ${f.to} ${sd('m."stadsdeelId"')} ${theme('m."themeId"')}`,
    prisma.$queryRaw<{ month: Date; created: bigint; closed: bigint }[]>`
      SELECT date_trunc('month', m."createdAt") AS month, count(*) AS created, count(m."closedAt") AS closed
      FROM "Melding" m WHERE m."createdAt" >= ${f.from} AND m."createdAt" < ${f.to} ${sd('m."stadsdeelId"')} ${theme('m."themeId"')}
      GROUP BY 1 ORDER BY 1`,
    prisma.$queryRaw<{ theme: string; kind: string; n: bigint; answered: bigint }[]>`
      SELECT t.name AS theme, i.kind, count(*) AS n, count(*) FILTER (WHERE i."publicAnswer" IS NOT NULL) AS answered
      FROM "Inbreng" i JOIN "Bijeenkomst" b ON b.id = i."bijeenkomstId" JOIN "Theme" t ON t.id = i."themeId"
      WHERE b."startsAt" >= ${f.from} AND b."startsAt" < ${f.to} ${sd('b."stadsdeelId"')} ${theme('i."themeId"')}
      GROUP BY t.name, t."sortOrder", i.kind ORDER BY t."sortOrder", i.kind`,
    prisma.$queryRaw<{ due: bigint; sent_on_time: bigint; sent_late: bigint; overdue_now: bigint }[]>`
      SELECT count(*) AS due,
             count(*) FILTER (WHERE fv."sentAt" IS NOT NULL AND fv."sentAt" <= v."deadlineAt") AS sent_on_time,
             count(*) FILTER (WHERE fv."sentAt" > v."deadlineAt") AS sent_late,
             count(*) FILTER (WHERE fv."sentAt" IS NULL AND v."deadlineAt" < now()) AS overdue_now
      FROM "Verslag" v JOIN "Bijeenkomst" b ON b.id = v."bijeenkomstId"
      LEFT JOIN LATERAL (SELECT min(vv."sentAt") AS "sentAt" FROM "VerslagVersion" vv WHERE vv."verslagId" = v.id) fv ON true
      WHERE b."startsAt" >= ${f.from} AND b."startsAt" < ${f.to} ${sd('b."stadsdeelId"')}`,
    prisma.$queryRaw<{ responses: bigint; invited: bigint; overall: number | null; heard: number | null; organisation: number | null }[]>`
      SELECT count(e.id) AS responses, count(r.id) AS invited, avg(e."scoreOverall")::float AS overall, avg(e."scoreHeard")::float AS heard, avg(e."scoreOrganisation")::float AS organisation
      FROM "Registration" r JOIN "Bijeenkomst" b ON b.id = r."bijeenkomstId" LEFT JOIN "Evaluation" e ON e."registrationId" = r.id
      WHERE r.status = 'ATTENDED' AND b."startsAt" >= ${f.from} AND b."startsAt" < ${f.to} ${sd('b."stadsdeelId"')}`,
    prisma.$queryRaw<{ kind: string; status: string; n: bigint; progress: number | null; stale: bigint }[]>`
      SELECT a.kind, a.status, count(*) AS n, avg(a.progress)::float AS progress,
             count(*) FILTER (WHERE a."progressUpdatedAt" < now() - interval '90 days' AND a.status IN ('GEPLAND','LOOPT','UITGESTELD')) AS stale
      FROM "AgendaItem" a WHERE a."periodEnd" >= ${f.from} AND a."periodStart" < ${f.to} ${sd('a."stadsdeelId"')} ${theme('a."themeId"')}
      GROUP BY a.kind, a.status ORDER BY a.kind, a.status`,
    prisma.$queryRaw<{ id: string; name: string; held: bigint; attended: bigint; inbreng: bigint; meldingen_open: bigint; meldingen_overdue: bigint; pool: bigint }[]>`
      SELECT s.id, s.name,
        (SELECT count(*) FROM "Bijeenkomst" b WHERE b."stadsdeelId" = s.id AND b."startsAt" >= ${f.from} AND b."startsAt" < ${f.to} AND b."startsAt" < now() AND b.status <> 'CANCELLED') AS held,
        (SELECT count(*) FROM "Registration" r JOIN "Bijeenkomst" b ON b.id = r."bijeenkomstId" WHERE b."stadsdeelId" = s.id AND b."startsAt" >= ${f.from} AND b."startsAt" < ${f.to} AND r.status = 'ATTENDED') AS attended,
        (SELECT count(*) FROM "Inbreng" i JOIN "Bijeenkomst" b ON b.id = i."bijeenkomstId" WHERE b."stadsdeelId" = s.id AND b."startsAt" >= ${f.from} AND b."startsAt" < ${f.to}) AS inbreng,
        (SELECT count(*) FROM "Melding" m WHERE m."stadsdeelId" = s.id AND m.status IN ('NIEUW','DOORGEZET','IN_BEHANDELING')) AS meldingen_open,
        (SELECT count(*) FROM "Melding" m WHERE m."stadsdeelId" = s.id AND m.status IN ('NIEUW','DOORGEZET','IN_BEHANDELING') AND m."dueAt" < now()) AS meldingen_overdue,
        (SELECT count(*) FROM "Participant" p JOIN "Buurt" bu ON bu.id = p."buurtId" WHERE bu."stadsdeelId" = s.id AND p."inPool" AND p."anonymisedAt" IS NULL) AS pool
      FROM "Stadsdeel" s WHERE true ${sd("s.id")} ORDER BY s.name`,
  ]);

  const p = participation[0];
  const registrations = n(p?.registrations);
  const attended = n(p?.attended);
  const noShow = n(p?.no_show);
  const e = evaluations[0];
  const v = verslagen[0];
  return {
    meetings: { held: n(meetings[0]?.held), planned: n(meetings[0]?.planned), cancelled: n(meetings[0]?.cancelled) },
    participation: {
      registrations, attended, noShow, attendanceRate: attended + noShow ? attended / (attended + noShow) : null,
      uniquePeople: n(p?.unique_people), repeatPeople: n(p?.repeat_people),
    },
    meldingen: {
      byStatus: Object.fromEntries(meldingStatus.map((r) => [r.status, n(r.n)])) as Record<string, number>,
      byDepartment: meldingDept.map((r) => ({ department: r.department, open: n(r.open), overdue: n(r.overdue), closed: n(r.closed) })),
      medianDaysToClose: meldingClose[0]?.median_days ?? null,
      p90DaysToClose: meldingClose[0]?.p90_days ?? null,
      trend: meldingTrend.map((r) => ({ month: r.month, created: n(r.created), closed: n(r.closed) })),
    },
    inbreng: inbreng.map((r) => ({ theme: r.theme, kind: r.kind, n: n(r.n), answered: n(r.answered) })),
    verslagen: { due: n(v?.due), onTime: n(v?.sent_on_time), late: n(v?.sent_late), overdueNow: n(v?.overdue_now) },
    evaluations: { responses: n(e?.responses), invited: n(e?.invited), overall: e?.overall ?? null, heard: e?.heard ?? null, organisation: e?.organisation ?? null },
    agenda: agenda.map((r) => ({ kind: r.kind, status: r.status, n: n(r.n), progress: r.progress, stale: n(r.stale) })),
    perStadsdeel: perStadsdeel.map((r) => ({ id: r.id, name: r.name, held: n(r.held), attended: n(r.attended), inbreng: n(r.inbreng), meldingenOpen: n(r.meldingen_open), meldingenOverdue: n(r.meldingen_overdue), pool: n(r.pool) })),
  };
}
