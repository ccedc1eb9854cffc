// Staff: agenda items the user may see — a regisseur's stadsdelen, a
// department's own items, everything for wethouder and beheerder — with
// stale items (no progress update for 90 days) flagged, and an overview per
// department. Authorisation in the where.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AgendaKind, AgendaStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/permissions";
import { agendaItemScope } from "../scope";
import { prisma } from "@/lib/db";
import { monthRange } from "../dashboard/dashboard-filters";

export const STALE_DAYS = 90;

export function staleBefore(now = new Date()): Date {
  return new Date(now.getTime() - STALE_DAYS * 86_400_000);
}

export type StaffAgendaFilters = { stadsdeel?: string; status?: string; verouderd?: string; soort?: string; thema?: string; van?: string; tot?: string };

/** Filters: stadsdeel (slug), status, verouderd (stale), and from the dashboard soort, thema and van/tot (months the item's period overlaps). */
export async function listStaffAgenda(user: SessionUser, f: StaffAgendaFilters) {
  const scope = agendaItemScope(user);
  if (!scope) return [];
  const period = monthRange(f);
  const where: Prisma.AgendaItemWhereInput = {
    AND: [
      scope,
      f.stadsdeel ? { stadsdeel: { slug: f.stadsdeel } } : {},
      f.status ? { status: f.status as AgendaStatus } : {},
      f.soort ? { kind: f.soort as AgendaKind } : {},
      f.thema ? { themeId: f.thema } : {},
      period ? { periodEnd: { gte: period.from }, periodStart: { lt: period.to } } : {},
      f.verouderd ? { progressUpdatedAt: { lt: staleBefore() }, status: { in: ["GEPLAND", "LOOPT", "UITGESTELD"] } } : {},
    ],
  };
  return prisma.agendaItem.findMany({
    where,
    orderBy: [{ periodStart: "asc" }, { title: "asc" }],
    take: 500,
    select: {
      id: true,
      title: true,
      kind: true,
      status: true,
      progress: true,
      periodStart: true,
      periodEnd: true,
      isPublic: true,
      progressUpdatedAt: true,
      stadsdeel: { select: { name: true } },
      department: { select: { name: true } },
    },
  });
}

/** Per department: items by status and how many are stale (open items only count as stale). */
export async function agendaDepartmentOverview(user: SessionUser) {
  const scope = agendaItemScope(user);
  if (!scope) return [];
  const [byStatus, stale, departments] = await Promise.all([
    prisma.agendaItem.groupBy({ by: ["departmentId", "status"], where: scope, _count: true }),
    prisma.agendaItem.groupBy({
      by: ["departmentId"],
      where: { AND: [scope, { progressUpdatedAt: { lt: staleBefore() }, status: { in: ["GEPLAND", "LOOPT", "UITGESTELD"] } }] },
      _count: true,
    }),
    prisma.department.findMany({ select: { id: true, name: true } }),
  ]);
  const name = (id: string | null) => (id ? (departments.find((d) => d.id === id)?.name ?? "?") : "Geen afdeling");
  const rows = new Map<string, { department: string; total: number; stale: number; byStatus: Record<string, number> }>();
  for (const r of byStatus) {
    const key = r.departmentId ?? "";
    const row = rows.get(key) ?? { department: name(r.departmentId), total: 0, stale: 0, byStatus: {} };
    row.byStatus[r.status] = r._count;
    row.total += r._count;
    rows.set(key, row);
  }
  for (const s of stale) {
    const row = rows.get(s.departmentId ?? "");
    if (row) row.stale = s._count;
  }
  return [...rows.values()].sort((a, b) => a.department.localeCompare(b.department, "nl"));
}
