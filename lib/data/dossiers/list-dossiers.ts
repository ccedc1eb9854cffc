// Staff: dossiers the user may see (dossierScope: the stadsdeel's staff, the
// departments involved, whoever holds an actie on it), open ones by default,
// newest first; with their open acties' due dates for "te laat"; or those
// with late acties of one department or organisation, or that reached
// duidelijkheid in a period (both from the dashboard).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { DossierStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/permissions";
import { todayKey } from "@/lib/datetime";
import { prisma } from "@/lib/db";
import { dossierStatuses } from "@/lib/validation/dossier";
import { dossierScope, stadsdeelWhere } from "../scope";

export const DOSSIER_PAGE_SIZE = 50;
/** telaat: "afdeling:<id>" or "organisatie:<id>" — dossiers with open acties past their date owned there (the dashboard's figure). */
/** duidelijkheid: "<from>_<to>" (ISO instants) — dossiers that reached duidelijkheid in that period (the dashboard's figure). */
export type DossierListFilters = { stadsdeel?: string; status?: string; pagina?: string; telaat?: string; duidelijkheid?: string };

/** The period of a "duidelijkheid" filter, or null when there is none (or it is malformed). */
export function clarityPeriod(v: string | undefined): { from: Date; to: Date } | null {
  const [a, b] = (v ?? "").split("_").map((x) => new Date(x));
  return a && b && !Number.isNaN(a.getTime()) && !Number.isNaN(b.getTime()) ? { from: a, to: b } : null;
}

function lateFilter(telaat: string | undefined): Prisma.DossierWhereInput {
  const m = /^(afdeling|organisatie):([A-Za-z0-9_-]{1,64})$/.exec(telaat ?? "");
  if (!m) return {};
  const late = { status: "OPEN" as const, dueOn: { lt: new Date(`${todayKey()}T00:00:00Z`) } };
  return { acties: { some: { ...late, ...(m[1] === "organisatie" ? { ownerOrganisationId: m[2] } : { ownerUser: { departmentId: m[2] } }) } } };
}

export async function listDossiers(user: SessionUser, filters: DossierListFilters) {
  const scope = dossierScope(user);
  if (!scope) return { items: [], total: 0 };
  const page = Math.max(1, Number(filters.pagina ?? 1) || 1);
  const status: Prisma.DossierWhereInput =
    filters.status && (dossierStatuses as readonly string[]).includes(filters.status)
      ? { status: filters.status as DossierStatus }
      : filters.status === "alle"
        ? {}
        : { status: { not: "AFGESLOTEN" } };
  const clarity = clarityPeriod(filters.duidelijkheid);
  const where: Prisma.DossierWhereInput = {
    AND: [
      scope,
      clarity ? { duidelijkheidAt: { gte: clarity.from, lt: clarity.to } } : status,
      filters.stadsdeel ? { stadsdeel: { slug: filters.stadsdeel } } : {},
      lateFilter(filters.telaat),
    ],
  };
  const [items, total] = await Promise.all([
    prisma.dossier.findMany({
      where,
      orderBy: [{ aangemeldAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * DOSSIER_PAGE_SIZE,
      take: DOSSIER_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        status: true,
        aangemeldAt: true,
        stadsdeel: { select: { name: true } },
        owner: { select: { name: true } },
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

/** The name behind a "telaat" filter (a department or an organisation), to say what the list shows; null when there is none. */
export async function describeLateFilter(telaat: string | undefined): Promise<string | null> {
  const m = /^(afdeling|organisatie):([A-Za-z0-9_-]{1,64})$/.exec(telaat ?? "");
  if (!m) return null;
  const found =
    m[1] === "organisatie"
      ? await prisma.organisation.findUnique({ where: { id: m[2] }, select: { name: true } })
      : await prisma.department.findUnique({ where: { id: m[2] }, select: { name: true } });
  return found?.name ?? null;
}
