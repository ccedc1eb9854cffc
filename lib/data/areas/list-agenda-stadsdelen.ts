// Staff: the stadsdelen this user may change things in (a regisseur their
// own, a beheerder and an afdelingsmedewerker — for their department's agenda
// items — all; anyone else none), by name.
import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

export function listAgendaStadsdelen(user: SessionUser) {
  return prisma.stadsdeel.findMany({
    where:
      user.role === "STADSDEELREGISSEUR"
        ? { id: { in: user.stadsdeelIds } }
        : user.role === "BEHEERDER" || user.role === "AFDELINGSMEDEWERKER"
          ? {}
          : { id: { in: [] } },
    orderBy: { name: "asc" },
    select: { id: true, slug: true, name: true },
  });
}
