// The stadsdeelanalyse for one stadsdeel and one indicator: per buurt the
// latest value with the city's value of the same period, the difference,
// n, period and source; the stadsdeel's own value; and the trend per buurt
// over every period. Staff read it for the stadsdelen they may read; the
// public page passes no user (figures are aggregates, the same for all).
// A value resting on fewer than the gemeente's minimum n is suppressed
// here, once, so every page and export shows the same gap.
import "server-only";
import type { Geometry } from "geojson";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { gemeenteCodeOf } from "@/lib/indicators/areas";
import { refuse, stadsdeelWhere } from "../scope";
import { getMinN } from "./get-min-n";

export type Figure = { value: number | null; suppressed: boolean; n: number | null; distribution?: Record<string, number> | null };
export type AnalyseRow = Figure & { code: string; name: string; difference: number | null; geometry: Geometry };
export type AnalyseIndicator = {
  code: string;
  name: string;
  unit: string;
  polarity: string;
  kind: string;
  source: string;
  sourceUrl: string | null;
  licence: string;
  question: string | null;
};
export type Analyse = {
  stadsdeel: { id: string; slug: string; name: string };
  indicators: { code: string; name: string }[];
  indicator: AnalyseIndicator | null;
  period: { start: Date; end: Date } | null;
  source: string | null;
  city: Figure | null;
  own: Figure | null;
  rows: AnalyseRow[];
  trend: { periods: { start: Date; end: Date }[]; rows: { code: string; name: string; values: Figure[] }[]; city: Figure[] };
  minN: number;
};

type Waarde = { level: string; areaCode: string; periodStart: Date; periodEnd: Date; value: number; n: number | null; source: string; distribution: unknown };

const round1 = (v: number) => Math.round(v * 10) / 10;

export async function getStadsdeelAnalyse(user: SessionUser | null, slug: string, code: string | undefined): Promise<Analyse> {
  const where = user ? { slug, ...stadsdeelWhere(user) } : { slug };
  const stadsdeel = await prisma.stadsdeel.findFirst({
    where,
    select: { id: true, slug: true, name: true, buurten: { orderBy: { name: "asc" }, select: { code: true, name: true, geometry: true } } },
  });
  if (!stadsdeel) return refuse(prisma.stadsdeel.count({ where: { slug } }));
  const gm = gemeenteCodeOf(stadsdeel.buurten[0]?.code) ?? "";
  const [indicators, minN] = await Promise.all([
    prisma.indicator.findMany({
      where: {
        waarden: {
          some: {
            OR: [
              { level: "BUURT", areaCode: { in: stadsdeel.buurten.map((b) => b.code) } },
              { level: "STADSDEEL", areaCode: slug },
            ],
          },
        },
      },
      orderBy: [{ kind: "asc" }, { name: "asc" }],
      select: { id: true, code: true, name: true, unit: true, polarity: true, kind: true, source: true, sourceUrl: true, licence: true, question: true },
    }),
    getMinN(),
  ]);
  const chosen = indicators.find((i) => i.code === code) ?? indicators[0] ?? null;
  const base = {
    stadsdeel: { id: stadsdeel.id, slug: stadsdeel.slug, name: stadsdeel.name },
    indicators: indicators.map((i) => ({ code: i.code, name: i.name })),
    minN,
  };
  const figure = (w: Waarde | undefined): Figure => {
    if (!w) return { value: null, suppressed: false, n: null };
    const suppressed = w.n !== null && w.n < minN;
    return {
      value: suppressed ? null : w.value,
      suppressed,
      n: w.n,
      distribution: suppressed ? null : ((w.distribution as Record<string, number> | null) ?? null),
    };
  };
  if (!chosen) return { ...base, indicator: null, period: null, source: null, city: null, own: null, rows: [], trend: { periods: [], rows: [], city: [] } };
  const { id, ...indicator } = chosen;
  const waarden: Waarde[] = await prisma.indicatorWaarde.findMany({
    where: {
      indicatorId: id,
      OR: [
        { level: "BUURT", areaCode: { in: stadsdeel.buurten.map((b) => b.code) } },
        { level: "STADSDEEL", areaCode: slug },
        { level: "GEMEENTE", areaCode: gm },
      ],
    },
    orderBy: [{ periodEnd: "asc" }, { periodStart: "asc" }],
    select: { level: true, areaCode: true, periodStart: true, periodEnd: true, value: true, n: true, source: true, distribution: true },
  });
  const key = (w: { periodStart: Date; periodEnd: Date }) => `${w.periodStart.toISOString()}|${w.periodEnd.toISOString()}`;
  const periods = [...new Map(waarden.filter((w) => w.level !== "GEMEENTE").map((w) => [key(w), { start: w.periodStart, end: w.periodEnd }])).values()];
  const latest = periods.at(-1) ?? null;
  const at = (level: string, area: string, p: { start: Date; end: Date } | null) =>
    p ? waarden.find((w) => w.level === level && w.areaCode === area && key(w) === key({ periodStart: p.start, periodEnd: p.end })) : undefined;
  const city = figure(at("GEMEENTE", gm, latest));
  const rows = stadsdeel.buurten.map((b) => {
    const f = figure(at("BUURT", b.code, latest));
    return {
      code: b.code,
      name: b.name,
      geometry: b.geometry as unknown as Geometry,
      ...f,
      difference: f.value !== null && city.value !== null ? round1(f.value - city.value) : null,
    };
  });
  return {
    ...base,
    indicator,
    period: latest,
    source: waarden.findLast((w) => w.level !== "GEMEENTE")?.source ?? null,
    city,
    own: figure(at("STADSDEEL", slug, latest)),
    rows,
    trend: {
      periods,
      rows: stadsdeel.buurten.map((b) => ({ code: b.code, name: b.name, values: periods.map((p) => figure(at("BUURT", b.code, p))) })),
      city: periods.map((p) => figure(at("GEMEENTE", gm, p))),
    },
  };
}
