// The stadsdeelplan of one year of a programma, shared by the staff and the
// public pages: per opgave and doel the activities (agenda items linked to
// the doel whose period touches the year; the public sees only public
// items), and the completeness check — active departments with no agenda
// item in the stadsdeel that year, and opgaven with no activity.
import "server-only";
import { prisma } from "@/lib/db";

export async function getPlanYear(programmaId: string, stadsdeelId: string, year: number, publicOnly: boolean) {
  const [start, end] = [new Date(Date.UTC(year, 0, 1)), new Date(Date.UTC(year, 11, 31))];
  const inYear = { periodStart: { lte: end }, periodEnd: { gte: start }, ...(publicOnly ? { isPublic: true } : {}) };
  const [opgaven, departments] = await Promise.all([
    prisma.opgave.findMany({
      where: { programmaId },
      orderBy: [{ priority: "asc" }, { title: "asc" }],
      select: {
        id: true,
        title: true,
        doelen: {
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            text: true,
            activiteiten: {
              where: { agendaItem: inYear },
              orderBy: { agendaItem: { periodStart: "asc" } },
              select: {
                agendaItem: {
                  select: {
                    id: true,
                    title: true,
                    kind: true,
                    status: true,
                    progress: true,
                    periodStart: true,
                    periodEnd: true,
                    department: { select: { name: true } },
                  },
                },
              },
            },
          },
        },
      },
    }),
    publicOnly
      ? Promise.resolve([])
      : prisma.department.findMany({
          where: { active: true, agendaItems: { none: { stadsdeelId, ...inYear } } },
          orderBy: { name: "asc" },
          select: { name: true },
        }),
  ]);
  return {
    year,
    opgaven: opgaven.map((o) => ({ ...o, doelen: o.doelen.map((d) => ({ ...d, activiteiten: d.activiteiten.map((a) => a.agendaItem) })) })),
    departmentsWithout: departments.map((d) => d.name),
    opgavenWithout: opgaven.filter((o) => o.doelen.every((d) => d.activiteiten.length === 0)).map((o) => o.title),
  };
}
export type PlanYear = Awaited<ReturnType<typeof getPlanYear>>;
