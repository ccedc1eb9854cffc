// Focusgebieden for staff: those in the stadsdelen the user may read, and
// for the "new focusgebied" form the stadsdelen they may write in with
// their buurten. Partners and departments have no access.
import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { stadsdeelIdFilter } from "../scope";

export async function listFocusgebieden(user: SessionUser) {
  if (user.role === "PARTNER" || user.role === "AFDELINGSMEDEWERKER") throw new AppError("FORBIDDEN", "Geen toegang.");
  const [focusgebieden, stadsdelen] = await Promise.all([
    prisma.focusgebied.findMany({
      where: { stadsdeelId: stadsdeelIdFilter(user, "read") },
      orderBy: { name: "asc" },
      select: {
        id: true,
        slug: true,
        name: true,
        stadsdeel: { select: { name: true } },
        buurten: { select: { buurt: { select: { name: true } } } },
        _count: { select: { bijdragen: true } },
      },
    }),
    user.role === "WETHOUDER"
      ? Promise.resolve([])
      : prisma.stadsdeel.findMany({
          where: { id: stadsdeelIdFilter(user, "manage") },
          orderBy: { name: "asc" },
          select: { id: true, name: true, buurten: { orderBy: { name: "asc" }, select: { id: true, name: true } } },
        }),
  ]);
  return { focusgebieden, stadsdelen };
}

/** One focusgebied for its staff page, within the user's stadsdelen; with the organisations to choose from for those who may edit. */
export async function getStaffFocusgebied(user: SessionUser, slug: string) {
  const f =
    user.role === "PARTNER" || user.role === "AFDELINGSMEDEWERKER"
      ? null
      : await prisma.focusgebied.findFirst({
          where: { slug, stadsdeelId: stadsdeelIdFilter(user, "read") },
          select: {
            id: true,
            slug: true,
            name: true,
            description: true,
            stadsdeelId: true,
            stadsdeel: { select: { name: true } },
            buurten: { select: { buurt: { select: { code: true, name: true } } } },
            fasen: { select: { fase: true, startsOn: true, endsOn: true } },
            bijdragen: { orderBy: { committedOn: "asc" }, select: { id: true, what: true, committedOn: true, organisation: { select: { name: true } } } },
          },
        });
  if (!f) {
    const exists = await prisma.focusgebied.count({ where: { slug } });
    throw new AppError(exists ? "FORBIDDEN" : "NOT_FOUND", exists ? "Geen toegang." : "Niet gevonden.");
  }
  const canEdit = user.role === "BEHEERDER" || (user.role === "STADSDEELREGISSEUR" && user.stadsdeelIds.includes(f.stadsdeelId));
  const organisations = canEdit
    ? await prisma.organisation.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } })
    : [];
  return { ...f, canEdit, organisations };
}
