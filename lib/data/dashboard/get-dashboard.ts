// The progress dashboard's figures, all counted in the database with GROUP BY
// (never by looping over rows in JavaScript). The big tables — meldingen,
// registrations, inbreng, participants — are read through their monthly
// rollups (tables the worker brings up to date every minute, see the
// incremental_rollups migration), so a period costs thousands of rows at
// national scale, not millions; bijeenkomsten, verslagen and the agenda are
// small and counted live. Periods are whole months on the Amsterdam calendar;
// meldingen can be narrowed to one origin (portaal, Signalen, CSV). Authorisation
// is in the filter: the stadsdeel ids come from scopedStadsdelen().
import { monthLabel } from "./month-sql";
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { listDepartments } from "../catalog/list-departments";
import { buildReach } from "../reach/build-reach";
import { meldingenPerThousand } from "./meldingen-per-thousand";
import type { DashboardFilters } from "./dashboard-filters";
import { countParticipants } from "./count-participants";
import { percentileFromHistogram } from "./percentile";
import { continuousMonths } from "@/lib/datetime";

const n = (v: bigint | number | null | undefined) => Number(v ?? 0);
const OPEN = Prisma.sql`('NIEUW','DOORGEZET','IN_BEHANDELING')`;
const CLOSED = Prisma.sql`('AFGEHANDELD','AFGEWEZEN')`;

export async function getDashboard(f: DashboardFilters) {
  const sd = (col: string) => (f.stadsdeelIds ? Prisma.sql`AND ${Prisma.raw(col)} = ANY(${f.stadsdeelIds})` : Prisma.empty);
  const theme = (col: string) => (f.themeId ? Prisma.sql`AND ${Prisma.raw(col)} = ${f.themeId}` : Prisma.empty);
  /** A rollup's rows in the period (its month column is the first of the month). */
  const months = (alias: string) => Prisma.sql`${Prisma.raw(alias)}.month >= ${monthLabel(f.from)} AND ${Prisma.raw(alias)}.month < ${monthLabel(f.to)}`;
  const origin = (col: string) => (f.origin ? Prisma.sql`AND ${Prisma.raw(col)} = ${f.origin}::"MeldingOrigin"` : Prisma.empty);
  const meldingWhere = Prisma.sql`${months("m")} ${sd('m."stadsdeelId"')} ${theme('m."themeId"')} ${origin("m.origin")}`;
  // Without a theme filter the theme-less rollups serve (a tenth of the rows).
  const meldingMonth = Prisma.raw(f.themeId ? "dashboard_melding_month" : "dashboard_melding_month_all");
  const meldingClose = Prisma.raw(f.themeId ? "dashboard_melding_close" : "dashboard_melding_close_all");

  const [
    meetings,
    participation,
    people,
    meldingGroups,
    departments,
    closeHistogram,
    inbreng,
    verslagen,
    agenda,
    perStadsdeel,
    pool,
    refreshed,
    lateVerslagen,
    meldingBuurten,
  ] = await Promise.all([
    prisma.$queryRaw<{ held: bigint; planned: bigint; cancelled: bigint }[]>`
      SELECT count(*) FILTER (WHERE b."startsAt" < now() AND b.status <> 'CANCELLED') AS held,
             count(*) FILTER (WHERE b."startsAt" >= now() AND b.status = 'PLANNED') AS planned,
             count(*) FILTER (WHERE b.status = 'CANCELLED') AS cancelled
      FROM "Bijeenkomst" b WHERE b."startsAt" >= ${f.from} AND b."startsAt" < ${f.to} ${sd('b."stadsdeelId"')}`,
    prisma.$queryRaw<{ registrations: bigint; attended: bigint; no_show: bigint; evaluations: bigint; overall: bigint; heard: bigint; organisation: bigint }[]>`
      SELECT sum(registrations) AS registrations, sum(attended) AS attended, sum(no_show) AS no_show, sum(evaluations) AS evaluations,
             sum(score_overall) AS overall, sum(score_heard) AS heard, sum(score_organisation) AS organisation
      FROM dashboard_bijeenkomst b WHERE ${months("b")} ${sd('b."stadsdeelId"')}`,
    countParticipants(f),
    // Meldingen per status, per department and per month in one pass over the rollup.
    prisma.$queryRaw<
      {
        g: number;
        status: string | null;
        department_id: string | null;
        month: Date | null;
        n: bigint;
        open: bigint;
        overdue: bigint;
        closed: bigint;
        closed_by_now: bigint;
      }[]
    >`
      SELECT GROUPING(m.status, m."departmentId", m.month)::int AS g, m.status::text AS status, m."departmentId" AS department_id, m.month::timestamp AS month,
             sum(m.n) AS n,
             coalesce(sum(m.n) FILTER (WHERE m.status IN ${OPEN}), 0) AS open,
             sum(m.overdue) AS overdue,
             coalesce(sum(m.n) FILTER (WHERE m.status IN ${CLOSED}), 0) AS closed,
             sum(m.closed) AS closed_by_now
      FROM ${meldingMonth} m WHERE ${meldingWhere}
      GROUP BY GROUPING SETS ((m.status), (m."departmentId"), (m.month))`,
    listDepartments(),
    prisma.$queryRaw<{ days: number; n: bigint }[]>`
      SELECT m.days, sum(m.n) AS n FROM ${meldingClose} m WHERE ${meldingWhere} GROUP BY m.days`,
    prisma.$queryRaw<{ theme_id: string; theme: string; kind: string; n: bigint; answered: bigint }[]>`
      SELECT t.id AS theme_id, t.name AS theme, i.kind, sum(i.n) AS n, sum(i.answered) AS answered
      FROM dashboard_inbreng i JOIN "Theme" t ON t.id = i."themeId"
      WHERE ${months("i")} ${sd('i."stadsdeelId"')} ${theme('i."themeId"')}
      GROUP BY t.id, t.name, t."sortOrder", i.kind ORDER BY t."sortOrder", i.kind`,
    prisma.$queryRaw<{ due: bigint; sent_on_time: bigint; sent_late: bigint; overdue_now: bigint }[]>`
      SELECT count(*) AS due,
             count(*) FILTER (WHERE fv."sentAt" IS NOT NULL AND fv."sentAt" <= v."deadlineAt") AS sent_on_time,
             count(*) FILTER (WHERE fv."sentAt" > v."deadlineAt") AS sent_late,
             count(*) FILTER (WHERE fv."sentAt" IS NULL AND v."deadlineAt" < now()) AS overdue_now
      FROM "Verslag" v JOIN "Bijeenkomst" b ON b.id = v."bijeenkomstId"
      LEFT JOIN LATERAL (SELECT min(vv."sentAt") AS "sentAt" FROM "VerslagVersion" vv WHERE vv."verslagId" = v.id) fv ON true
      WHERE b."startsAt" >= ${f.from} AND b."startsAt" < ${f.to} ${sd('b."stadsdeelId"')}`,
    prisma.$queryRaw<{ kind: string; status: string; n: bigint; progress: number | null; stale: bigint }[]>`
      SELECT a.kind, a.status, count(*) AS n, avg(a.progress)::float AS progress,
             count(*) FILTER (WHERE a."progressUpdatedAt" < now() - interval '90 days' AND a.status IN ('GEPLAND','LOOPT','UITGESTELD')) AS stale
      FROM "AgendaItem" a WHERE a."periodEnd" >= ${f.from} AND a."periodStart" < ${f.to} ${sd('a."stadsdeelId"')} ${theme('a."themeId"')}
      GROUP BY a.kind, a.status ORDER BY a.kind, a.status`,
    prisma.$queryRaw<
      {
        id: string;
        slug: string;
        name: string;
        held: bigint;
        attended: bigint;
        inbreng: bigint;
        meldingen_open: bigint;
        meldingen_overdue: bigint;
        pool: bigint;
      }[]
    >`
      WITH held AS (
        SELECT b."stadsdeelId" AS sd, count(*) AS n FROM "Bijeenkomst" b
        WHERE b."startsAt" >= ${f.from} AND b."startsAt" < ${f.to} AND b."startsAt" < now() AND b.status <> 'CANCELLED' GROUP BY 1
      ), attended AS (SELECT b."stadsdeelId" AS sd, sum(b.attended) AS n FROM dashboard_bijeenkomst b WHERE ${months("b")} GROUP BY 1
      ), inbreng AS (SELECT i."stadsdeelId" AS sd, sum(i.n) AS n FROM dashboard_inbreng i WHERE ${months("i")} ${theme('i."themeId"')} GROUP BY 1
      ), meldingen AS (SELECT m."stadsdeelId" AS sd, sum(m.n) AS open, sum(m.overdue) AS overdue FROM dashboard_melding_month_all m WHERE m.status IN ${OPEN} ${origin("m.origin")} GROUP BY 1
      ), pool AS (SELECT p."stadsdeelId" AS sd, sum(p.n) AS n FROM dashboard_pool p GROUP BY 1)
      SELECT s.id, s.slug, s.name, held.n AS held, attended.n AS attended, inbreng.n AS inbreng,
             meldingen.open AS meldingen_open, meldingen.overdue AS meldingen_overdue, pool.n AS pool
      FROM "Stadsdeel" s
      LEFT JOIN held ON held.sd = s.id LEFT JOIN attended ON attended.sd = s.id LEFT JOIN inbreng ON inbreng.sd = s.id
      LEFT JOIN meldingen ON meldingen.sd = s.id LEFT JOIN pool ON pool.sd = s.id
      WHERE true ${sd("s.id")} ORDER BY s.name`,
    prisma.$queryRaw<{ joined: bigint }[]>`
      SELECT sum(p.n) AS joined FROM dashboard_pool p WHERE ${months("p")} ${sd('p."stadsdeelId"')}`,
    prisma.$queryRaw<{ refreshed_at: Date }[]>`SELECT refreshed_at FROM dashboard_refresh`,
    // The five verslagen longest over their deadline (for "aandacht nodig").
    prisma.$queryRaw<{ id: string; title: string; stadsdeel: string; starts_at: Date; deadline_at: Date }[]>`
      SELECT b.id, b.title, s.name AS stadsdeel, b."startsAt" AS starts_at, v."deadlineAt" AS deadline_at
      FROM "Verslag" v JOIN "Bijeenkomst" b ON b.id = v."bijeenkomstId" JOIN "Stadsdeel" s ON s.id = b."stadsdeelId"
      WHERE v."deadlineAt" < now() AND NOT EXISTS (SELECT 1 FROM "VerslagVersion" vv WHERE vv."verslagId" = v.id AND vv."sentAt" IS NOT NULL)
        AND b."startsAt" >= ${f.from} AND b."startsAt" < ${f.to} ${sd('b."stadsdeelId"')}
      ORDER BY v."deadlineAt" LIMIT 5`,
    // Meldingen per buurt in the period, every buurt of the stadsdelen shown (zeros too).
    prisma.$queryRaw<{ id: string; code: string; name: string; n: bigint }[]>`
      SELECT b.id, b.code, b.name, coalesce(sum(m.n), 0) AS n
      FROM "Buurt" b LEFT JOIN dashboard_melding_buurt m ON m."buurtId" = b.id AND ${months("m")} ${theme('m."themeId"')} ${origin("m.origin")}
      WHERE true ${sd('b."stadsdeelId"')}
      GROUP BY b.id, b.code, b.name`,
  ]);

  const p = participation[0];
  const attended = n(p?.attended);
  const noShow = n(p?.no_show);
  const responses = n(p?.evaluations);
  const total = people.find((r) => r.g === 3);
  const poolSize = perStadsdeel.reduce((s, r) => s + n(r.pool), 0);
  const reach = await buildReach({
    total: n(total?.people),
    repeat: n(total?.repeat_people),
    pool: poolSize,
    byBuurt: people.filter((r) => r.g === 1).map((r) => ({ name: r.buurt, code: r.code, n: n(r.people) })),
    byAge: people.filter((r) => r.g === 2).map((r) => ({ ageBand: r.age, n: n(r.people) })),
  });
  const perThousand = await meldingenPerThousand(meldingBuurten.map((b) => ({ code: b.code, name: b.name, n: n(b.n) })));
  const closeDays = closeHistogram.map((r) => ({ value: r.days, n: n(r.n) }));
  const v = verslagen[0];
  return {
    refreshedAt: refreshed[0]?.refreshed_at ?? null,
    meetings: { held: n(meetings[0]?.held), planned: n(meetings[0]?.planned), cancelled: n(meetings[0]?.cancelled) },
    participation: {
      registrations: n(p?.registrations),
      attended,
      noShow,
      attendanceRate: attended + noShow ? attended / (attended + noShow) : null,
      uniquePeople: n(total?.attended_people),
      repeatPeople: n(total?.repeat_people),
    },
    pool: { size: poolSize, joined: n(pool[0]?.joined) },
    reach,
    meldingen: {
      byStatus: Object.fromEntries(meldingGroups.filter((r) => r.g === 3).map((r) => [r.status, n(r.n)])) as Record<string, number>,
      byDepartment: departments.flatMap((dep) => {
        const r = meldingGroups.find((x) => x.g === 5 && x.department_id === dep.id);
        return r ? [{ id: dep.id, department: dep.name, open: n(r.open), overdue: n(r.overdue), closed: n(r.closed) }] : [];
      }),
      medianDaysToClose: percentileFromHistogram(closeDays, 0.5),
      p90DaysToClose: percentileFromHistogram(closeDays, 0.9),
      perBuurt: perThousand,
      trend: continuousMonths(f.from, f.to).map((month) => {
        const r = meldingGroups.find((x) => x.g === 6 && x.month!.getTime() === month.getTime());
        return { month, created: n(r?.n), closed: n(r?.closed_by_now) };
      }),
    },
    inbreng: inbreng.map((r) => ({ themeId: r.theme_id, theme: r.theme, kind: r.kind, n: n(r.n), answered: n(r.answered) })),
    verslagen: { due: n(v?.due), onTime: n(v?.sent_on_time), late: n(v?.sent_late), overdueNow: n(v?.overdue_now) },
    evaluations: {
      responses,
      invited: attended,
      overall: responses ? n(p?.overall) / responses : null,
      heard: responses ? n(p?.heard) / responses : null,
      organisation: responses ? n(p?.organisation) / responses : null,
    },
    agenda: agenda.map((r) => ({ kind: r.kind, status: r.status, n: n(r.n), progress: r.progress, stale: n(r.stale) })),
    lateVerslagen: lateVerslagen.map((r) => ({ id: r.id, title: r.title, stadsdeel: r.stadsdeel, startsAt: r.starts_at, deadlineAt: r.deadline_at })),
    perStadsdeel: perStadsdeel.map((r) => ({
      id: r.id,
      slug: r.slug,
      name: r.name,
      held: n(r.held),
      attended: n(r.attended),
      inbreng: n(r.inbreng),
      meldingenOpen: n(r.meldingen_open),
      meldingenOverdue: n(r.meldingen_overdue),
      pool: n(r.pool),
    })),
  };
}

export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;
