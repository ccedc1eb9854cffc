// Public: the stadsdeelagenda items of one stadsdeel that are public and run
// now or within the coming year, optionally for one wijk or buurt (an item
// for the whole stadsdeel counts for every wijk and buurt in it), and
// filtered by kind, theme, department and status.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AgendaKind, AgendaStatus } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db";

export type PublicAgendaFilters = { soort?: string; thema?: string; afdeling?: string; status?: string; buurt?: string; wijk?: string };

export async function listPublicAgendaItems(stadsdeelId: string, f: PublicAgendaFilters = {}) {
  const now = new Date();
  const inAYear = new Date(now.getTime() + 365 * 86_400_000);
  const buurt = f.buurt ? await prisma.buurt.findFirst({ where: { code: f.buurt, stadsdeelId }, select: { id: true, wijkId: true } }) : null;
  const wijk = f.wijk ? await prisma.wijk.findUnique({ where: { code: f.wijk }, select: { id: true } }) : null;
  const scope: Prisma.AgendaItemWhereInput = buurt
    ? { OR: [{ areas: { none: {} } }, { areas: { some: { OR: [{ buurtId: buurt.id }, { wijkId: buurt.wijkId }] } } }] }
    : wijk
      ? { OR: [{ areas: { none: {} } }, { areas: { some: { OR: [{ wijkId: wijk.id }, { buurt: { wijkId: wijk.id } }] } } }] }
      : {};
  return prisma.agendaItem.findMany({
    where: {
      stadsdeelId,
      isPublic: true,
      periodEnd: { gte: now },
      periodStart: { lte: inAYear },
      ...(f.soort ? { kind: f.soort as AgendaKind } : {}),
      ...(f.status ? { status: f.status as AgendaStatus } : {}),
      ...(f.thema ? { themeId: f.thema } : {}),
      ...(f.afdeling ? { departmentId: f.afdeling } : {}),
      ...scope,
    },
    orderBy: [{ periodStart: "asc" }, { title: "asc" }],
    select: {
      id: true,
      kind: true,
      title: true,
      description: true,
      periodStart: true,
      periodEnd: true,
      status: true,
      progress: true,
      updatedAt: true,
      department: { select: { name: true } },
      theme: { select: { name: true } },
      areas: { select: { buurt: { select: { name: true } }, wijk: { select: { name: true } } } },
    },
  });
}
