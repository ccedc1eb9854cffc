// Staff: the overleggen a user may read (overlegScope), each with its next sessie and the open and overdue acties
// agreed at its sessies.
import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { todayKey } from "@/lib/datetime";
import { prisma } from "@/lib/db";
import { NOTHING, overlegScope } from "../scope";

export async function listOverleggen(user: SessionUser) {
  const now = new Date();
  const today = new Date(`${todayKey(now)}T00:00:00Z`);
  const rows = await prisma.overleg.findMany({
    where: overlegScope(user) ?? NOTHING,
    orderBy: [{ stadsdeel: { name: "asc" } }, { name: "asc" }],
    take: 200,
    select: {
      id: true,
      name: true,
      kind: true,
      rrule: true,
      active: true,
      stadsdeel: { select: { name: true, slug: true } },
      chair: { select: { name: true } },
      sessies: { where: { startsAt: { gte: now }, status: "GEPLAND" }, orderBy: { startsAt: "asc" }, take: 1, select: { id: true, startsAt: true } },
    },
  });
  const ids = rows.map((r) => r.id);
  const acties = ids.length
    ? await prisma.$queryRaw<{ overlegId: string; open: bigint; overdue: bigint }[]>`
        SELECT s."overlegId", count(*) AS open, count(*) FILTER (WHERE a."dueOn" < ${today}::date) AS overdue
        FROM "Actie" a JOIN "SessiePunt" p ON p.id = a."sessiePuntId" JOIN "Sessie" s ON s.id = p."sessieId"
        WHERE a.status = 'OPEN' AND s."overlegId" = ANY(${ids}) GROUP BY s."overlegId"`
    : [];
  const byId = new Map(acties.map((a) => [a.overlegId, a]));
  return rows.map(({ sessies, ...r }) => ({
    ...r,
    next: sessies[0] ?? null,
    openActies: Number(byId.get(r.id)?.open ?? 0),
    overdueActies: Number(byId.get(r.id)?.overdue ?? 0),
  }));
}
