// Staff: the open acties someone has to do — their own, for an
// afdelingsmedewerker also their department's colleagues', for a partner
// those of their organisation — overdue first
// (the earliest due date on top), with the dossier each belongs to.
import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

const select = {
  id: true, description: true, dueOn: true, status: true,
  ownerUser: { select: { id: true, name: true } },
  dossier: { select: { id: true, title: true, stadsdeel: { select: { name: true } } } },
} as const;

export async function listMyActies(user: SessionUser) {
  const open = { status: "OPEN" as const };
  const [mine, department] = await Promise.all([
    prisma.actie.findMany({ where: { ...open, ...(user.role === "PARTNER" ? { ownerOrganisationId: user.organisationId ?? "-" } : { ownerUserId: user.id }) }, orderBy: [{ dueOn: "asc" }, { id: "asc" }], take: 500, select }),
    user.role === "AFDELINGSMEDEWERKER" && user.departmentId
      ? prisma.actie.findMany({ where: { ...open, ownerUser: { departmentId: user.departmentId }, ownerUserId: { not: user.id } }, orderBy: [{ dueOn: "asc" }, { id: "asc" }], take: 500, select })
      : [],
  ]);
  return { mine, department };
}
