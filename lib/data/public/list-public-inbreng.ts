// Public: the inbreng of a stadsdeel's past bijeenkomsten with what was done
// with it — never personal data (no names, no who-logged-it). A filtered,
// paged list, a compact point set for the map, and the same points already
// clustered for one zoom level and viewport (lib/geo/cluster-index.ts).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { FollowUpStatus, InbrengKind } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { type Bbox, clusterIndex, clustersIn } from "@/lib/geo/cluster-index";

export const PUBLIC_PAGE_SIZE = 25;
export const kindOrder = ["GAAT_GOED", "KAN_BETER", "IDEE", "VRAAG"] as const;
export const followUpOrder = ["OPEN", "IN_BEHANDELING", "MELDING", "AGENDA", "AFGEROND", "NIET_OPGEPAKT"] as const;

export type PublicInbrengFilters = { kind?: string; themeId?: string; status?: string; buurtId?: string; page?: number };

function whereFor(stadsdeelId: string, f: PublicInbrengFilters): Prisma.InbrengWhereInput {
  return {
    bijeenkomst: { stadsdeelId, startsAt: { lt: new Date() }, status: { not: "CANCELLED" }, publishedAt: { not: null } },
    ...(f.kind && (kindOrder as readonly string[]).includes(f.kind) ? { kind: f.kind as InbrengKind } : {}),
    ...(f.status && (followUpOrder as readonly string[]).includes(f.status) ? { followUpStatus: f.status as FollowUpStatus } : {}),
    ...(f.themeId ? { themeId: f.themeId } : {}),
    ...(f.buurtId ? { buurtId: f.buurtId } : {}),
  };
}

export async function listPublicInbreng(stadsdeelId: string, f: PublicInbrengFilters) {
  const where = whereFor(stadsdeelId, f);
  const [items, total] = await Promise.all([
    prisma.inbreng.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: ((f.page ?? 1) - 1) * PUBLIC_PAGE_SIZE,
      take: PUBLIC_PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        text: true,
        followUpStatus: true,
        publicAnswer: true,
        answeredAt: true,
        theme: { select: { name: true } },
        buurt: { select: { name: true } },
        bijeenkomst: { select: { title: true, startsAt: true } },
        agendaLinks: { select: { agendaItem: { select: { title: true, isPublic: true } } } },
      },
    }),
    prisma.inbreng.count({ where }),
  ]);
  return { items, total };
}

const round5 = (n: number) => Math.round(n * 1e5) / 1e5; // about 1 m

/** Map points as compact tuples [lat, lng, kind index, follow-up index]. */
export async function listPublicInbrengPoints(stadsdeelId: string, f: PublicInbrengFilters): Promise<[number, number, number, number][]> {
  const rows = await prisma.inbreng.findMany({
    where: { ...whereFor(stadsdeelId, f), lat: { not: null } },
    select: { lat: true, lng: true, kind: true, followUpStatus: true },
  });
  return rows.map((r) => [round5(r.lat!), round5(r.lng!), kindOrder.indexOf(r.kind), followUpOrder.indexOf(r.followUpStatus)]);
}

/** The map's clusters and points for one zoom level inside a viewport, with the total behind the filters. */
export async function listPublicInbrengClusters(stadsdeelId: string, f: PublicInbrengFilters, bbox: Bbox, zoom: number) {
  const where = { ...whereFor(stadsdeelId, f), lat: { not: null } };
  const agg = await prisma.inbreng.aggregate({ where, _count: { _all: true }, _max: { updatedAt: true } });
  const version = `${agg._count._all}:${agg._max.updatedAt?.getTime() ?? 0}`;
  const key = JSON.stringify([stadsdeelId, f.kind ?? "", f.themeId ?? "", f.status ?? "", f.buurtId ?? ""]);
  const entry = await clusterIndex(key, version, () => listPublicInbrengPoints(stadsdeelId, f));
  return { total: entry.total, clusters: clustersIn(entry.index, bbox, zoom) };
}
