// Public: one published bijeenkomst (a concept is a 404) with its stadsdeel, the seats still free and how
// many versions of its verslag are published (cached per request). Never
// any personal data.
import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";

export const getPublicBijeenkomst = cache(async (id: string) => {
  const b = await prisma.bijeenkomst.findFirst({
    where: { id, publishedAt: { not: null } },
    select: {
      id: true,
      kind: true,
      title: true,
      description: true,
      startsAt: true,
      endsAt: true,
      locationName: true,
      address: true,
      capacity: true,
      facilities: true,
      registrationOpensAt: true,
      registrationClosesAt: true,
      status: true,
      cancelReason: true,
      stadsdeel: { select: { slug: true, name: true } },
      verslag: { select: { _count: { select: { versions: true } } } },
    },
  });
  if (!b) return null;
  const taken = await prisma.registration.aggregate({
    where: { bijeenkomstId: id, status: { in: ["CONFIRMED", "ATTENDED", "NO_SHOW"] } },
    _sum: { partySize: true },
  });
  const { verslag, ...rest } = b;
  return { ...rest, verslagVersions: verslag?._count.versions ?? 0, seatsLeft: Math.max(0, b.capacity - (taken._sum.partySize ?? 0)) };
});
