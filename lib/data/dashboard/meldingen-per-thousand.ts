// Meldingen per 1,000 inhabitants per buurt: the dashboard's counts per buurt
// set against the buurt's inhabitants from the latest year with buurt
// figures (CBS, imported by the beheerder). Without figures for a buurt its
// rate is null — shown as "geen cijfers", never guessed. Highest rate first;
// buurten without figures last, by count.
import "server-only";
import { prisma } from "@/lib/db";

export type BuurtRate = { code: string; name: string; n: number; inhabitants: number | null; perThousand: number | null };

export async function meldingenPerThousand(rows: { code: string; name: string; n: number }[]): Promise<{ year: number | null; rows: BuurtRate[] }> {
  const latest = await prisma.populationFigure.aggregate({ _max: { year: true }, where: { level: "BUURT", ageBand: null } });
  const year = latest._max.year;
  const figures = year
    ? await prisma.populationFigure.findMany({
        where: { level: "BUURT", year, ageBand: null, areaCode: { in: rows.map((r) => r.code) } },
        select: { areaCode: true, count: true },
      })
    : [];
  const inhabitants = new Map(figures.map((f) => [f.areaCode, f.count]));
  const out = rows.map((r) => {
    const pop = inhabitants.get(r.code) ?? null;
    return { ...r, inhabitants: pop, perThousand: pop ? (r.n / pop) * 1000 : null };
  });
  out.sort((a, b) => (b.perThousand ?? -1) - (a.perThousand ?? -1) || b.n - a.n || a.name.localeCompare(b.name, "nl"));
  return { year, rows: out };
}
