// Staff: one stadsdeel's bijeenkomsten (upcoming and past) with their
// registrations, inbreng and verslag state. The caller checks access.
import "server-only";
import { prisma } from "@/lib/db";

export async function getStaffStadsdeel(slug: string) {
  const stadsdeel = await prisma.stadsdeel.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
  if (!stadsdeel) return null;
  const bijeenkomsten = await prisma.bijeenkomst.findMany({
    where: { stadsdeelId: stadsdeel.id },
    orderBy: { startsAt: "desc" },
    select: {
      id: true, title: true, kind: true, status: true, startsAt: true, capacity: true,
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
