// Staff: the inbreng logged for one bijeenkomst, in the shape the map
// editor uses; only within the user's scope (authorisation in the where).
import "server-only";
import type { LoggedInbreng } from "@/lib/actions/inbreng/create-inbreng";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { inbrengWhere } from "../scope";

export async function listBijeenkomstInbreng(user: SessionUser, bijeenkomstId: string): Promise<LoggedInbreng[]> {
  const rows = await prisma.inbreng.findMany({
    where: { bijeenkomstId, ...inbrengWhere(user) },
    orderBy: { createdAt: "asc" },
    select: { id: true, kind: true, themeId: true, text: true, tafelId: true, lat: true, lng: true, buurtId: true, buurt: { select: { name: true } } },
  });
  return rows.map(({ buurt, ...r }) => ({ ...r, buurtId: r.buurtId ?? "", buurtName: buurt?.name ?? "—" }));
}
