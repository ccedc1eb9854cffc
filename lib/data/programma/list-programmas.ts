// The programma's (stadsdeelprogramma's and gebiedsagenda's) a staff member
// may read, newest first, with what the "new programma" form offers: the
// stadsdelen they may write in and those stadsdelen's focusgebieden.
import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { stadsdeelIdFilter } from "../scope";

export async function listProgrammas(user: SessionUser) {
  if (user.role === "PARTNER" || user.role === "AFDELINGSMEDEWERKER") throw new AppError("FORBIDDEN", "Geen toegang.");
  const manage = stadsdeelIdFilter(user, "manage");
  const [programmas, stadsdelen] = await Promise.all([
    prisma.programma.findMany({
      where: { stadsdeelId: stadsdeelIdFilter(user, "read") },
      orderBy: [{ stadsdeel: { name: "asc" } }, { startYear: "desc" }, { version: "desc" }],
      select: {
        id: true,
        title: true,
        kind: true,
        status: true,
        version: true,
        startYear: true,
        endYear: true,
        besluitKenmerk: true,
        stadsdeel: { select: { name: true } },
        focusgebied: { select: { name: true } },
        _count: { select: { opgaven: true } },
      },
    }),
    prisma.stadsdeel.findMany({
      where: { id: manage },
      orderBy: { name: "asc" },
      select: { id: true, name: true, focusgebieden: { orderBy: { name: "asc" }, select: { id: true, name: true } } },
    }),
  ]);
  return { programmas, stadsdelen: user.role === "WETHOUDER" ? [] : stadsdelen };
}
