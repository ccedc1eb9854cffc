// Staff: the verslag of a bijeenkomst with its versions. Read within the
// user's scope; the residents' reactions (free text) only for those who
// organise the bijeenkomst — everyone else sees how many there are. Refuses
// (AppError) a bijeenkomst outside the user's scope.
import "server-only";
import { type SessionUser, canManageStadsdeel } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { getBijeenkomst } from "../bijeenkomsten/get-bijeenkomst";
import { bijeenkomstWhere } from "../scope";
import { verslagRecipientStatus } from "@/lib/verslag/recipients";

export async function getStaffVerslag(user: SessionUser, bijeenkomstId: string) {
  const organiser = canManageStadsdeel(user, (await getBijeenkomst(user, bijeenkomstId)).stadsdeelId);
  const verslag = await prisma.verslag.findFirst({
    where: { bijeenkomstId, bijeenkomst: bijeenkomstWhere(user, "read") },
    include: {
      versions: {
        orderBy: { number: "asc" },
        include: {
          _count: { select: { reacties: true } },
          reacties: { where: organiser ? {} : { id: { in: [] } }, orderBy: { createdAt: "asc" }, select: { id: true, text: true } },
        },
      },
    },
  });
  return verslag && { ...verslag, draftBody: organiser ? verslag.draftBody : "" };
}

/** How many residents (with an address) a version would be mailed to now — lib/verslag/recipients.ts's rule. */
export async function countVerslagRecipients(user: SessionUser, bijeenkomstId: string): Promise<number> {
  await getBijeenkomst(user, bijeenkomstId);
  const status = await verslagRecipientStatus(prisma, bijeenkomstId);
  return prisma.registration.count({ where: { bijeenkomstId, status, participant: { email: { not: null } } } });
}
