// The registration behind an evaluation link, with its bijeenkomst and
// whether it was evaluated; null when the link is unknown, expired or revoked.
import "server-only";
import { prisma } from "@/lib/db";
import { redeemToken } from "@/lib/tokens";

export async function getEvaluationRegistration(token: string) {
  const t = await redeemToken(prisma, token, "evaluation");
  if (!t?.registrationId) return null;
  return prisma.registration.findFirst({
    where: { id: t.registrationId, participantId: t.participantId },
    include: { bijeenkomst: true, evaluation: { select: { id: true } } },
  });
}
