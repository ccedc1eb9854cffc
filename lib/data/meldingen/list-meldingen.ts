// Staff: meldingen the user may see, authorisation in the where — an
// afdelingsmedewerker their department's, a regisseur their stadsdelen's,
// wethouder and beheerder all. Open ones first, the oldest due date on top.
// The dashboard's melding figures link here with the same filters.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { MeldingStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/permissions";
import { meldingScope } from "../scope";
import { prisma } from "@/lib/db";
import { COUNT_CAP } from "../count-cap";
import { monthRange, originFrom } from "../dashboard/dashboard-filters";

export const PAGE_SIZE = 50;

export type MeldingListFilters = {
  status?: string;
  stadsdeel?: string;
  afdeling?: string;
  thema?: string;
  van?: string;
  tot?: string;
  telaat?: string;
  herkomst?: string;
  buurt?: string;
};

const OPEN: MeldingStatus[] = ["NIEUW", "DOORGEZET", "IN_BEHANDELING"];

/**
 * Filters: status (one status, "open" — the default unless `alle` — or
 * "afgesloten"), stadsdeel (slug), afdeling and thema (ids), van/tot (months
 * of creation, as on the dashboard), telaat (open and past the due date)
 * herkomst (made in the portal, from Signalen or a CSV) and buurt (CBS code).
 */
export async function listMeldingen(user: SessionUser, filters: MeldingListFilters & { open?: boolean; page?: number }) {
  const scope = meldingScope(user);
  if (!scope) return { items: [], total: 0, stadsdeel: null };
  const stadsdeel = filters.stadsdeel ? await prisma.stadsdeel.findUnique({ where: { slug: filters.stadsdeel }, select: { id: true, name: true } }) : null;
  const period = monthRange(filters);
  const status =
    filters.status === "open" || (filters.open && !filters.status)
      ? { status: { in: OPEN } }
      : filters.status === "afgesloten"
        ? { status: { in: ["AFGEHANDELD", "AFGEWEZEN"] as MeldingStatus[] } }
        : filters.status
          ? { status: filters.status as MeldingStatus }
          : {};
  const where: Prisma.MeldingWhereInput = {
    AND: [
      scope,
      status,
      filters.stadsdeel ? { stadsdeelId: stadsdeel?.id ?? "-" } : {},
      filters.afdeling ? { departmentId: filters.afdeling } : {},
      filters.thema ? { themeId: filters.thema } : {},
      period ? { createdAt: { gte: period.from, lt: period.to } } : {},
      filters.telaat ? { status: { in: OPEN }, dueAt: { lt: new Date() } } : {},
      originFrom(filters.herkomst) ? { origin: originFrom(filters.herkomst)! } : {},
      filters.buurt ? { buurt: { code: filters.buurt } } : {},
    ],
  };
  const [items, total] = await Promise.all([
    prisma.melding.findMany({
      where,
      // Open first by due date; a list for a period (from the dashboard) newest first, which its index serves directly.
      orderBy: period ? [{ createdAt: "desc" }, { id: "asc" }] : [{ closedAt: { sort: "desc", nulls: "first" } }, { dueAt: "asc" }],
      skip: ((filters.page ?? 1) - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        description: true,
        status: true,
        dueAt: true,
        closedAt: true,
        externalReference: true,
        externalId: true,
        origin: true,
        category: { select: { name: true } },
        department: { select: { name: true } },
        buurt: { select: { name: true } },
      },
    }),
    prisma.melding.count({ where, take: COUNT_CAP + 1 }),
  ]);
  return { items, total, stadsdeel };
}
