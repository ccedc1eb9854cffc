// The portal's own indicators, recomputed from its data (nightly by the
// worker, and after the demo is generated) in SQL, per calendar year and per
// buurt, stadsdeel and the gemeente:
//   meldingen per 1,000 inhabitants (meldingen of every origin by the year
//     they came in, over the inhabitants of the buurten with CBS figures —
//     the nearest year's — so numerator and denominator cover the same
//     buurten); n = inhabitants;
//   inbreng met een openbaar antwoord (% of the inbreng brought in that
//     year); n = inbreng;
//   deelnemers per 1,000 (different residents registered for a bijeenkomst
//     held that year, by the buurt they gave); n = inhabitants;
//   verslagen op tijd (% of the verslagen whose 14 days have passed or that
//     were sent, sent within the 14 days; stadsdeel and gemeente only).
// The current year runs to today (periodEnd). All derived values are
// replaced in one transaction, so a page never sees half a recomputation.
import type { PrismaClient } from "../prisma-client.ts";

const YEAR = (col: string) => `extract(year FROM ${col} AT TIME ZONE 'Europe/Amsterdam')::int`;

/** Per (year, buurt code, stadsdeel slug): numerator and denominator; rolled up to stadsdeel and gemeente in SQL. */
function rollup(code: string, base: string, perThousand: boolean): string {
  const value = perThousand
    ? "round((sum(num) * 1000.0 / nullif(sum(den), 0))::numeric, 1)::float8"
    : "round((sum(num) * 100.0 / nullif(sum(den), 0))::numeric, 1)::float8";
  return `
    WITH base AS (${base}), gm AS (SELECT 'GM' || substr(min(code), 3, 4) AS code FROM "Buurt")
    INSERT INTO "IndicatorWaarde" (id, "indicatorId", level, "areaCode", "periodStart", "periodEnd", value, n, source)
    SELECT 'iw' || md5(random()::text || clock_timestamp()::text), i.id, g.level::"IndicatorLevel", g.area,
           make_date(g.year, 1, 1), least(make_date(g.year, 12, 31), (now() AT TIME ZONE 'Europe/Amsterdam')::date), g.value, g.den, 'Stadsdeelportaal (berekend)'
    FROM (
      SELECT year, CASE WHEN GROUPING(buurt) = 0 THEN 'BUURT' WHEN GROUPING(stadsdeel) = 0 THEN 'STADSDEEL' ELSE 'GEMEENTE' END AS level,
             COALESCE(buurt, stadsdeel, (SELECT code FROM gm)) AS area, ${value} AS value, sum(den)::int AS den
      FROM base GROUP BY GROUPING SETS ((year, stadsdeel, buurt), (year, stadsdeel), (year))
      HAVING NOT (GROUPING(buurt) = 0 AND buurt IS NULL)
    ) g JOIN "Indicator" i ON i.code = '${code}'
    WHERE g.value IS NOT NULL`;
}

/** Inhabitants per buurt for each year from the first to the current one: the nearest year with CBS figures. */
const POPULATION = (fromCol: string, table: string) => `
  SELECT DISTINCT ON (y.year, p."areaCode") y.year, p."areaCode" AS code, p.count
  FROM generate_series((SELECT min(${YEAR(fromCol)}) FROM ${table}), extract(year FROM now())::int) y(year)
  JOIN "PopulationFigure" p ON p.level = 'BUURT' AND p."ageBand" IS NULL
  ORDER BY y.year, p."areaCode", abs(p.year - y.year), p.year DESC`;

const MELDINGEN = `
  SELECT pop.year, b.code AS buurt, s.slug AS stadsdeel, coalesce(m.n, 0) AS num, pop.count AS den
  FROM (${POPULATION('"createdAt"', '"Melding"')}) pop
  JOIN "Buurt" b ON b.code = pop.code JOIN "Stadsdeel" s ON s.id = b."stadsdeelId"
  LEFT JOIN (SELECT ${YEAR('"createdAt"')} AS year, "buurtId", count(*) AS n FROM "Melding" WHERE "buurtId" IS NOT NULL GROUP BY 1, 2) m
    ON m.year = pop.year AND m."buurtId" = b.id
  WHERE pop.year >= (SELECT min(${YEAR('"createdAt"')}) FROM "Melding")`;

const DEELNEMERS = `
  SELECT pop.year, b.code AS buurt, s.slug AS stadsdeel, coalesce(p.n, 0) AS num, pop.count AS den
  FROM (${POPULATION('"startsAt"', '"Bijeenkomst"')}) pop
  JOIN "Buurt" b ON b.code = pop.code JOIN "Stadsdeel" s ON s.id = b."stadsdeelId"
  LEFT JOIN (
    SELECT ${YEAR('bk."startsAt"')} AS year, pa."buurtId", count(DISTINCT pa.id) AS n
    FROM "Registration" r JOIN "Bijeenkomst" bk ON bk.id = r."bijeenkomstId" JOIN "Participant" pa ON pa.id = r."participantId"
    WHERE r.status <> 'CANCELLED' AND bk.status <> 'CANCELLED' AND bk."startsAt" < now() AND pa."buurtId" IS NOT NULL GROUP BY 1, 2
  ) p ON p.year = pop.year AND p."buurtId" = b.id
  WHERE pop.year <= extract(year FROM now())::int`;

const BEANTWOORD = `
  SELECT ${YEAR('i."createdAt"')} AS year, b.code AS buurt, s.slug AS stadsdeel,
         count(i."publicAnswer") AS num, count(*) AS den
  FROM "Inbreng" i JOIN "Bijeenkomst" bk ON bk.id = i."bijeenkomstId" JOIN "Stadsdeel" s ON s.id = bk."stadsdeelId"
  LEFT JOIN "Buurt" b ON b.id = i."buurtId" AND b."stadsdeelId" = bk."stadsdeelId"
  GROUP BY 1, 2, 3`;

const VERSLAGEN = `
  SELECT ${YEAR('bk."startsAt"')} AS year, NULL::text AS buurt, s.slug AS stadsdeel,
         count(*) FILTER (WHERE fv."sentAt" <= v."deadlineAt") AS num, count(*) AS den
  FROM "Verslag" v JOIN "Bijeenkomst" bk ON bk.id = v."bijeenkomstId" JOIN "Stadsdeel" s ON s.id = bk."stadsdeelId"
  LEFT JOIN LATERAL (SELECT min(vv."sentAt") AS "sentAt" FROM "VerslagVersion" vv WHERE vv."verslagId" = v.id) fv ON true
  WHERE v."deadlineAt" < now() OR fv."sentAt" IS NOT NULL
  GROUP BY 1, 2, 3`;

export async function deriveIndicators(prisma: PrismaClient): Promise<number> {
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`DELETE FROM "IndicatorWaarde" w USING "Indicator" i WHERE i.id = w."indicatorId" AND i.derived`;
      let n = 0;
      n += await tx.$executeRawUnsafe(rollup("portaal.meldingen-per-1000", MELDINGEN, true));
      n += await tx.$executeRawUnsafe(rollup("portaal.deelnemers-per-1000", DEELNEMERS, true));
      n += await tx.$executeRawUnsafe(rollup("portaal.inbreng-beantwoord", BEANTWOORD, false));
      n += await tx.$executeRawUnsafe(rollup("portaal.verslagen-op-tijd", VERSLAGEN, false));
      return n;
    },
    { timeout: 120_000 },
  );
}
