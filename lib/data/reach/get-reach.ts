// Reach ("participatiebereik"): who takes part, by buurt and by age band,
// set against the population where reference figures exist. Unique
// participants of the given bijeenkomsten (attended, or confirmed when no
// check-in was done), repeat participation, and the pool. Counted in SQL.
import "server-only";
import { prisma } from "@/lib/db";

const ageBands = ["AGE_0_14", "AGE_15_24", "AGE_25_44", "AGE_45_64", "AGE_65_PLUS"] as const;

export async function getReach(scope: { stadsdeelId?: string; bijeenkomstId?: string; stadsdeelIds?: string[] | null; from?: Date; to?: Date }) {
  // $1: the bijeenkomst, stadsdeel or stadsdelen; $2/$3: the period (whole history when absent)
  const where = scope.bijeenkomstId ? `b.id = $1` : scope.stadsdeelId ? `b."stadsdeelId" = $1` : `($1::text[] IS NULL OR b."stadsdeelId" = ANY($1::text[]))`;
  const key = scope.bijeenkomstId ?? scope.stadsdeelId ?? scope.stadsdeelIds ?? null;
  const from = scope.from ?? new Date(0);
  const to = scope.to ?? new Date(8.64e15);
  const base = `
    FROM "Registration" r JOIN "Bijeenkomst" b ON b.id = r."bijeenkomstId" JOIN "Participant" p ON p.id = r."participantId"
    WHERE ${where} AND b."startsAt" >= $2 AND b."startsAt" < $3 AND b.status <> 'CANCELLED' AND r.status IN ('ATTENDED','CONFIRMED','NO_SHOW')`;
  const [byBuurt, byAge, repeat, pool] = await Promise.all([
    prisma.$queryRawUnsafe<{ buurtId: string | null; name: string | null; code: string | null; n: bigint }[]>(
      `SELECT p."buurtId", bu.name, bu.code, count(DISTINCT p.id) AS n ${base.replace('JOIN "Participant" p ON p.id = r."participantId"', 'JOIN "Participant" p ON p.id = r."participantId" LEFT JOIN "Buurt" bu ON bu.id = p."buurtId"')} GROUP BY p."buurtId", bu.name, bu.code ORDER BY n DESC`,
      key, from, to),
    prisma.$queryRawUnsafe<{ ageBand: string | null; n: bigint }[]>(`SELECT p."ageBand", count(DISTINCT p.id) AS n ${base} GROUP BY p."ageBand"`, key, from, to),
    prisma.$queryRawUnsafe<{ total: bigint; repeat: bigint }[]>(
      `SELECT count(*) AS total, count(*) FILTER (WHERE k > 1) AS repeat FROM (
         SELECT r."participantId", (SELECT count(*) FROM "Registration" r2 WHERE r2."participantId" = r."participantId" AND r2.status = 'ATTENDED') AS k
         ${base} GROUP BY r."participantId") x`, key, from, to),
    scope.stadsdeelId
      ? prisma.participant.count({ where: { inPool: true, anonymisedAt: null, buurt: { stadsdeelId: scope.stadsdeelId } } })
      : Promise.resolve(null),
  ]);
  const total = Number(repeat[0]?.total ?? 0);
  const codes = byBuurt.flatMap((b) => (b.code ? [b.code] : []));
  const buurtPopulation = await prisma.populationFigure.findMany({ where: { level: "BUURT", ageBand: null, areaCode: { in: codes } }, orderBy: { year: "desc" } });
  const popTotal = buurtPopulation.reduce((s, f) => s + f.count, 0);
  const cityAges = await prisma.populationFigure.findMany({ where: { level: "GEMEENTE", ageBand: { not: null } }, orderBy: { year: "desc" } });
  const cityAgeTotal = cityAges.reduce((s, f) => s + f.count, 0);
  const knownAge = byAge.filter((a) => a.ageBand).reduce((s, a) => s + Number(a.n), 0);
  const byAgeBand = ageBands.map((band) => {
    const n = Number(byAge.find((a) => a.ageBand === band)?.n ?? 0);
    const city = cityAges.find((f) => f.ageBand === band);
    return { band, n, share: knownAge ? n / knownAge : 0, populationShare: city && cityAgeTotal ? city.count / cityAgeTotal : null, source: city ? `${city.source}, ${city.year}` : null };
  });
  const byBuurtShares = byBuurt.map((b) => {
    const pop = buurtPopulation.find((f) => f.areaCode === b.code);
    return { name: b.name ?? "Onbekend", n: Number(b.n), share: total ? Number(b.n) / total : 0, populationShare: pop && popTotal ? pop.count / popTotal : null };
  });
  const gap = <T extends { share: number; populationShare: number | null }>(rows: T[]) =>
    rows.filter((r) => r.populationShare !== null).sort((a, b) => a.share - a.populationShare! - (b.share - b.populationShare!))[0] ?? null;
  return {
    total,
    repeat: Number(repeat[0]?.repeat ?? 0),
    pool,
    hasBuurtPopulation: buurtPopulation.length > 0,
    byBuurt: byBuurtShares,
    byAge: byAgeBand,
    /** The most under-represented age band and buurt (share of participants minus share of inhabitants). */
    biggestGaps: { age: knownAge > 0 ? gap(byAgeBand) : null, buurt: gap(byBuurtShares) },
    unknownAge: Number(byAge.find((a) => !a.ageBand)?.n ?? 0),
  };
}
