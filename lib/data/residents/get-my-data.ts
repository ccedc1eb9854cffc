// A resident's own data, found through their manage link (null when the
// link is unknown, expired or revoked): profile, registrations, consents,
// evaluations, reactions and seats at overleggen. Also the JSON download, which is audited.
import "server-only";
import { prisma } from "@/lib/db";
import { residentFromToken } from "@/lib/registration/resident-from-token";

export async function getMyData(token: string, options: { export?: boolean } = {}) {
  const resident = await residentFromToken(prisma, token, "manage");
  if (!resident) return null;
  if (options.export)
    await prisma.auditEvent.create({ data: { actorKind: "resident", action: "participant.export", entityType: "Participant", entityId: resident.id } });
  return prisma.participant.findUnique({
    where: { id: resident.id },
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
      reacties: { orderBy: { createdAt: "asc" }, select: { text: true, createdAt: true } },
      overlegSeats: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          residentName: true,
          invitedAt: true,
          confirmedAt: true,
          overleg: { select: { name: true, stadsdeel: { select: { name: true } } } },
        },
      },
    },
  });
}
