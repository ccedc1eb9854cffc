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

/**
 * The reference figures reach is set against, from one year each: inhabitants
 * per buurt from the latest year with buurt figures; the age make-up from the
 * gemeente's own figures of its latest year or, where only buurt figures were
 * imported (CBS Kerncijfers), the sum of the buurten's age bands of that year.
 */
async function referenceFigures(codes: string[]) {
  const latest = await prisma.populationFigure.groupBy({
    by: ["level"],
    _max: { year: true },
    where: { OR: [{ level: "BUURT" }, { level: "GEMEENTE", ageBand: { not: null } }] },
  });
  const buurtYear = latest.find((l) => l.level === "BUURT")?._max.year ?? null;
  const cityYear = latest.find((l) => l.level === "GEMEENTE")?._max.year ?? null;
  const [buurtPopulation, cityAges, buurtAges] = await Promise.all([
    buurtYear ? prisma.populationFigure.findMany({ where: { level: "BUURT", year: buurtYear, ageBand: null, areaCode: { in: codes } } }) : [],
    cityYear ? prisma.populationFigure.findMany({ where: { level: "GEMEENTE", year: cityYear, ageBand: { not: null } } }) : [],
    !cityYear && buurtYear
      ? prisma.populationFigure.groupBy({ by: ["ageBand"], where: { level: "BUURT", year: buurtYear, ageBand: { not: null } }, _sum: { count: true } })
      : [],
  ]);
  const ages = cityYear
    ? { year: cityYear, source: cityAges[0]?.source ?? "", count: (band: string) => cityAges.find((f) => f.ageBand === band)?.count ?? null }
    : buurtAges.length
      ? {
          year: buurtYear!,
          source: "CBS Kerncijfers wijken en buurten, opgeteld over de buurten",
          count: (band: string) => buurtAges.find((f) => f.ageBand === band)?._sum.count ?? null,
        }
      : null;
  return { buurtYear, buurtPopulation, ages };
}

export async function buildReach(c: ReachCounts) {
  const codes = c.byBuurt.flatMap((b) => (b.code ? [b.code] : []));
  const { buurtYear, buurtPopulation, ages } = await referenceFigures(codes);
  const popTotal = buurtPopulation.reduce((s, f) => s + f.count, 0);
  const cityAgeTotal = ages ? ageBands.reduce((s, band) => s + (ages.count(band) ?? 0), 0) : 0;
  const knownAge = c.byAge.filter((a) => a.ageBand).reduce((s, a) => s + a.n, 0);
  const byAge = ageBands.map((band) => {
    const n = c.byAge.find((a) => a.ageBand === band)?.n ?? 0;
    const city = ages?.count(band) ?? null;
    return { band, n, share: knownAge ? n / knownAge : 0, populationShare: city !== null && cityAgeTotal ? city / cityAgeTotal : null };
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
    /** The year the inhabitants per buurt are from; null when none were imported. */
    buurtYear: buurtPopulation.length > 0 ? buurtYear : null,
    /** Where the age make-up of the inhabitants comes from, with its year. */
    ageSource: ages && cityAgeTotal ? `${ages.source}, ${ages.year}` : null,
    byBuurt,
    byAge,
    /** The most under-represented age band and buurt (share of participants minus share of inhabitants). */
    biggestGaps: { age: knownAge > 0 ? gap(byAge) : null, buurt: gap(byBuurt) },
    unknownAge: c.byAge.find((a) => !a.ageBand)?.n ?? 0,
  };
}

export type Reach = Awaited<ReturnType<typeof buildReach>>;
