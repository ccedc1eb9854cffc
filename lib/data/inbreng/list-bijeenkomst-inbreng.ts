// Staff: the inbreng logged for one bijeenkomst, in the shape the map
// editor uses. The caller checks access to the bijeenkomst.
import "server-only";
import type { LoggedInbreng } from "@/lib/actions/inbreng/create-inbreng";
import { prisma } from "@/lib/db";

export async function listBijeenkomstInbreng(bijeenkomstId: string): Promise<LoggedInbreng[]> {
  const rows = await prisma.inbreng.findMany({
    where: { bijeenkomstId },
    orderBy: { createdAt: "asc" },
    select: { id: true, kind: true, themeId: true, text: true, tafelId: true, lat: true, lng: true, buurtId: true, buurt: { select: { name: true } } },
  });
  return rows.map(({ buurt, ...r }) => ({ ...r, buurtId: r.buurtId ?? "", buurtName: buurt?.name ?? "—" }));
}
