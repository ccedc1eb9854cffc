// The invitation behind a resident's overleg link (null when the link is
// unknown, expired, answered or revoked): the overleg and its stadsdeel,
// how often it meets, the name the regisseur typed and the address the mail went to —
// what the resident is asked to agree to.
import "server-only";
import { prisma } from "@/lib/db";
import { redeemToken } from "@/lib/tokens";

export async function getOverlegInvitation(token: string) {
  const t = await redeemToken(prisma, token, "overleg");
  if (!t?.seatId) return null;
  const seat = await prisma.overlegSeat.findFirst({
    where: { id: t.seatId, participantId: t.participantId, confirmedAt: null },
    select: {
      residentName: true,
      invitedAt: true,
      participant: { select: { email: true } },
      overleg: { select: { name: true, kind: true, startTime: true, rrule: true, location: true, stadsdeel: { select: { name: true } } } },
    },
  });
  return seat;
}
