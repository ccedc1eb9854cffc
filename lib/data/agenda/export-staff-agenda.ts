// Staff: the agenda items a user may see (authorisation in the where), with
// everything the export's columns need; null when the user may see none.
import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { agendaItemScope } from "../scope";

export async function exportStaffAgenda(user: SessionUser, f: { stadsdeel?: string | null }) {
  const scope = agendaItemScope(user);
  if (!scope) return null;
  return prisma.agendaItem.findMany({
    where: { AND: [scope, f.stadsdeel ? { stadsdeel: { slug: f.stadsdeel } } : {}] },
    orderBy: [{ periodStart: "asc" }, { title: "asc" }],
    include: {
      stadsdeel: true,
      theme: true,
      department: true,
      areas: { include: { buurt: true, wijk: true } },
      doelen: { where: { doel: { opgave: { programma: { status: { not: "VERVALLEN" } } } } }, select: { doel: { select: { code: true } } } },
    },
  });
}
