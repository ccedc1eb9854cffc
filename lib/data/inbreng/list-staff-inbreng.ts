// Staff: all inbreng the user may read, with filters (stadsdeel,
// bijeenkomst, buurt, theme, kind, follow-up, text search, and the
// dashboard's period and "answered"), sorting and
// paging — and the same query unpaged for CSV/GeoJSON export.
// Authorisation in the where: only the user's readable stadsdelen.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { FollowUpStatus, InbrengKind } from "@/generated/prisma/enums";
import { type SessionUser, readableStadsdeelIds } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { COUNT_CAP } from "../count-cap";
import { monthRange } from "../dashboard/dashboard-filters";

export const STAFF_PAGE_SIZE = 50;
export const sortOptions = { nieuw: "Nieuwste eerst", oud: "Oudste eerst", thema: "Thema", buurt: "Buurt" } as const;
export type StaffInbrengFilters = {
  stadsdeel?: string;
  bijeenkomst?: string;
  buurt?: string;
  thema?: string;
  soort?: string;
  status?: string;
  zoek?: string;
  sortering?: string;
  pagina?: string;
  /** Months of the bijeenkomst, as on the dashboard ("2026-03"). */
  van?: string;
  tot?: string;
  beantwoord?: string;
};

export function staffInbrengWhere(user: SessionUser, f: StaffInbrengFilters): Prisma.InbrengWhereInput | null {
  const ids = readableStadsdeelIds(user);
  if (ids && ids.length === 0) return null;
  const period = monthRange(f);
  return {
    AND: [
      ids ? { bijeenkomst: { stadsdeelId: { in: ids } } } : {},
      f.stadsdeel ? { bijeenkomst: { stadsdeel: { slug: f.stadsdeel } } } : {},
      f.bijeenkomst ? { bijeenkomstId: f.bijeenkomst } : {},
      f.buurt ? { buurtId: f.buurt } : {},
      f.thema ? { themeId: f.thema } : {},
      f.soort ? { kind: f.soort as InbrengKind } : {},
      f.status ? { followUpStatus: f.status as FollowUpStatus } : {},
      f.zoek ? { text: { contains: f.zoek, mode: "insensitive" as const } } : {},
      period ? { bijeenkomst: { startsAt: { gte: period.from, lt: period.to } } } : {},
      f.beantwoord ? { publicAnswer: { not: null } } : {},
    ],
  };
}

function orderBy(sort: string | undefined): Prisma.InbrengOrderByWithRelationInput[] {
  switch (sort) {
    case "oud":
      return [{ createdAt: "asc" }, { id: "asc" }];
    case "thema":
      return [{ theme: { name: "asc" } }, { createdAt: "desc" }];
    case "buurt":
      return [{ buurt: { name: "asc" } }, { createdAt: "desc" }];
    default:
      return [{ createdAt: "desc" }, { id: "asc" }];
  }
}

const select = {
  id: true,
  kind: true,
  text: true,
  lat: true,
  lng: true,
  followUpStatus: true,
  publicAnswer: true,
  createdAt: true,
  theme: { select: { name: true } },
  buurt: { select: { name: true, code: true } },
  tafel: { select: { name: true } },
  bijeenkomst: { select: { id: true, title: true, startsAt: true, stadsdeel: { select: { name: true } } } },
  melding: { select: { id: true, status: true } },
} satisfies Prisma.InbrengSelect;

export async function listStaffInbreng(user: SessionUser, f: StaffInbrengFilters) {
  const where = staffInbrengWhere(user, f);
  if (!where) return { items: [], total: 0, page: 1 };
  const page = Math.max(1, Number(f.pagina ?? 1) || 1);
  const [items, total] = await Promise.all([
    prisma.inbreng.findMany({ where, orderBy: orderBy(f.sortering), skip: (page - 1) * STAFF_PAGE_SIZE, take: STAFF_PAGE_SIZE, select }),
    prisma.inbreng.count({ where, take: COUNT_CAP + 1 }),
  ]);
  return { items, total, page };
}

/** The rows of the filtered list for a CSV or GeoJSON download; every export is audited with its filters and size. */
export async function exportStaffInbreng(user: SessionUser, f: StaffInbrengFilters, format: "csv" | "geojson") {
  const where = staffInbrengWhere(user, f);
  const rows = where ? await prisma.inbreng.findMany({ where, orderBy: orderBy(f.sortering), select, take: 200_000 }) : [];
  await prisma.auditEvent.create({
    data: { actorId: user.id, actorKind: "staff", action: "inbreng.export", entityType: "Inbreng", details: { format, filters: f, rows: rows.length } },
  });
  return rows;
}

/** The choices of the list's filters: buurten and bijeenkomsten (with inbreng) in the stadsdelen the user may read. */
export async function staffInbrengFilterOptions(user: SessionUser, f: StaffInbrengFilters) {
  const ids = readableStadsdeelIds(user);
  const stadsdeel = { ...(ids ? { id: { in: ids } } : {}), ...(f.stadsdeel ? { slug: f.stadsdeel } : {}) };
  const [buurten, bijeenkomsten] = await Promise.all([
    prisma.buurt.findMany({ where: { stadsdeel }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    prisma.bijeenkomst.findMany({
      where: { stadsdeel, inbreng: { some: {} } },
      orderBy: { startsAt: "desc" },
      take: 200,
      select: { id: true, title: true, startsAt: true },
    }),
  ]);
  return { buurten, bijeenkomsten };
}
