// Staff: key figures per stadsdeel the user may read (authorisation in the
// where): upcoming bijeenkomsten, inbreng still without follow-up, open and
// overdue meldingen, verslagen not sent. A wethouder's own stadsdeel first.
import "server-only";
import { type SessionUser, readableStadsdeelIds } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

export type StadsdeelOverview = {
  id: string;
  slug: string;
  name: string;
  own: boolean;
  upcoming: number;
  inbrengOpen: number;
  meldingenOpen: number;
  meldingenOverdue: number;
  verslagenDue: number;
};

export async function listStadsdeelOverviews(user: SessionUser): Promise<StadsdeelOverview[]> {
  const ids = readableStadsdeelIds(user);
  if (ids && ids.length === 0) return [];
  const where = ids ? { id: { in: ids } } : {};
  const now = new Date();
  const stadsdelen = await prisma.stadsdeel.findMany({ where, orderBy: { name: "asc" }, select: { id: true, slug: true, name: true } });
  const scope = { stadsdeelId: { in: stadsdelen.map((s) => s.id) } };
  const [upcoming, inbrengOpen, meldingenOpen, meldingenOverdue, verslagenDue] = await Promise.all([
    prisma.bijeenkomst.groupBy({ by: ["stadsdeelId"], where: { ...scope, status: "PLANNED", startsAt: { gte: now } }, _count: true }),
    prisma.$queryRaw<{ stadsdeelId: string; n: bigint }[]>`
      SELECT b."stadsdeelId", count(*) AS n FROM "Inbreng" i JOIN "Bijeenkomst" b ON b.id = i."bijeenkomstId"
      WHERE i."followUpStatus" = 'OPEN' AND b."stadsdeelId" = ANY(${stadsdelen.map((s) => s.id)}) GROUP BY b."stadsdeelId"`,
    prisma.melding.groupBy({ by: ["stadsdeelId"], where: { ...scope, status: { in: ["NIEUW", "DOORGEZET", "IN_BEHANDELING"] } }, _count: true }),
    prisma.melding.groupBy({
      by: ["stadsdeelId"],
      where: { ...scope, status: { in: ["NIEUW", "DOORGEZET", "IN_BEHANDELING"] }, dueAt: { lt: now } },
      _count: true,
    }),
    prisma.$queryRaw<{ stadsdeelId: string; n: bigint }[]>`
      SELECT b."stadsdeelId", count(*) AS n FROM "Verslag" v JOIN "Bijeenkomst" b ON b.id = v."bijeenkomstId"
      WHERE b."stadsdeelId" = ANY(${stadsdelen.map((s) => s.id)})
        AND NOT EXISTS (SELECT 1 FROM "VerslagVersion" vv WHERE vv."verslagId" = v.id AND vv."sentAt" IS NOT NULL)
      GROUP BY b."stadsdeelId"`,
  ]);
  const count = (rows: { stadsdeelId: string; _count: number }[], id: string) => rows.find((r) => r.stadsdeelId === id)?._count ?? 0;
  const countRaw = (rows: { stadsdeelId: string; n: bigint }[], id: string) => Number(rows.find((r) => r.stadsdeelId === id)?.n ?? 0);
  const overviews = stadsdelen.map((s) => ({
    ...s,
    own: user.wethouderStadsdeelId === s.id || user.stadsdeelIds.includes(s.id),
    upcoming: count(upcoming, s.id),
    inbrengOpen: countRaw(inbrengOpen, s.id),
    meldingenOpen: count(meldingenOpen, s.id),
    meldingenOverdue: count(meldingenOverdue, s.id),
    verslagenDue: countRaw(verslagenDue, s.id),
  }));
  return overviews.sort((a, b) => Number(b.own) - Number(a.own) || a.name.localeCompare(b.name, "nl"));
}
