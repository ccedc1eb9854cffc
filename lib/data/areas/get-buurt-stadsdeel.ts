// Public: the stadsdeel a buurt belongs to (the buurt list behind the
// address search), or null for an unknown buurt.
import "server-only";
import { prisma } from "@/lib/db";

export function getBuurtStadsdeel(buurtId: string) {
  return prisma.buurt
    .findUnique({ where: { id: buurtId }, select: { name: true, stadsdeel: { select: { slug: true, name: true } } } })
    .then((b) => b?.stadsdeel ?? null);
}
