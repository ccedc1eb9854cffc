// Staff: one bijeenkomst with its stadsdeel and tables (cached per request,
// so layout and page share the query). The caller checks access.
import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";

export const getBijeenkomst = cache(async (id: string) => {
  return prisma.bijeenkomst.findUnique({
    where: { id },
    include: {
      stadsdeel: { select: { id: true, slug: true, name: true } },
      tafels: { orderBy: { sortOrder: "asc" } },
      _count: { select: { inbreng: true } },
    },
  });
});
