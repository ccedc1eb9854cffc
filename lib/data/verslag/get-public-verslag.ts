// Public: a bijeenkomst's verslag with all its versions and the stadsdeel's
// buurten for the frozen map; null when the bijeenkomst does not exist.
// The versions hold no personal data (the map snapshot carries inbreng only).
import "server-only";
import { prisma } from "@/lib/db";

export async function getPublicVerslag(bijeenkomstId: string) {
  return prisma.bijeenkomst.findFirst({
    where: { id: bijeenkomstId, publishedAt: { not: null } }, // a concept has nothing public
    include: {
      stadsdeel: { include: { buurten: { select: { id: true, name: true, geometry: true } } } },
      verslag: { include: { versions: { orderBy: { number: "asc" } } } },
    },
  });
}
