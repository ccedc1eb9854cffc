// Turns participant counts per buurt and age band into reach: shares set
// against the population where reference figures exist, and the biggest
// gaps named. Shared by the live reach (a bijeenkomst, a stadsdeel) and the
// dashboard's reach from its rollups.
import "server-only";
import { prisma } from "@/lib/db";

export const ageBands = ["AGE_0_14", "AGE_15_24", "AGE_25_44", "AGE_45_64", "AGE_65_PLUS"] as const;

export type ReachCounts = {
  total: number;
  repeat: number;
  pool: number | null;
  byBuurt: { name: string | null; code: string | null; n: number }[];
  byAge: { ageBand: string | null; n: number }[];
};

export async function buildReach(c: ReachCounts) {
  const codes = c.byBuurt.flatMap((b) => (b.code ? [b.code] : []));
  const [buurtPopulation, cityAges] = await Promise.all([
    prisma.populationFigure.findMany({ where: { level: "BUURT", ageBand: null, areaCode: { in: codes } }, orderBy: { year: "desc" } }),
    prisma.populationFigure.findMany({ where: { level: "GEMEENTE", ageBand: { not: null } }, orderBy: { year: "desc" } }),
  ]);
  const popTotal = buurtPopulation.reduce((s, f) => s + f.count, 0);
  const cityAgeTotal = cityAges.reduce((s, f) => s + f.count, 0);
  const knownAge = c.byAge.filter((a) => a.ageBand).reduce((s, a) => s + a.n, 0);
  const byAge = ageBands.map((band) => {
    const n = c.byAge.find((a) => a.ageBand === band)?.n ?? 0;
    const city = cityAges.find((f) => f.ageBand === band);
    return { band, n, share: knownAge ? n / knownAge : 0, populationShare: city && cityAgeTotal ? city.count / cityAgeTotal : null, source: city ? `${city.source}, ${city.year}` : null };
  });
  const byBuurt = c.byBuurt.map((b) => {
    const pop = buurtPopulation.find((f) => f.areaCode === b.code);
    return { name: b.name ?? "Onbekend", n: b.n, share: c.total ? b.n / c.total : 0, populationShare: pop && popTotal ? pop.count / popTotal : null };
  });
  const gap = <T extends { share: number; populationShare: number | null }>(rows: T[]) =>
    rows.filter((r) => r.populationShare !== null).sort((a, b) => a.share - a.populationShare! - (b.share - b.populationShare!))[0] ?? null;
  return {
    total: c.total,
    repeat: c.repeat,
    pool: c.pool,
    hasBuurtPopulation: buurtPopulation.length > 0,
    byBuurt,
    byAge,
    /** The most under-represented age band and buurt (share of participants minus share of inhabitants). */
    biggestGaps: { age: knownAge > 0 ? gap(byAge) : null, buurt: gap(byBuurt) },
    unknownAge: c.byAge.find((a) => !a.ageBand)?.n ?? 0,
  };
}

export type Reach = Awaited<ReturnType<typeof buildReach>>;
