// Staff: one melding with its history and the inbreng behind it, read only
// within the user's scope (its department, or its stadsdeel's staff).
// Refuses with AppError FORBIDDEN / NOT_FOUND. Cached per request.
import "server-only";
import { cache } from "react";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { NOTHING, meldingScope, refuse } from "../scope";

export const getMelding = cache(async (user: SessionUser, id: string) => {
  const m = await prisma.melding.findFirst({
    where: { id, ...(meldingScope(user) ?? NOTHING) },
    include: {
      category: { select: { name: true } },
      department: { select: { name: true } },
      buurt: { select: { name: true, geometry: true, stadsdeel: { select: { slug: true, name: true } } } },
      assignee: { select: { name: true } },
      inbreng: { select: { id: true, bijeenkomst: { select: { title: true } } } },
      history: { orderBy: { changedAt: "asc" }, include: { changedBy: { select: { name: true } } } },
    },
  });
  return m ?? refuse(prisma.melding.count({ where: { id } }));
});
