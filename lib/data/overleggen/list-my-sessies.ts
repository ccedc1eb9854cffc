// Staff: the sessies of the overleggen a user sits at — by name, as chair or
// secretary, through their department's seat, or (partners) their
// organisation's — from a month back to the planning horizon, for their iCal file.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

export async function listMySessies(user: SessionUser) {
  const seats: Prisma.OverlegSeatWhereInput[] = [
    { userId: user.id },
    ...(user.role === "AFDELINGSMEDEWERKER" && user.departmentId ? [{ departmentId: user.departmentId, userId: null }] : []),
    ...(user.role === "PARTNER" && user.organisationId ? [{ organisationId: user.organisationId, userId: null }] : []),
  ];
  return prisma.sessie.findMany({
    where: {
      status: { not: "VERVALLEN" },
      startsAt: { gte: new Date(Date.now() - 30 * 86_400_000) },
      overleg: { active: true, OR: [{ chairId: user.id }, { secretaryId: user.id }, { seats: { some: { OR: seats } } }] },
    },
    orderBy: { startsAt: "asc" },
    take: 500,
    select: { id: true, startsAt: true, endsAt: true, location: true, overleg: { select: { id: true, name: true } } },
  });
}
