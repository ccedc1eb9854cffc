// A resident's own data, found through their signed manage link: profile,
// registrations, consents and evaluations. Also the JSON download.
import "server-only";
import { prisma } from "@/lib/db";

export async function getMyData(participantId: string) {
  return prisma.participant.findUnique({
    where: { id: participantId },
    include: {
      buurt: { select: { name: true } },
      consents: { orderBy: { givenAt: "asc" }, select: { purpose: true, textVersion: true, givenAt: true, withdrawnAt: true } },
      registrations: {
        orderBy: { bijeenkomst: { startsAt: "desc" } },
        include: {
          bijeenkomst: { select: { id: true, title: true, startsAt: true, endsAt: true, locationName: true, status: true } },
          evaluation: { select: { scoreOverall: true, scoreHeard: true, scoreOrganisation: true, comment: true, createdAt: true } },
        },
      },
    },
  });
}
