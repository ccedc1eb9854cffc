// Documents of the stadsdeelanalyse. Listing: the public see the public ones
// whose openbaar-vanaf date has come; staff who may read the stadsdeel see
// all of it (and the city-wide ones). Reading one: the same rule in the
// query — anything else is not found, so a hidden document's existence is
// not given away.
import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { stadsdeelIdFilter } from "../scope";

const publicNow = () => ({ isPublic: true, OR: [{ openbaarVanaf: null }, { openbaarVanaf: { lte: new Date() } }] });

function visible(user: SessionUser | null) {
  if (!user || user.role === "PARTNER" || user.role === "AFDELINGSMEDEWERKER") return publicNow();
  const ids = stadsdeelIdFilter(user, "read");
  return { OR: [publicNow(), { stadsdeelId: null }, ...(ids ? [{ stadsdeelId: ids }] : [{ stadsdeelId: { not: null } }])] };
}

export async function listDocuments(user: SessionUser | null, stadsdeelId: string) {
  return prisma.document.findMany({
    where: { AND: [{ OR: [{ stadsdeelId }, { stadsdeelId: null }] }, visible(user)] },
    orderBy: [{ year: "desc" }, { title: "asc" }],
    select: { id: true, title: true, kind: true, year: true, fileName: true, size: true, isPublic: true, openbaarVanaf: true, stadsdeelId: true },
  });
}

export async function getDocument(user: SessionUser | null, id: string) {
  const d = await prisma.document.findFirst({ where: { AND: [{ id }, visible(user)] }, select: { fileName: true, mimeType: true, content: true } });
  if (!d) throw new AppError("NOT_FOUND", "Niet gevonden.");
  return d;
}
