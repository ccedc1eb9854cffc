// The indicator catalogue for the cijfers page: every indicator with how
// many values it has and its latest period. All staff read it (it holds no
// personal data); what they may change is decided by the actions.
import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

export async function listIndicators(user: SessionUser) {
  if (user.role === "PARTNER") throw new AppError("FORBIDDEN", "Geen toegang.");
  const [indicators, counts] = await Promise.all([
    prisma.indicator.findMany({ orderBy: [{ derived: "asc" }, { kind: "asc" }, { name: "asc" }] }),
    prisma.indicatorWaarde.groupBy({ by: ["indicatorId"], _count: { _all: true }, _max: { periodEnd: true } }),
  ]);
  const byId = new Map(counts.map((c) => [c.indicatorId, c]));
  return indicators.map((i) => ({ ...i, values: byId.get(i.id)?._count._all ?? 0, latest: byId.get(i.id)?._max.periodEnd ?? null }));
}
