// Stadsdeelanalyse in the demo. Two kinds, kept apart by their source:
// - real reference figures from seed 003 (raadsinformatiebrief, Stadspeiling
//   2017–2018): three statements with their answer distributions and the two
//   rapportcijfers with their 2016 values, for the gemeente;
// - a demo buurtpeiling (deterministic, source "Buurtpeiling … (demo)") with
//   two statements and a rapportcijfer per buurt for 2021 and 2023, and the
//   gemeente's figure; some buurten have few respondents (n < 10), so the
//   suppression shows.
// Then the portal's own derived indicators are computed from the demo data.
import { gemeenteCodeOf } from "../indicators/areas.ts";
import { deriveIndicators } from "../indicators/derive.ts";
import type { PrismaClient } from "../prisma-client.ts";
import type { Random } from "./random.ts";

const STADSPEILING = "Stadspeiling 2017–2018, gemeente Maastricht (raadsinformatiebrief)";

export const demoPeilingIndicators = [
  {
    code: "peiling.veilig",
    name: "Voelt zich veilig in de eigen buurt",
    unit: "PERCENTAGE",
    polarity: "HOGER_BETER",
    kind: "EFFECT",
    question: "Ik voel me veilig in mijn buurt.",
  },
  {
    code: "peiling.betrokken",
    name: "Voelt zich betrokken bij de buurt",
    unit: "PERCENTAGE",
    polarity: "HOGER_BETER",
    kind: "EFFECT",
    question: "Ik voel me betrokken bij wat er in mijn buurt gebeurt.",
  },
  {
    code: "peiling.rapportcijfer-buurt",
    name: "Rapportcijfer voor de buurt",
    unit: "RAPPORTCIJFER",
    polarity: "HOGER_BETER",
    kind: "EFFECT",
    question: "Welk rapportcijfer geeft u uw buurt als plek om te wonen?",
  },
] as const;

const stadspeiling = [
  {
    code: "stadspeiling.gemeente-luistert",
    name: "Vindt dat de gemeente voldoende luistert naar inwoners",
    question: "De gemeente luistert voldoende naar de mening van haar inwoners.",
    dist: { eens: 16, neutraal: 37, oneens: 29, "weet niet": 18 },
  },
  {
    code: "stadspeiling.gemeente-betrekt",
    name: "Vindt dat de gemeente inwoners voldoende betrekt",
    question: "De gemeente betrekt inwoners voldoende bij plannen, activiteiten en voorzieningen.",
    dist: { eens: 22, neutraal: 33, oneens: 29, "weet niet": 15 },
  },
  {
    code: "stadspeiling.ruimte-initiatieven",
    name: "Vindt dat de gemeente ruimte biedt voor ideeën en initiatieven",
    question: "De gemeente biedt voldoende ruimte voor het realiseren van ideeën en initiatieven.",
    dist: { eens: 19, neutraal: 34, oneens: 24, "weet niet": 24 },
  },
];
const rapportcijfers = [
  {
    code: "stadspeiling.cijfer-totstandkoming",
    name: "Rapportcijfer totstandkoming van beleid",
    values: [
      [2016, 5.2],
      [2018, 5.5],
    ],
  },
  {
    code: "stadspeiling.cijfer-uitvoering",
    name: "Rapportcijfer uitvoering van beleid",
    values: [
      [2016, 5.1],
      [2018, 5.4],
    ],
  },
] as const;

export async function generateIndicatoren(prisma: PrismaClient, rnd: Random, anchor: Date): Promise<number> {
  const gm = gemeenteCodeOf((await prisma.buurt.findFirstOrThrow({ select: { code: true } })).code)!;
  const values: {
    indicatorId: string;
    level: "GEMEENTE" | "BUURT";
    areaCode: string;
    periodStart: Date;
    periodEnd: Date;
    value: number;
    n: number | null;
    distribution?: object;
    source: string;
  }[] = [];
  const day = (s: string) => new Date(`${s}T00:00:00Z`);
  for (const s of stadspeiling) {
    const i = await prisma.indicator.create({
      data: { code: s.code, name: s.name, unit: "PERCENTAGE", polarity: "HOGER_BETER", kind: "EFFECT", source: STADSPEILING, question: s.question },
    });
    values.push({
      indicatorId: i.id,
      level: "GEMEENTE",
      areaCode: gm,
      periodStart: day("2017-01-01"),
      periodEnd: day("2018-12-31"),
      value: s.dist.eens,
      n: null,
      distribution: s.dist,
      source: STADSPEILING,
    });
  }
  for (const r of rapportcijfers) {
    const i = await prisma.indicator.create({
      data: { code: r.code, name: r.name, unit: "RAPPORTCIJFER", polarity: "HOGER_BETER", kind: "EFFECT", source: STADSPEILING },
    });
    for (const [year, v] of r.values)
      values.push({
        indicatorId: i.id,
        level: "GEMEENTE",
        areaCode: gm,
        periodStart: day(`${year}-01-01`),
        periodEnd: day(`${year}-12-31`),
        value: v,
        n: null,
        source: STADSPEILING,
      });
  }
  const buurten = await prisma.buurt.findMany({ orderBy: { code: "asc" }, select: { code: true } });
  const years = [anchor.getUTCFullYear() - 5, anchor.getUTCFullYear() - 3];
  for (const d of demoPeilingIndicators) {
    const i = await prisma.indicator.create({ data: { ...d, source: "Buurtpeiling (demo)" } });
    for (const year of years) {
      const period = { periodStart: day(`${year}-10-01`), periodEnd: day(`${year}-11-30`) };
      const source = `Buurtpeiling ${year} (demo)`;
      let [sum, total] = [0, 0];
      for (const b of buurten) {
        const n = rnd.chance(0.1) ? rnd.int(3, 9) : rnd.int(25, 140);
        if (d.unit === "RAPPORTCIJFER") {
          const v = Math.round((6.2 + rnd.next() * 1.6) * 10) / 10;
          values.push({ indicatorId: i.id, level: "BUURT", areaCode: b.code, ...period, value: v, n, source });
          [sum, total] = [sum + v * n, total + n];
        } else {
          const eens = rnd.int(45, 85);
          const oneens = rnd.int(5, Math.min(30, 100 - eens));
          const distribution = { eens, neutraal: 100 - eens - oneens, oneens };
          values.push({ indicatorId: i.id, level: "BUURT", areaCode: b.code, ...period, value: eens, n, distribution, source });
          [sum, total] = [sum + eens * n, total + n];
        }
      }
      values.push({ indicatorId: i.id, level: "GEMEENTE", areaCode: gm, ...period, value: Math.round((sum / total) * 10) / 10, n: total, source });
    }
  }
  await prisma.indicatorWaarde.createMany({ data: values });
  return values.length + (await deriveIndicators(prisma));
}
