// What residents see of the cycle for one stadsdeel: the vastgesteld
// stadsdeelprogramma that covers this year (else the latest vastgesteld
// one) with its opgaven and doelen, this year's plan (public agenda items
// only) and the latest published monitor with the states it recorded.
// Null when the stadsdeel has no vastgesteld programma yet.
import "server-only";
import { prisma } from "@/lib/db";
import type { DoelMonitor } from "@/lib/programma/compute-states";
import { betrokkeneSelect, bouwsteenSelect } from "./opgave-select";
import { getPlanYear } from "./plan-year";

export async function getPublicProgramma(stadsdeelId: string) {
  const year = new Date().getUTCFullYear();
  const where = { stadsdeelId, kind: "STADSDEELPROGRAMMA" as const, status: "VASTGESTELD" as const };
  const p =
    (await prisma.programma.findFirst({
      where: { ...where, startYear: { lte: year }, endYear: { gte: year } },
      orderBy: { vastgesteldOp: "desc" },
      select: { id: true },
    })) ?? (await prisma.programma.findFirst({ where, orderBy: { startYear: "desc" }, select: { id: true } }));
  if (!p) return null;
  const programma = await prisma.programma.findUniqueOrThrow({
    where: { id: p.id },
    select: {
      id: true,
      title: true,
      startYear: true,
      endYear: true,
      version: true,
      vastgesteldDoor: true,
      vastgesteldOp: true,
      besluitKenmerk: true,
      opgaven: {
        orderBy: [{ priority: "asc" }, { title: "asc" }],
        select: {
          id: true,
          title: true,
          priority: true,
          waarom: true,
          focusgebied: { select: { slug: true, name: true } },
          theme: { select: { name: true } },
          leadDepartment: { select: { name: true } },
          betrokkenen: { select: betrokkeneSelect },
          bouwstenen: { orderBy: { createdAt: "asc" }, select: bouwsteenSelect },
          doelen: {
            orderBy: { createdAt: "asc" },
            select: {
              id: true,
              code: true,
              text: true,
              kind: true,
              areaCode: true,
              baselineValue: true,
              baselineYear: true,
              targetValue: true,
              targetYear: true,
              indicator: { select: { name: true, unit: true } },
            },
          },
        },
      },
      monitors: { orderBy: { year: "desc" }, take: 1, select: { year: true, watWerkte: true, watKanBeter: true, states: true, publishedAt: true } },
    },
  });
  const planYear = Math.min(Math.max(year, programma.startYear), programma.endYear);
  const monitor = programma.monitors[0] ? { ...programma.monitors[0], states: programma.monitors[0].states as Record<string, DoelMonitor> } : null;
  return { programma, plan: await getPlanYear(programma.id, stadsdeelId, planYear, true), monitor };
}
export type PublicProgramma = NonNullable<Awaited<ReturnType<typeof getPublicProgramma>>>;
