// Beheer (beheerder only, refused in the function): what the installation's
// gebiedsindeling and CBS reference figures are now — stadsdelen with their
// buurten, the years of figures per level, and the last import of each.
import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { requireAdministrator } from "@/lib/data/scope";

async function lastImport(action: string) {
  const event = await prisma.auditEvent.findFirst({
    where: { action },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, actorKind: true, details: true, actor: { select: { name: true } } },
  });
  if (!event) return null;
  const details = (event.details ?? {}) as { fileName?: string; source?: string; year?: number };
  return {
    at: event.createdAt,
    by: event.actor?.name ?? (event.actorKind === "system" ? "opdrachtregel of demo" : "onbekend"),
    file: details.fileName ?? details.source ?? null,
    year: details.year ?? null,
  };
}

export async function getAreaOverview(user: SessionUser) {
  requireAdministrator(user);
  const [stadsdelen, wijken, last] = await Promise.all([
    prisma.stadsdeel.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, slug: true, _count: { select: { buurten: true } } } }),
    prisma.wijk.count(),
    lastImport("areas.import"),
  ]);
  return { stadsdelen, wijken, buurten: stadsdelen.reduce((n, s) => n + s._count.buurten, 0), last };
}

export async function getPopulationOverview(user: SessionUser) {
  requireAdministrator(user);
  const [years, buurten, last] = await Promise.all([
    prisma.populationFigure.groupBy({
      by: ["level", "year"],
      where: { ageBand: null },
      _count: { _all: true },
      _sum: { count: true },
      orderBy: [{ year: "desc" }, { level: "asc" }],
    }),
    prisma.buurt.count(),
    lastImport("population.import"),
  ]);
  return {
    years: years.map((y) => ({ level: y.level, year: y.year, areas: y._count._all, inhabitants: y._sum.count ?? 0 })),
    buurten,
    last,
  };
}
