// Staff: one melding with its history and the inbreng behind it (cached per
// request). The caller checks access.
import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";

export const getMelding = cache(async (id: string) =>
  prisma.melding.findUnique({
    where: { id },
    include: {
      category: { select: { name: true } },
      department: { select: { name: true } },
      buurt: { select: { name: true, stadsdeel: { select: { slug: true, name: true } } } },
      assignee: { select: { name: true } },
      inbreng: { select: { id: true, bijeenkomst: { select: { title: true } } } },
      history: { orderBy: { changedAt: "asc" }, include: { changedBy: { select: { name: true } } } },
    },
  }),
);
