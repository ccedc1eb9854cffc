// Staff: one inbreng with where it came from and what became of it (cached
// per request). The caller checks access.
import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";

export const getInbreng = cache(async (id: string) =>
  prisma.inbreng.findUnique({
    where: { id },
    include: {
      theme: { select: { name: true } },
      buurt: { select: { name: true } },
      tafel: { select: { name: true, hostName: true } },
      bijeenkomst: { select: { id: true, title: true, startsAt: true, stadsdeelId: true, stadsdeel: { select: { slug: true, name: true } } } },
      melding: { select: { id: true, status: true, department: { select: { name: true } } } },
      agendaLinks: { select: { agendaItem: { select: { id: true, title: true } } } },
    },
  }),
);
