// Public: upcoming, not cancelled bijeenkomsten (optionally of one
// stadsdeel) with the seats still free, counted in the database.
import "server-only";
import { prisma } from "@/lib/db";

export type UpcomingBijeenkomst = {
  id: string;
  title: string;
  kind: string;
  startsAt: Date;
  endsAt: Date;
  locationName: string;
  address: string;
  capacity: number;
  seatsTaken: number;
  stadsdeel: { slug: string; name: string };
};

export async function listUpcomingBijeenkomsten(options: { stadsdeelId?: string; limit?: number } = {}): Promise<UpcomingBijeenkomst[]> {
  const rows = await prisma.bijeenkomst.findMany({
    where: {
      status: "PLANNED",
      publishedAt: { not: null },
      startsAt: { gte: new Date() },
      ...(options.stadsdeelId ? { stadsdeelId: options.stadsdeelId } : {}),
    },
    orderBy: { startsAt: "asc" },
    take: options.limit ?? 20,
    select: {
      id: true,
      title: true,
      kind: true,
      startsAt: true,
      endsAt: true,
      locationName: true,
      address: true,
      capacity: true,
      stadsdeel: { select: { slug: true, name: true } },
    },
  });
  if (rows.length === 0) return [];
  const taken = await prisma.registration.groupBy({
    by: ["bijeenkomstId"],
    where: { bijeenkomstId: { in: rows.map((r) => r.id) }, status: { in: ["CONFIRMED", "ATTENDED"] } },
    _sum: { partySize: true },
  });
  const seats = new Map(taken.map((t) => [t.bijeenkomstId, t._sum.partySize ?? 0]));
  return rows.map((r) => ({ ...r, seatsTaken: seats.get(r.id) ?? 0 }));
}
