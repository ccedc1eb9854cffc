// Staff: the stadsdelen a user may read (all for wethouder and beheerder, a
// regisseur's own), by name — the choices of the lists' stadsdeel filters.
// Authorisation in the where.
import "server-only";
import { type SessionUser, readableStadsdeelIds } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

export async function listReadableStadsdelen(user: SessionUser) {
  const ids = readableStadsdeelIds(user);
  return prisma.stadsdeel.findMany({ where: ids ? { id: { in: ids } } : {}, orderBy: { name: "asc" }, select: { id: true, slug: true, name: true } });
}
