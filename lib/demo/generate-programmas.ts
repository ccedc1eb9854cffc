// Focusgebieden and a stadsdeelprogramma in the demo. Real from seed 002:
// Nazareth (Noord) and Pottenberg (West) as the two Veerkrachtige Wijken,
// with their inhabitants as the raadsinformatiebrief gives them. Demo
// (labelled): the phase dates, partners' contributions, and a vastgesteld programma for Noord with
// an opgave for Nazareth, two doelen (one measured by the demo buurtpeiling,
// one niet meetbaar) with agenda items as activities, and last year's monitor.
import { computeDoelStates } from "../programma/compute-states.ts";
import type { PrismaClient } from "../prisma-client.ts";

const DAY = 86_400_000;
const SEED_002 = "Raadsinformatiebrief Veerkrachtige Wijkenbenadering (gemeente Maastricht)";
const focus = [
  { slug: "nazareth", name: "Nazareth", buurt: "BU09350403", inwoners: 3105 },
  { slug: "pottenberg", name: "Pottenberg", buurt: "BU09350203", inwoners: 2390 },
];
const fasen = [
  ["PROCESPLAN", -420, -360],
  ["LUISTEREN", -360, -200],
  ["BEELD_EN_ANALYSE", -200, -120],
  ["PERSPECTIEF", -120, -40],
  ["GEBIEDSAGENDA", -40, 60],
  ["ACTIE", 60, null],
] as const;

export async function generateProgrammas(prisma: PrismaClient, anchor: Date): Promise<number> {
  const inwoners = await prisma.indicator.findUnique({ where: { code: "cbs.inwoners" }, select: { id: true } });
  let made = 0;
  for (const f of focus) {
    const buurt = await prisma.buurt.findUnique({ where: { code: f.buurt }, select: { id: true, stadsdeelId: true } });
    if (!buurt) continue;
    const gebied = await prisma.focusgebied.create({
      data: {
        slug: f.slug,
        name: f.name,
        stadsdeelId: buurt.stadsdeelId,
        description:
          "Veerkrachtige Wijkenbenadering: samen met inwoners en partners de veerkracht van bewoners en van de wijk als geheel versterken. De data van de fasen zijn demo.",
        buurten: { create: { buurtId: buurt.id } },
        fasen: {
          create: fasen.map(([fase, from, to]) => ({
            fase,
            startsOn: new Date(anchor.getTime() + from * DAY),
            endsOn: to === null ? null : new Date(anchor.getTime() + to * DAY),
          })),
        },
      },
    });
    const orgs = await prisma.organisation.findMany({ orderBy: { name: "asc" }, select: { id: true, kind: true } });
    const what: Record<string, string> = {
      WONINGCORPORATIE: "Een wijkbeheerder twee dagen per week in de wijk en voorrang voor onderhoud aan de portiekflats (demo).",
      POLITIE: "De wijkagent houdt elke maand spreekuur in het buurthuis (demo).",
      WELZIJN: "Opbouwwerk begeleidt bewoners die een buurtinitiatief willen starten (demo).",
    };
    await prisma.focusgebiedBijdrage.createMany({
      data: orgs
        .filter((o) => what[o.kind])
        .map((o, i) => ({
          focusgebiedId: gebied.id,
          organisationId: o.id,
          what: what[o.kind],
          committedOn: new Date(anchor.getTime() - (200 - i * 20) * DAY),
        })),
    });
    if (inwoners)
      await prisma.indicatorWaarde.create({
        data: {
          indicatorId: inwoners.id,
          level: "BUURT",
          areaCode: f.buurt,
          periodStart: new Date("2023-01-01"),
          periodEnd: new Date("2023-12-31"),
          value: f.inwoners,
          source: SEED_002,
        },
      });
    made++;
  }
  const nazareth = await prisma.focusgebied.findUnique({ where: { slug: "nazareth" }, select: { id: true, stadsdeelId: true } });
  const veilig = await prisma.indicator.findUnique({ where: { code: "peiling.veilig" }, select: { id: true } });
  if (!nazareth || !veilig) return made;
  const year = anchor.getUTCFullYear();
  const baseline = await prisma.indicatorWaarde.findFirst({
    where: { indicatorId: veilig.id, level: "BUURT", areaCode: "BU09350403" },
    orderBy: { periodEnd: "asc" },
  });
  const sociaal = await prisma.department.findFirst({ where: { slug: "sociaal-domein" }, select: { id: true } });
  const programma = await prisma.programma.create({
    data: {
      kind: "STADSDEELPROGRAMMA",
      stadsdeelId: nazareth.stadsdeelId,
      title: `Stadsdeelprogramma Noord ${year - 1}–${year + 2} (demo)`,
      startYear: year - 1,
      endYear: year + 2,
      opgaven: {
        create: {
          title: "Veerkracht van Nazareth versterken (demo)",
          priority: 1,
          focusgebiedId: nazareth.id,
          leadDepartmentId: sociaal?.id ?? null,
          waarom:
            "Het veerkrachtonderzoek laat zien dat de veerkracht in Nazareth onder druk staat; bewoners noemden op stadsdeelavonden vooral veiligheid en ontmoeting (demo).",
        },
      },
    },
    select: { id: true, opgaven: { select: { id: true } } },
  });
  const opgaveId = programma.opgaven[0].id;
  const measured = await prisma.doel.create({
    data: {
      opgaveId,
      code: `noord-${year - 1}-1`,
      kind: "EFFECT",
      text: "Meer bewoners van Nazareth voelen zich veilig in hun buurt (demo)",
      indicatorId: veilig.id,
      areaLevel: "BUURT",
      areaCode: "BU09350403",
      baselineValue: baseline?.value ?? 60,
      baselineYear: baseline?.periodEnd.getUTCFullYear() ?? year - 5,
      targetValue: Math.min(95, (baseline?.value ?? 60) + 10),
      targetYear: year + 2,
    },
  });
  const open = await prisma.doel.create({
    data: {
      opgaveId,
      code: `noord-${year - 1}-2`,
      kind: "PRESTATIE",
      text: "Elk kwartaal een wijkgesprek in Nazareth met de partners van het ecosysteem (demo)",
    },
  });
  const items = await prisma.agendaItem.findMany({
    where: { stadsdeelId: nazareth.stadsdeelId, periodEnd: { gte: new Date(Date.UTC(year - 1, 0, 1)) } },
    orderBy: { periodStart: "asc" },
    take: 3,
    select: { id: true },
  });
  await prisma.agendaItemDoel.createMany({ data: items.map((a, i) => ({ agendaItemId: a.id, doelId: i === 0 ? open.id : measured.id })) });
  await prisma.programma.update({
    where: { id: programma.id },
    data: {
      status: "VASTGESTELD",
      vastgesteldDoor: "College van burgemeester en wethouders",
      vastgesteldOp: new Date(Date.UTC(year - 2, 11, 12)),
      besluitKenmerk: `${year - 2}.DEMO.0042`,
    },
  });
  await prisma.monitorRapport.create({
    data: {
      programmaId: programma.id,
      year: year - 1,
      states: await computeDoelStates(prisma, programma.id, year - 1, anchor),
      watWerkte: "De wijkgesprekken met partners aan één tafel brachten snel duidelijkheid over wie wat oppakt (demo).",
      watKanBeter: "Jongeren kwamen weinig naar de bijeenkomsten: in het plan van dit jaar een gesprek op school en in de sporthal (demo).",
    },
  });
  return made + 1;
}
