// Staff: the verslag of a bijeenkomst with its versions. Read within the
// user's scope; the residents' reactions (free text) only for those who
// organise the bijeenkomst — everyone else sees how many there are.
import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { bijeenkomstWhere } from "../scope";

export async function getStaffVerslag(user: SessionUser, bijeenkomstId: string) {
  const organiser = (await prisma.bijeenkomst.count({ where: { id: bijeenkomstId, ...bijeenkomstWhere(user, "manage") } })) > 0;
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
