// Staff: the stadsdelen for the dashboard's choice and map (names and outlines are public),
// and the ones the figures cover for this user — the chosen slug narrowed to
// what the user may read (scopedStadsdelen), so authorisation stays in the data.
import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { scopedStadsdelen } from "./dashboard-filters";

export async function listDashboardStadsdelen(user: SessionUser, slug: string | undefined) {
  const all = await prisma.stadsdeel.findMany({ orderBy: { name: "asc" }, select: { id: true, slug: true, name: true, outline: true } });
  const chosen = all.filter((s) => s.slug === slug).map((s) => s.id);
  return { all, stadsdeelIds: scopedStadsdelen(user, chosen) };
}
