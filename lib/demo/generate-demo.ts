// Deterministic demo data for Maastricht: the real areas and reference
// figures, plus a year of fictional activity around a fixed anchor date
// (default: today, UTC), generated from a fixed
// seed. Every person, meeting and melding here is demo content.
import { generateDossiers } from "./generate-dossiers.ts";
import { generateGebiedsindelingen } from "./generate-gebiedsindelingen.ts";
import { generateIndicatoren } from "./generate-indicatoren.ts";
import { generateProgrammas } from "./generate-programmas.ts";
import { generateOverleggen } from "./generate-overleggen.ts";
import { readFile } from "node:fs/promises";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { AgeBand, BijeenkomstKind, Facility, MeldingStatus, RegistrationStatus } from "../../generated/prisma/enums.ts";
import { hashPassword } from "../auth/password.ts";
import { type AreaGeometry, randomPointIn } from "../geo/geometry.ts";
import { importAreas } from "../import/import-areas.ts";
import { parseCsv } from "../import/csv.ts";
import * as cat from "./catalog.ts";
import { createRandom } from "./random.ts";
import { rebuildDashboardRollups } from "../jobs/refresh-dashboard-rollups.ts";

export const DEMO_PASSWORD = "demo-wachtwoord";
export const DEMO_SEED = 20260101;
const DAY = 86_400_000;
const dataDir = new URL("../../prisma/data/", import.meta.url);

export type DemoSummary = Record<string, number>;

function startOfDayUtc(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

const ageBands: AgeBand[] = ["AGE_15_24", "AGE_25_44", "AGE_45_64", "AGE_65_PLUS"];
const wethouders = ["Marleen Vaessen", "Jos Hoenen", "Ellen Rademakers", "Frans Kleijnen", "Sandra Lenssen", "Rob Bemelmans", "Ingrid Ummels"];
const regisseurs = ["Tom Meulenberg", "Lisa Coenen", "Rik Houben", "Noor Jacobs", "Bas Debets", "Kim Bastiaens", "Ruud Schreurs"];
const raadsleden = [
  "raadslid A. Hermans",
  "raadslid P. Frissen",
  "raadslid S. Lardinois",
  "raadslid M. Ghijsen",
  "raadslid J. Brouwers",
  "raadslid K. Pinckers",
];

export async function loadReferenceFigures(prisma: PrismaClient): Promise<number> {
  const wijken = parseCsv(await readFile(new URL("maastricht-wijken-inwoners-2023.csv", dataDir), "utf8"));
  const ages = parseCsv(await readFile(new URL("maastricht-leeftijd-2021.csv", dataDir), "utf8"));
  const rows: { level: "WIJK" | "GEMEENTE"; areaCode: string; year: number; ageBand: AgeBand | null; count: number; source: string }[] = [];
  for (const { cells } of wijken.rows)
    rows.push({ level: "WIJK", areaCode: cells[0], year: 2023, ageBand: null, count: Number(cells[2]), source: `CBS (${cells[4]})` });
  const bandOf: Record<string, AgeBand> = { "0-14": "AGE_0_14", "15-24": "AGE_15_24", "25-44": "AGE_25_44", "45-64": "AGE_45_64", "65+": "AGE_65_PLUS" };
  const total = Number(ages.rows[0]?.cells[3] ?? 0);
  rows.push({ level: "GEMEENTE", areaCode: "GM0935", year: 2021, ageBand: null, count: total, source: "CBS" });
  for (const { cells } of ages.rows) {
    rows.push({
      level: "GEMEENTE",
      areaCode: cells[0],
      year: 2021,
      ageBand: bandOf[cells[1]],
      count: Math.round((total * Number(cells[2])) / 100),
      source: `CBS (${cells[4]}), afgeleid uit percentage`,
    });
  }
  await prisma.populationFigure.deleteMany({ where: { level: { in: ["WIJK", "GEMEENTE"] } } });
  await prisma.populationFigure.createMany({ data: rows });
  return rows.length;
}

export async function generateDemo(prisma: PrismaClient, options: { anchor?: Date; seed?: number } = {}): Promise<DemoSummary> {
  const anchor = startOfDayUtc(options.anchor ?? new Date());
  const rnd = createRandom(options.seed ?? DEMO_SEED);
  const at = (days: number, hour = 19, minute = 30) => {
    const d = new Date(anchor.getTime() + days * DAY);
    d.setUTCHours(hour - 1, minute, 0, 0); // Dutch evening time (CET ≈ UTC+1)
    return d;
  };

  const areas = await importAreas(prisma, await readFile(new URL("maastricht-buurten.geojson", dataDir), "utf8"), "maastricht-buurten.geojson");
  if (!areas.ok) throw new Error(`Demo areas failed to import: ${JSON.stringify(areas.issues)}`);
  const figures = await loadReferenceFigures(prisma);

  const stadsdelen = await prisma.stadsdeel.findMany({ orderBy: { name: "asc" }, include: { buurten: true } });
  for (const [i, s] of stadsdelen.entries()) {
    await prisma.stadsdeel.update({ where: { id: s.id }, data: { wethouderName: `${wethouders[i % wethouders.length]} (demo)` } });
  }

  // Organisation
  await prisma.department.createMany({ data: cat.departments.map((d) => ({ ...d, email: `${d.slug}@gemeente.example` })) });
  const dept = new Map((await prisma.department.findMany()).map((d) => [d.slug, d.id]));
  await prisma.theme.createMany({
    data: cat.themes.map((t, i) => ({ slug: t.slug, name: t.name, sortOrder: i, defaultDepartmentId: dept.get(t.department) })),
  });
  const themes = await prisma.theme.findMany({ orderBy: { sortOrder: "asc" } });
  await prisma.meldingCategory.createMany({
    data: cat.meldingCategories.map((c) => ({ slug: c.slug, name: c.name, defaultDueDays: c.dueDays, defaultDepartmentId: dept.get(c.department) })),
  });
  const categories = new Map((await prisma.meldingCategory.findMany()).map((c) => [c.slug, c]));

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await prisma.user.create({ data: { email: "beheerder@demo.example", name: "Bea Beheer (demo)", role: "BEHEERDER", passwordHash } });
  const regisseurIds: string[] = [];
  for (const [i, s] of stadsdelen.entries()) {
    const u = await prisma.user.create({
      data: {
        email: `regisseur.${s.slug}@demo.example`,
        name: `${regisseurs[i % regisseurs.length]} (demo)`,
        role: "STADSDEELREGISSEUR",
        passwordHash,
        stadsdelen: { create: [{ stadsdeelId: s.id }] },
      },
    });
    regisseurIds.push(u.id);
    await prisma.user.create({
      data: {
        email: `wethouder.${s.slug}@demo.example`,
        name: `${wethouders[i % wethouders.length]} (demo)`,
        role: "WETHOUDER",
        passwordHash,
        wethouderStadsdeelId: s.id,
      },
    });
  }
  const medewerkers = new Map<string, string>();
  for (const d of cat.departments) {
    const u = await prisma.user.create({
      data: {
        email: `medewerker.${d.slug}@demo.example`,
        name: `Medewerker ${d.name} (demo)`,
        role: "AFDELINGSMEDEWERKER",
        passwordHash,
        departmentId: dept.get(d.slug),
      },
    });
    medewerkers.set(dept.get(d.slug)!, u.id);
  }

  // Residents
  const allBuurten = stadsdelen.flatMap((s) => s.buurten);
  const participantRows = Array.from({ length: 640 }, (_, i) => {
    const first = rnd.pick(cat.firstNames);
    const last = rnd.pick(cat.lastNames);
    const inPool = rnd.chance(0.3);
    const created = new Date(anchor.getTime() - rnd.int(30, 360) * DAY);
    return {
      id: `demo-participant-${String(i + 1).padStart(4, "0")}`,
      name: `${first} ${last}`,
      email: `${first}.${last}.${i + 1}`.toLowerCase().replace(/[^a-z0-9.]/g, "") + "@voorbeeld.nl",
      buurtId: rnd.pick(allBuurten).id,
      ageBand: rnd.chance(0.85)
        ? rnd.weighted([
            [ageBands[0], 8],
            [ageBands[1], 24],
            [ageBands[2], 34],
            [ageBands[3], 34],
          ] as const)
        : null,
      inPool,
      poolJoinedAt: inPool ? created : null,
      createdAt: created,
      lastActiveAt: created,
    };
  });
  await prisma.participant.createMany({ data: participantRows });
  await prisma.consent.createMany({
    data: participantRows.flatMap((p) => [
      { participantId: p.id, purpose: "REGISTRATION" as const, textVersion: "privacy-2026-01", givenAt: p.createdAt },
      ...(p.inPool ? [{ participantId: p.id, purpose: "PARTICIPATION_POOL" as const, textVersion: "pool-2026-01", givenAt: p.createdAt }] : []),
    ]),
  });
  const participantsByStadsdeel = new Map(stadsdelen.map((s) => [s.id, participantRows.filter((p) => s.buurten.some((b) => b.id === p.buurtId))]));

  // Meetings over the year: past ones with input, upcoming ones open for registration.
  const plan: { kind: BijeenkomstKind; offsetDays: number; title: string }[] = [
    { kind: "STADSDEELAVOND", offsetDays: -270, title: "Stadsdeelavond voorjaar" },
    { kind: "WIJKGESPREK", offsetDays: -180, title: "Wijkgesprek" },
    { kind: "STADSDEELAVOND", offsetDays: -100, title: "Stadsdeelavond najaar" },
    { kind: "KENNISMAKINGSBEZOEK", offsetDays: -40, title: "Kennismakingsbezoek" },
    { kind: "STADSDEELAVOND", offsetDays: -12, title: "Stadsdeelavond" },
    { kind: "STADSDEELAVOND", offsetDays: 24, title: "Stadsdeelavond" },
    { kind: "WIJKGESPREK", offsetDays: 45, title: "Wijkgesprek" },
  ];
  const facilitiesPool: Facility[] = ["WHEELCHAIR_ACCESS", "HEARING_LOOP", "CHILDCARE", "PUBLIC_TRANSPORT"];
  const counts = {
    bijeenkomsten: 0,
    registrations: 0,
    inbreng: 0,
    meldingen: 0,
    evaluations: 0,
    verslagen: 0,
    agendaItems: 0,
    dossiers: 0,
    sessies: 0,
    gebiedsindelingen: 0,
    indicatorwaarden: 0,
    programmas: 0,
  };
  const now = anchor; // "today" of the demo: same seed and anchor, same data
  const inbrengForAgenda = new Map<string, string[]>();

  for (const [si, s] of stadsdelen.entries()) {
    const local = participantsByStadsdeel.get(s.id) ?? [];
    for (const [pi, p] of plan.entries()) {
      const startsAt = at(p.offsetDays + si * 2 + (pi % 3));
      const endsAt = new Date(startsAt.getTime() + 2.5 * 3600_000);
      const buurt = rnd.pick(s.buurten);
      const isPast = startsAt < now;
      const capacity = p.kind === "STADSDEELAVOND" ? rnd.pick([40, 50, 60]) : p.kind === "WIJKGESPREK" ? 25 : 12;
      const b = await prisma.bijeenkomst.create({
        data: {
          kind: p.kind,
          title: `${p.title} ${s.name}`,
          description:
            p.kind === "STADSDEELAVOND"
              ? `Praat mee over ${s.name} aan tafel met raadsleden en de stadsdeelwethouder: wat gaat goed, wat kan beter? (Demogegevens.)`
              : `Gesprek met bewoners over de buurt ${buurt.name}. (Demogegevens.)`,
          stadsdeelId: s.id,
          startsAt,
          endsAt,
          locationName: `${rnd.pick(cat.venues)} ${buurt.name}`,
          address: `${rnd.pick(["Dorpstraat", "Kerkplein", "Schoolstraat", "Pastoor Kuypersstraat", "Akerstraat"])} ${rnd.int(1, 120)}, Maastricht`,
          capacity,
          facilities: facilitiesPool.filter(() => rnd.chance(0.6)),
          registrationOpensAt: new Date(startsAt.getTime() - 42 * DAY),
          registrationClosesAt: new Date(startsAt.getTime() - 1 * DAY),
          status: isPast ? "HELD" : "PLANNED",
        },
      });
      counts.bijeenkomsten++;
      const tafelCount = p.kind === "STADSDEELAVOND" ? 4 : p.kind === "WIJKGESPREK" ? 2 : 0;
      const tafels = [];
      for (let t = 0; t < tafelCount; t++) {
        tafels.push(
          await prisma.gesprekstafel.create({
            data: { bijeenkomstId: b.id, name: `Tafel ${t + 1}`, hostName: raadsleden[(si + t) % raadsleden.length], sortOrder: t },
          }),
        );
      }

      // Registrations
      const wanted = Math.min(local.length + 20, Math.round((capacity * (isPast ? rnd.int(70, 110) : rnd.int(40, 105))) / 100));
      const chosen = new Set<string>();
      const regs: {
        participantId: string;
        bijeenkomstId: string;
        status: RegistrationStatus;
        partySize: number;
        needs: Facility[];
        createdAt: Date;
        checkedInAt: Date | null;
        cancelledAt: Date | null;
      }[] = [];
      let seats = 0;
      for (let k = 0; k < wanted * 3 && chosen.size < wanted; k++) {
        const person = rnd.chance(0.85) && local.length ? rnd.pick(local) : rnd.pick(participantRows);
        if (chosen.has(person.id)) continue;
        chosen.add(person.id);
        const partySize = rnd.weighted([
          [1, 70],
          [2, 25],
          [3, 4],
          [4, 1],
        ] as const);
        const createdAt = new Date(startsAt.getTime() - rnd.int(2, 40) * DAY);
        let status: RegistrationStatus = seats + partySize <= capacity ? "CONFIRMED" : "WAITLISTED";
        if (status === "CONFIRMED") seats += partySize;
        let cancelledAt: Date | null = null;
        if (rnd.chance(0.07)) {
          status = "CANCELLED";
          cancelledAt = new Date(createdAt.getTime() + DAY);
        } else if (isPast && status === "CONFIRMED") status = rnd.chance(0.86) ? "ATTENDED" : "NO_SHOW";
        const needs: Facility[] = [];
        if (rnd.chance(0.08)) needs.push("WHEELCHAIR_ACCESS");
        if (rnd.chance(0.05)) needs.push("HEARING_LOOP");
        if (rnd.chance(0.04)) needs.push("CHILDCARE");
        regs.push({
          participantId: person.id,
          bijeenkomstId: b.id,
          status,
          partySize,
          needs,
          createdAt,
          cancelledAt,
          checkedInAt: status === "ATTENDED" ? startsAt : null,
        });
      }
      await prisma.registration.createMany({ data: regs });
      counts.registrations += regs.length;
      if (isPast) {
        for (const r of regs.filter((r) => r.status === "ATTENDED")) {
          await prisma.participant.update({ where: { id: r.participantId }, data: { lastActiveAt: startsAt } });
        }
        const attended = await prisma.registration.findMany({ where: { bijeenkomstId: b.id, status: "ATTENDED" }, select: { id: true } });
        const evals = attended
          .filter(() => rnd.chance(0.45))
          .map((r) => ({
            registrationId: r.id,
            scoreOverall: rnd.weighted([
              [3, 2],
              [4, 5],
              [5, 3],
            ] as const),
            scoreHeard: rnd.weighted([
              [2, 1],
              [3, 3],
              [4, 5],
              [5, 2],
            ] as const),
            scoreOrganisation: rnd.weighted([
              [3, 2],
              [4, 5],
              [5, 3],
            ] as const),
            comment: rnd.chance(0.4)
              ? rnd.pick([
                  "Goed georganiseerd, graag vaker.",
                  "Fijn dat de wethouder zelf aan tafel zat.",
                  "De zaal was te warm en het geluid slecht.",
                  "Ik hoop dat er echt iets met onze punten gebeurt.",
                ])
              : null,
            createdAt: new Date(endsAt.getTime() + DAY),
          }));
        await prisma.evaluation.createMany({ data: evals });
        counts.evaluations += evals.length;
      }

      // Input logged at the tables, meldingen routed from it
      if (isPast && tafels.length) {
        const n = p.kind === "STADSDEELAVOND" ? rnd.int(18, 30) : rnd.int(6, 10);
        for (let k = 0; k < n; k++) {
          const theme = rnd.pick(themes);
          const [kind, text, categorySlug] = rnd.pick(cat.inbrengTexts[theme.slug]);
          const inBuurt = rnd.pick(s.buurten);
          const onMap = rnd.chance(0.85);
          const [lng, lat] = onMap ? randomPointIn(inBuurt.geometry as unknown as AreaGeometry, rnd.next) : [null, null];
          const createdAt = new Date(endsAt.getTime() + rnd.int(0, 48) * 3600_000);
          const ageDays = (now.getTime() - startsAt.getTime()) / DAY;
          const inbreng = await prisma.inbreng.create({
            data: {
              kind,
              themeId: theme.id,
              text,
              lat,
              lng,
              buurtId: inBuurt.id,
              bijeenkomstId: b.id,
              tafelId: rnd.pick(tafels).id,
              loggedById: regisseurIds[si],
              createdAt,
              followUpStatus: categorySlug ? "MELDING" : ageDays > 60 && rnd.chance(0.5) ? (rnd.chance(0.3) ? "NIET_OPGEPAKT" : "AFGEROND") : "OPEN",
            },
          });
          counts.inbreng++;
          if (!categorySlug && kind !== "GAAT_GOED") {
            const list = inbrengForAgenda.get(`${s.id}:${theme.id}`) ?? [];
            list.push(inbreng.id);
            inbrengForAgenda.set(`${s.id}:${theme.id}`, list);
          }
          if (inbreng.followUpStatus === "AFGEROND") {
            await prisma.inbreng.update({
              where: { id: inbreng.id },
              data: {
                publicAnswer: "Besproken met de afdeling; meegenomen in het onderhoudsplan van dit jaar.",
                answeredAt: new Date(createdAt.getTime() + 30 * DAY),
              },
            });
          } else if (inbreng.followUpStatus === "NIET_OPGEPAKT") {
            await prisma.inbreng.update({
              where: { id: inbreng.id },
              data: {
                publicAnswer:
                  "Hier doet de gemeente nu niets mee: het past niet in de plannen en het budget van dit jaar. We leggen het opnieuw voor bij de begroting.",
                answeredAt: new Date(createdAt.getTime() + 30 * DAY),
              },
            });
          }
          if (categorySlug) {
            const category = categories.get(categorySlug)!;
            const status: MeldingStatus =
              ageDays > 60
                ? rnd.weighted([
                    ["AFGEHANDELD", 70],
                    ["AFGEWEZEN", 10],
                    ["IN_BEHANDELING", 15],
                    ["DOORGEZET", 5],
                  ] as const)
                : ageDays > 14
                  ? rnd.weighted([
                      ["IN_BEHANDELING", 40],
                      ["DOORGEZET", 25],
                      ["AFGEHANDELD", 25],
                      ["NIEUW", 10],
                    ] as const)
                  : rnd.weighted([
                      ["NIEUW", 50],
                      ["DOORGEZET", 40],
                      ["IN_BEHANDELING", 10],
                    ] as const);
            const path: MeldingStatus[] = ["NIEUW"];
            if (status !== "NIEUW") path.push("DOORGEZET");
            if (status === "IN_BEHANDELING" || status === "AFGEHANDELD" || status === "AFGEWEZEN") path.push("IN_BEHANDELING");
            if (status === "AFGEHANDELD" || status === "AFGEWEZEN") path.push(status);
            const closeDays = rnd.int(3, 50);
            const closedAt = path.length === 4 ? new Date(createdAt.getTime() + closeDays * DAY) : null;
            const answer = status === "AFGEHANDELD" || status === "AFGEWEZEN" ? rnd.pick(cat.meldingAnswers[status]) : null;
            const departmentId = category.defaultDepartmentId!;
            await prisma.melding.create({
              data: {
                inbrengId: inbreng.id,
                categoryId: category.id,
                themeId: theme.id,
                departmentId,
                assigneeId: status === "IN_BEHANDELING" || closedAt ? medewerkers.get(departmentId) : null,
                description: text,
                lat,
                lng,
                buurtId: inBuurt.id,
                stadsdeelId: s.id,
                status,
                dueAt: new Date(createdAt.getTime() + category.defaultDueDays * DAY),
                externalReference: status === "NIEUW" ? null : `MOR-${2026}-${String(10000 + counts.meldingen).padStart(6, "0")}`,
                publicAnswer: answer,
                closedAt,
                createdAt,
                history: {
                  create: path.map((to, idx) => ({
                    fromStatus: idx === 0 ? null : path[idx - 1],
                    toStatus: to,
                    changedById: idx === 0 ? regisseurIds[si] : medewerkers.get(departmentId),
                    changedAt:
                      idx === path.length - 1 && closedAt ? closedAt : new Date(createdAt.getTime() + idx * Math.max(1, Math.floor(closeDays / 3)) * DAY),
                    note: idx === 0 ? "Aangemaakt vanuit inbreng stadsdeelavond" : idx === path.length - 1 && answer ? answer : null,
                  })),
                },
              },
            });
            if (answer) await prisma.inbreng.update({ where: { id: inbreng.id }, data: { publicAnswer: answer, answeredAt: closedAt } });
            counts.meldingen++;
          }
        }
      }

      // Verslag: deadline is the meeting date + 14 days; most sent on time.
      if (isPast && tafels.length) {
        const deadlineAt = new Date(startsAt.getTime() + 14 * DAY);
        const daysSince = (now.getTime() - startsAt.getTime()) / DAY;
        const sentOnDay = rnd.weighted([
          [rnd.int(5, 13), 80],
          [rnd.int(15, 25), 20],
        ] as const);
        const sent = daysSince > sentOnDay;
        const inbreng = await prisma.inbreng.findMany({ where: { bijeenkomstId: b.id }, include: { theme: true } });
        const body = `# ${b.title}\n\nOp ${startsAt.toLocaleDateString("nl-NL", { dateStyle: "long", timeZone: "Europe/Amsterdam" })} spraken ${regs.filter((r) => r.status === "ATTENDED").length} bewoners aan ${tafels.length} tafels over ${s.name}. Er kwamen ${inbreng.length} punten op de kaart.\n\n(Demogegevens.)`;
        await prisma.verslag.create({
          data: {
            bijeenkomstId: b.id,
            deadlineAt,
            draftBody: body,
            versions: sent
              ? {
                  create: [
                    {
                      number: 1,
                      body,
                      publishedById: regisseurIds[si],
                      sentAt: new Date(startsAt.getTime() + sentOnDay * DAY),
                      mapSnapshot: {
                        type: "FeatureCollection",
                        features: inbreng
                          .filter((i) => i.lat !== null)
                          .map((i) => ({
                            type: "Feature",
                            geometry: { type: "Point", coordinates: [i.lng, i.lat] },
                            properties: { id: i.id, kind: i.kind, theme: i.theme.name, text: i.text },
                          })),
                      },
                    },
                  ],
                }
              : undefined,
          },
        });
        counts.verslagen++;
      }
    }

    // Stadsdeelagenda: policy, execution and participation for the year
    const agenda = [
      { kind: "UITVOERING" as const, title: `Herinrichting speelplein ${rnd.pick(s.buurten).name}`, theme: "jeugd", months: [-3, 4], status: "LOOPT" as const },
      {
        kind: "UITVOERING" as const,
        title: `Groot onderhoud riolering en bestrating ${rnd.pick(s.buurten).name}`,
        theme: "groen-openbare-ruimte",
        months: [1, 6],
        status: "GEPLAND" as const,
      },
      { kind: "BELEID" as const, title: `Parkeervisie ${s.name}`, theme: "verkeer-parkeren", months: [-6, 2], status: "LOOPT" as const },
      {
        kind: "PARTICIPATIE" as const,
        title: `Bewonersavond over de stadsdeelagenda ${s.name}`,
        theme: "participatie-communicatie",
        months: [2, 2],
        status: "GEPLAND" as const,
      },
      { kind: "BELEID" as const, title: `Woonvisie: betaalbare woningen in ${s.name}`, theme: "wonen", months: [-9, -1], status: "AFGEROND" as const },
      {
        kind: "UITVOERING" as const,
        title: `Extra afvalbakken en ondergrondse containers`,
        theme: "schoon-afval",
        months: [-2, 1],
        status: "UITGESTELD" as const,
      },
    ];
    for (const [ai, a] of agenda.entries()) {
      const theme = themes.find((t) => t.slug === a.theme)!;
      const start = new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() + a.months[0], 1));
      const end = new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() + a.months[1] + 1, 0));
      const progress = a.status === "AFGEROND" ? 100 : a.status === "LOOPT" ? rnd.int(20, 80) : a.status === "UITGESTELD" ? rnd.int(0, 30) : 0;
      const linked = (inbrengForAgenda.get(`${s.id}:${theme.id}`) ?? []).slice(0, 3);
      await prisma.agendaItem.create({
        data: {
          externalKey: `demo-${s.slug}-${ai + 1}`,
          stadsdeelId: s.id,
          kind: a.kind,
          title: a.title,
          description: `${a.title}. Planning en voortgang worden hier bijgehouden. (Demogegevens.)`,
          themeId: theme.id,
          departmentId: theme.defaultDepartmentId,
          periodStart: start,
          periodEnd: end,
          status: a.status,
          progress,
          isPublic: ai !== 5 || si % 2 === 0,
          progressUpdatedAt: new Date(anchor.getTime() - (ai === 5 ? 120 : rnd.int(5, 60)) * DAY),
          areas: a.title.includes(" ") && ai < 2 ? { create: [{ buurtId: s.buurten[ai % s.buurten.length].id }] } : undefined,
          inbreng: linked.length ? { create: linked.map((inbrengId) => ({ inbrengId })) } : undefined,
        },
      });
      if (linked.length) {
        await prisma.inbreng.updateMany({
          where: { id: { in: linked }, followUpStatus: "OPEN" },
          data: { followUpStatus: "AGENDA", publicAnswer: `Meegenomen in de stadsdeelagenda: ${a.title}.`, answeredAt: anchor },
        });
      }
      counts.agendaItems++;
    }
  }

  counts.dossiers = await generateDossiers(prisma, rnd, anchor, stadsdelen, regisseurIds, medewerkers);
  // One partner account per organisation at the stadsdeeltafel: partner.politie@…, partner.woningcorporatie@…, partner.welzijn@…
  for (const o of await prisma.organisation.findMany({ orderBy: { name: "asc" } })) {
    await prisma.user.create({
      data: {
        email: `partner.${o.kind.toLowerCase()}@demo.example`,
        name: `Partner ${o.name.replace(/,.*| \(demo\)/g, "")} (demo)`,
        role: "PARTNER",
        passwordHash,
        organisationId: o.id,
      },
    });
  }

  counts.sessies = await generateOverleggen(prisma, rnd, anchor, stadsdelen, regisseurIds);
  counts.gebiedsindelingen = await generateGebiedsindelingen(prisma, anchor);
  counts.indicatorwaarden = await generateIndicatoren(prisma, rnd, anchor);
  counts.programmas = await generateProgrammas(prisma, anchor);

  await prisma.auditEvent.create({
    data: {
      actorKind: "system",
      action: "demo.seed",
      entityType: "Database",
      details: { seed: options.seed ?? DEMO_SEED, anchor: anchor.toISOString(), ...counts },
    },
  });
  await rebuildDashboardRollups(prisma);
  return { stadsdelen: stadsdelen.length, buurten: allBuurten.length, participants: participantRows.length, figures, ...counts };
}
