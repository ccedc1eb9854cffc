// Staff: the open acties someone has to do — their own, for an
// afdelingsmedewerker also their department's colleagues', for a partner
// those of their organisation — overdue first (the earliest due date on
// top), with the dossier each belongs to; paged by 50 (a busy owner can
// have thousands), with the totals and how many are past their date.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";
import { todayKey } from "@/lib/datetime";
import { prisma } from "@/lib/db";

export const ACTIE_PAGE_SIZE = 50;

const select = {
  id: true,
  description: true,
  dueOn: true,
  status: true,
  ownerUser: { select: { id: true, name: true } },
  dossier: { select: { id: true, title: true, stadsdeel: { select: { name: true } } } },
} as const;

async function page(where: Prisma.ActieWhereInput, n: number) {
  const today = new Date(`${todayKey()}T00:00:00Z`);
  const [items, total, overdue] = await Promise.all([
    prisma.actie.findMany({ where, orderBy: [{ dueOn: "asc" }, { id: "asc" }], skip: (n - 1) * ACTIE_PAGE_SIZE, take: ACTIE_PAGE_SIZE, select }),
    prisma.actie.count({ where }),
    prisma.actie.count({ where: { AND: [where, { dueOn: { lt: today } }] } }),
  ]);
  return { items, total, overdue, page: n };
}

const none = { items: [], total: 0, overdue: 0, page: 1 };

export async function listMyActies(user: SessionUser, pages: { mine?: number; department?: number } = {}) {
  const open = { status: "OPEN" as const };
  const at = (n: number | undefined) => Math.max(1, Math.floor(n ?? 1) || 1);
  // the department's colleagues by id first (a handful), so the acties are read along their owner index
  const colleagues =
    user.role === "AFDELINGSMEDEWERKER" && user.departmentId
      ? (await prisma.user.findMany({ where: { departmentId: user.departmentId, id: { not: user.id } }, select: { id: true } })).map((u) => u.id)
      : null;
  const [mine, department] = await Promise.all([
    page({ ...open, ...(user.role === "PARTNER" ? { ownerOrganisationId: user.organisationId ?? "-" } : { ownerUserId: user.id }) }, at(pages.mine)),
    colleagues ? page({ ...open, ownerUserId: { in: colleagues } }, at(pages.department)) : none,
  ]);
  return { mine, department };
}
