// One programma for staff: read within the stadsdelen the user may read
// (refused otherwise, and not found when it does not exist), with its
// opgaven and doelen, the doelen's states for the chosen year, that year's
// plan and completeness, its monitors, the lessons of the year before (the
// leercurve), the versions around it, and — for those who may change it —
// the choices its forms offer.
import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { canManageStadsdeel } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { areaNamer, gemeenteCodeOf } from "@/lib/indicators/areas";
import { computeDoelStates } from "@/lib/programma/compute-states";
import { refuse, stadsdeelIdFilter } from "../scope";
import { betrokkeneSelect, bouwsteenSelect } from "./opgave-select";
import { getPlanYear } from "./plan-year";

export async function getProgramma(user: SessionUser, id: string, requestedYear: number | undefined) {
  const p = await prisma.programma.findFirst({
    where: { id, stadsdeelId: stadsdeelIdFilter(user, "read") },
    include: {
      stadsdeel: { select: { id: true, slug: true, name: true, buurten: { orderBy: { name: "asc" }, select: { code: true, name: true } } } },
      focusgebied: { select: { slug: true, name: true } },
      previous: { select: { id: true, version: true } },
      next: { select: { id: true, version: true, status: true } },
      opgaven: {
        orderBy: [{ priority: "asc" }, { title: "asc" }],
        include: {
          focusgebied: { select: { name: true, slug: true } },
          theme: { select: { name: true } },
          leadDepartment: { select: { name: true } },
          betrokkenen: { select: betrokkeneSelect },
          bouwstenen: { orderBy: { createdAt: "asc" }, select: bouwsteenSelect },
          doelen: {
            orderBy: { createdAt: "asc" },
            include: { indicator: { select: { code: true, name: true, unit: true } }, activiteiten: { select: { agendaItemId: true } } },
          },
        },
      },
      monitors: { orderBy: { year: "desc" } },
    },
  });
  if (!p || user.role === "PARTNER") return refuse(prisma.programma.count({ where: { id } }));
  const thisYear = new Date().getUTCFullYear();
  const year =
    requestedYear && requestedYear >= p.startYear && requestedYear <= p.endYear ? requestedYear : Math.min(Math.max(thisYear, p.startYear), p.endYear);
  const canEdit = canManageStadsdeel(user, p.stadsdeelId);
  const [states, plan, lessons, choices] = await Promise.all([
    computeDoelStates(prisma, p.id, year),
    getPlanYear(p.id, p.stadsdeelId, year, false),
    prisma.monitorRapport.findFirst({
      where: { year: year - 1, programma: { stadsdeelId: p.stadsdeelId, kind: p.kind, focusgebiedId: p.focusgebiedId } },
      orderBy: { publishedAt: "desc" },
      select: { year: true, watKanBeter: true, watWerkte: true },
    }),
    canEdit ? editChoices(p.stadsdeelId, p.startYear, p.endYear) : null,
  ]);
  const gm = gemeenteCodeOf(p.stadsdeel.buurten[0]?.code);
  const areaName = areaNamer(p.stadsdeel);
  return {
    programma: p,
    year,
    states,
    plan,
    lessons,
    choices,
    canEdit,
    canVaststellen: user.role === "BEHEERDER" && p.status === "CONCEPT",
    areas: [
      ...(gm ? [{ code: gm, name: "de hele stad" }] : []),
      { code: p.stadsdeel.slug, name: `stadsdeel ${p.stadsdeel.name}` },
      ...p.stadsdeel.buurten.map((b) => ({ code: b.code, name: b.name })),
    ],
    areaName,
  };
}

async function editChoices(stadsdeelId: string, startYear: number, endYear: number) {
  const [indicators, themes, departments, focusgebieden, agendaItems, organisations, wethouders, inbreng, verslagen] = await Promise.all([
    prisma.indicator.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } }),
    prisma.theme.findMany({ where: { active: true }, orderBy: { sortOrder: "asc" }, select: { id: true, name: true } }),
    prisma.department.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    prisma.focusgebied.findMany({ where: { stadsdeelId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    prisma.agendaItem.findMany({
      where: { stadsdeelId, periodEnd: { gte: new Date(Date.UTC(startYear, 0, 1)) }, periodStart: { lte: new Date(Date.UTC(endYear, 11, 31)) } },
      orderBy: [{ periodStart: "asc" }, { title: "asc" }],
      select: { id: true, title: true, periodStart: true },
    }),
    prisma.organisation.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    prisma.user.findMany({ where: { active: true, role: "WETHOUDER" }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    prisma.inbreng.findMany({
      where: { bijeenkomst: { stadsdeelId } },
      orderBy: { createdAt: "desc" },
      take: 200,
      select: { id: true, text: true, createdAt: true, theme: { select: { name: true } } },
    }),
    prisma.verslag.findMany({
      where: { bijeenkomst: { stadsdeelId }, versions: { some: {} } },
      orderBy: { bijeenkomst: { startsAt: "desc" } },
      take: 100,
      select: { id: true, bijeenkomst: { select: { title: true, startsAt: true } } },
    }),
  ]);
  return { indicators, themes, departments, focusgebieden, agendaItems, organisations, wethouders, inbreng, verslagen };
}

export type ProgrammaDetail = Awaited<ReturnType<typeof getProgramma>>;
