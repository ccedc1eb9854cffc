// Staff: the members of a stadsdeel's participation pool with the date of
// their consent — personal data, so only for those who organise in that
// stadsdeel (its regisseur, the beheerder; authorisation in the where), and
// every view is audited. Others get null.
import "server-only";
import { type SessionUser, canManageStadsdeel } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { stadsdeelIdFilter } from "../scope";

export async function listPoolMembers(user: SessionUser, stadsdeelId: string) {
  if (!canManageStadsdeel(user, stadsdeelId)) return null;
  const pool = await prisma.participant.findMany({
    where: { inPool: true, anonymisedAt: null, buurt: { stadsdeelId: { equals: stadsdeelId, ...stadsdeelIdFilter(user, "manage") } } },
    orderBy: [{ buurt: { name: "asc" } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      buurt: { select: { name: true } },
      consents: { where: { purpose: "PARTICIPATION_POOL", withdrawnAt: null }, orderBy: { givenAt: "desc" }, take: 1, select: { givenAt: true } },
    },
  });
  await prisma.auditEvent.create({
    data: { actorId: user.id, actorKind: "staff", action: "pool.view", entityType: "Stadsdeel", entityId: stadsdeelId, details: { rows: pool.length } },
  });
  return pool;
}
