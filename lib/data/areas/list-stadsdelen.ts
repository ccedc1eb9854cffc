// Public: all stadsdelen with their outline and number of buurten.
import "server-only";
import { prisma } from "@/lib/db";

export async function listStadsdelen() {
  return prisma.stadsdeel.findMany({
    orderBy: { name: "asc" },
    select: { id: true, slug: true, name: true, wethouderName: true, outline: true, _count: { select: { buurten: true } } },
  });
}
