// A resident's own registration, found through their signed manage link
// and its id; null when the link is forged or expired, the registration is
// someone else's, or it was undone already.
import "server-only";
import { prisma } from "@/lib/db";
import { residentFromToken } from "@/lib/registration/resident-from-token";

export async function getOwnRegistration(token: string, registrationId: string) {
  const me = await residentFromToken(prisma, token, "manage");
  if (!me || !registrationId) return null;
  return prisma.registration.findFirst({
    where: { id: registrationId, participantId: me.id, status: { in: ["CONFIRMED", "WAITLISTED"] } },
    select: { id: true, bijeenkomst: { select: { title: true, startsAt: true } } },
  });
}
