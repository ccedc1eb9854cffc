// Public: the stadsdeelagenda items of one stadsdeel that are public and
// run now or within the coming year.
import "server-only";
import { prisma } from "@/lib/db";

export async function listPublicAgendaItems(stadsdeelId: string) {
  const now = new Date();
  const inAYear = new Date(now.getTime() + 365 * 86_400_000);
  return prisma.agendaItem.findMany({
    where: { stadsdeelId, isPublic: true, periodEnd: { gte: now }, periodStart: { lte: inAYear } },
    orderBy: [{ periodStart: "asc" }, { title: "asc" }],
    select: {
      id: true, kind: true, title: true, description: true, periodStart: true, periodEnd: true, status: true, progress: true,
      department: { select: { name: true } },
      theme: { select: { name: true } },
      areas: { select: { buurt: { select: { name: true } }, wijk: { select: { name: true } } } },
    },
  });
}
