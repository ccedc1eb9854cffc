// Staff: one stadsdeel's bijeenkomsten (upcoming and past) with their
// registrations, inbreng and verslag state. Read only within the user's
// scope (refuses with AppError FORBIDDEN / NOT_FOUND).
import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { refuse, stadsdeelWhere } from "../scope";

export async function getStaffStadsdeel(user: SessionUser, slug: string) {
  const stadsdeel =
    (await prisma.stadsdeel.findFirst({ where: { slug, ...stadsdeelWhere(user) }, select: { id: true, slug: true, name: true } })) ??
    (await refuse(prisma.stadsdeel.count({ where: { slug } })));
  const bijeenkomsten = await prisma.bijeenkomst.findMany({
    where: { stadsdeelId: stadsdeel.id },
    orderBy: { startsAt: "desc" },
    select: {
      id: true,
      title: true,
      kind: true,
      status: true,
      startsAt: true,
      capacity: true,
      _count: { select: { inbreng: true, tafels: true } },
      verslag: { select: { deadlineAt: true, versions: { where: { sentAt: { not: null } }, select: { sentAt: true }, orderBy: { number: "asc" }, take: 1 } } },
    },
  });
  const registrations = await prisma.registration.groupBy({
    by: ["bijeenkomstId", "status"],
    where: { bijeenkomst: { stadsdeelId: stadsdeel.id } },
    _sum: { partySize: true },
  });
  const seats = (id: string, statuses: string[]) =>
    registrations.filter((r) => r.bijeenkomstId === id && statuses.includes(r.status)).reduce((s, r) => s + (r._sum.partySize ?? 0), 0);
  return {
    stadsdeel,
    bijeenkomsten: bijeenkomsten.map((b) => ({
      ...b,
      confirmed: seats(b.id, ["CONFIRMED", "ATTENDED", "NO_SHOW"]),
      attended: seats(b.id, ["ATTENDED"]),
      waitlisted: seats(b.id, ["WAITLISTED"]),
    })),
  };
}
