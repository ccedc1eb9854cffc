// The dashboard's "Stadsdeeltafels" block, counted in the database: open
// dossiers per stadsdeel (now); days from aangemeld to duidelijkheid for
// dossiers that reached duidelijkheid in the period (median and 90th
// percentile); open acties past their date per department (of the owning
// colleague) and per partner organisation. Authorisation is in the filter:
// the stadsdeel ids come from scopedStadsdelen(), as for the other blocks.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import type { DashboardFilters } from "../dashboard/dashboard-filters";

export async function getDossierFigures(f: Pick<DashboardFilters, "from" | "to" | "stadsdeelIds">) {
  const sd = f.stadsdeelIds ? Prisma.sql`AND d."stadsdeelId" = ANY(${f.stadsdeelIds})` : Prisma.empty;
  const [open, clarity, late] = await Promise.all([
    prisma.$queryRaw<{ slug: string; name: string; n: number }[]>`
      SELECT s.slug, s.name, count(d.id)::int AS n FROM "Stadsdeel" s
      LEFT JOIN "Dossier" d ON d."stadsdeelId" = s.id AND d.status <> 'AFGESLOTEN'
      WHERE true ${f.stadsdeelIds ? Prisma.sql`AND s.id = ANY(${f.stadsdeelIds})` : Prisma.empty}
      GROUP BY s.slug, s.name ORDER BY s.name`,
    prisma.$queryRaw<{ n: number; median: number | null; p90: number | null }[]>`
      SELECT count(*)::int AS n,
             percentile_disc(0.5) WITHIN GROUP (ORDER BY days) AS median, percentile_disc(0.9) WITHIN GROUP (ORDER BY days) AS p90
      FROM (SELECT ceil(extract(epoch FROM d."duidelijkheidAt" - d."aangemeldAt") / 86400)::int AS days FROM "Dossier" d
            WHERE d."duidelijkheidAt" >= ${f.from} AND d."duidelijkheidAt" < ${f.to} ${sd}) x`,
    prisma.$queryRaw<{ kind: string; id: string | null; name: string; n: number }[]>`
      SELECT CASE WHEN a."ownerOrganisationId" IS NULL THEN 'afdeling' ELSE 'organisatie' END AS kind,
             coalesce(o.id, dep.id) AS id, coalesce(o.name, dep.name, 'Zonder afdeling') AS name, count(*)::int AS n
      FROM "Actie" a JOIN "Dossier" d ON d.id = a."dossierId"
      LEFT JOIN "Organisation" o ON o.id = a."ownerOrganisationId"
      LEFT JOIN "User" u ON u.id = a."ownerUserId" LEFT JOIN "Department" dep ON dep.id = u."departmentId"
      WHERE a.status = 'OPEN' AND a."dueOn" < (now() AT TIME ZONE 'Europe/Amsterdam')::date ${sd}
      GROUP BY 1, 2, 3 ORDER BY 4 DESC, 3`,
  ]);
  return { open, clarity: clarity[0] ?? { n: 0, median: null, p90: null }, late };
}
