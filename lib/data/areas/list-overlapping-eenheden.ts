// Staff: "valt ook onder" on a stadsdeel's page — the units of afwijkende
// gebiedsindelingen valid today that hold buurten of this stadsdeel, with
// their owner and how many of the stadsdeel's buurten (who to invite to the
// tafel). For those who may read the stadsdeel's staff pages.
import "server-only";
import { canViewStadsdeel, type SessionUser } from "@/lib/auth/permissions";
import { todayKey } from "@/lib/datetime";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

export async function listOverlappingEenheden(user: SessionUser, stadsdeelId: string) {
  if (!canViewStadsdeel(user, stadsdeelId)) throw new AppError("FORBIDDEN", "Geen toegang.");
  const today = new Date(`${todayKey()}T00:00:00Z`);
  const rows = await prisma.gebiedsEenheid.findMany({
    where: {
      buurten: { some: { buurt: { stadsdeelId } } },
      indeling: { validFrom: { lte: today }, OR: [{ validTo: null }, { validTo: { gte: today } }] },
    },
    orderBy: [{ indeling: { name: "asc" } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      indeling: { select: { name: true, ownerDepartment: { select: { name: true } }, ownerOrganisation: { select: { name: true } } } },
      buurten: { where: { buurt: { stadsdeelId } }, select: { buurt: { select: { name: true } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    unit: r.name,
    indeling: r.indeling.name,
    owner: r.indeling.ownerDepartment?.name ?? r.indeling.ownerOrganisation?.name ?? "",
    buurten: r.buurten.map((b) => b.buurt.name).sort((a, b) => a.localeCompare(b, "nl")),
  }));
}
