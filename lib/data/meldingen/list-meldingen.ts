// Staff: meldingen the user may see, authorisation in the where — an
// afdelingsmedewerker their department's, a regisseur their stadsdelen's,
// wethouder and beheerder all. Open ones first, the oldest due date on top.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { MeldingStatus } from "@/generated/prisma/enums";
import { type SessionUser, readableStadsdeelIds } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

export const PAGE_SIZE = 50;

export function meldingScope(user: SessionUser): Prisma.MeldingWhereInput | null {
  if (user.role === "AFDELINGSMEDEWERKER") return user.departmentId ? { departmentId: user.departmentId } : null;
  const ids = readableStadsdeelIds(user);
  if (ids === undefined) return {};
  return ids.length ? { stadsdeelId: { in: ids } } : null;
}

export async function listMeldingen(user: SessionUser, filters: { status?: string; stadsdeel?: string; open?: boolean; page?: number }) {
  const scope = meldingScope(user);
  if (!scope) return { items: [], total: 0 };
  const where: Prisma.MeldingWhereInput = {
    AND: [
      scope,
      filters.status ? { status: filters.status as MeldingStatus } : {},
      filters.open ? { status: { in: ["NIEUW", "DOORGEZET", "IN_BEHANDELING"] } } : {},
      filters.stadsdeel ? { buurt: { stadsdeel: { slug: filters.stadsdeel } } } : {},
    ],
  };
  const [items, total] = await Promise.all([
    prisma.melding.findMany({
      where,
      orderBy: [{ closedAt: { sort: "desc", nulls: "first" } }, { dueAt: "asc" }],
      skip: ((filters.page ?? 1) - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true, description: true, status: true, dueAt: true, closedAt: true, externalReference: true,
        category: { select: { name: true } }, department: { select: { name: true } }, buurt: { select: { name: true } },
      },
    }),
    prisma.melding.count({ where }),
  ]);
  return { items, total };
}
