// Staff: dossiers the user may see (dossierScope: the stadsdeel's staff, the
// departments involved, whoever holds an actie on it), open ones by default,
// newest first; with their open acties' due dates for "te laat".
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { DossierStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { dossierStatuses } from "@/lib/validation/dossier";
import { dossierScope, stadsdeelWhere } from "../scope";

export const DOSSIER_PAGE_SIZE = 50;
export type DossierListFilters = { stadsdeel?: string; status?: string; pagina?: string };

export async function listDossiers(user: SessionUser, filters: DossierListFilters) {
  const scope = dossierScope(user);
  if (!scope) return { items: [], total: 0 };
  const page = Math.max(1, Number(filters.pagina ?? 1) || 1);
  const status: Prisma.DossierWhereInput =
    filters.status && (dossierStatuses as readonly string[]).includes(filters.status) ? { status: filters.status as DossierStatus }
    : filters.status === "alle" ? {} : { status: { not: "AFGESLOTEN" } };
  const where: Prisma.DossierWhereInput = { AND: [scope, status, filters.stadsdeel ? { stadsdeel: { slug: filters.stadsdeel } } : {}] };
  const [items, total] = await Promise.all([
    prisma.dossier.findMany({
      where,
      orderBy: [{ aangemeldAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * DOSSIER_PAGE_SIZE,
      take: DOSSIER_PAGE_SIZE,
      select: {
        id: true, title: true, status: true, aangemeldAt: true,
        stadsdeel: { select: { name: true } }, owner: { select: { name: true } },
        acties: { where: { status: "OPEN" }, select: { dueOn: true } },
      },
    }),
    prisma.dossier.count({ where }),
  ]);
  return { items, total };
}

/** The stadsdelen to filter the list by: those whose staff pages the user may read. */
export function listDossierStadsdelen(user: SessionUser) {
  return prisma.stadsdeel.findMany({ where: stadsdeelWhere(user), orderBy: { name: "asc" }, select: { slug: true, name: true } });
}
