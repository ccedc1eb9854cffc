// Staff: one inbreng with where it came from and what became of it, read
// only within the user's scope (its stadsdeel's staff, or the department
// working the melding made of it). Refuses with AppError FORBIDDEN /
// NOT_FOUND. Cached per request.
import "server-only";
import { cache } from "react";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { inbrengWhere, refuse } from "../scope";

export const getInbreng = cache(async (user: SessionUser, id: string) => {
  const inbreng = await prisma.inbreng.findFirst({
    where: { id, ...inbrengWhere(user) },
    include: {
      theme: { select: { name: true } },
      buurt: { select: { name: true, geometry: true } },
      tafel: { select: { name: true, hostName: true } },
      bijeenkomst: { select: { id: true, title: true, startsAt: true, stadsdeelId: true, stadsdeel: { select: { slug: true, name: true } } } },
      melding: { select: { id: true, status: true, departmentId: true, department: { select: { name: true } } } },
      agendaLinks: { select: { agendaItem: { select: { id: true, title: true } } } },
      dossiers: { select: { dossier: { select: { id: true, title: true, status: true } } } },
    },
  });
  return inbreng ?? refuse(prisma.inbreng.count({ where: { id } }));
});
