// Reach ("participatiebereik"): who takes part, by buurt and by age band,
// set against the population where reference figures exist. Unique
// participants of the given bijeenkomsten (attended, or confirmed when no
// check-in was done), repeat participation (attended more than once, ever),
// and the pool. Counted live in SQL; the dashboard's reach over whole
// periods comes from its rollups instead. Only counts, and only of the
// stadsdelen the user may read (authorisation in the SQL).
import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { stadsdeelIdFilter } from "../scope";
import { buildReach } from "./build-reach";

export async function getReach(user: SessionUser, scope: { stadsdeelId: string } | { bijeenkomstId: string }) {
  // $1: the bijeenkomst or the stadsdeel; $2: the readable stadsdelen (null: all)
  const where = "bijeenkomstId" in scope ? `b.id = $1` : `b."stadsdeelId" = $1`;
  const key = "bijeenkomstId" in scope ? scope.bijeenkomstId : scope.stadsdeelId;
  const readable = stadsdeelIdFilter(user, "read")?.in ?? null;
  const base = `
    FROM "Registration" r JOIN "Bijeenkomst" b ON b.id = r."bijeenkomstId" JOIN "Participant" p ON p.id = r."participantId"
    WHERE ${where} AND ($2::text[] IS NULL OR b."stadsdeelId" = ANY($2::text[])) AND b.status <> 'CANCELLED' AND r.status IN ('ATTENDED','CONFIRMED','NO_SHOW')`;
  const [byBuurt, byAge, repeat, pool] = await Promise.all([
    prisma.$queryRawUnsafe<{ buurtId: string | null; name: string | null; code: string | null; n: bigint }[]>(
      `SELECT p."buurtId", bu.name, bu.code, count(DISTINCT p.id) AS n ${base.replace('JOIN "Participant" p ON p.id = r."participantId"', 'JOIN "Participant" p ON p.id = r."participantId" LEFT JOIN "Buurt" bu ON bu.id = p."buurtId"')} GROUP BY p."buurtId", bu.name, bu.code ORDER BY n DESC`,
      key,
      readable,
    ),
    prisma.$queryRawUnsafe<{ ageBand: string | null; n: bigint }[]>(
      `SELECT p."ageBand", count(DISTINCT p.id) AS n ${base} GROUP BY p."ageBand"`,
      key,
      readable,
    ),
    prisma.$queryRawUnsafe<{ total: bigint; repeat: bigint }[]>(
      `SELECT count(*) AS total, count(*) FILTER (WHERE k > 1) AS repeat FROM (
         SELECT r."participantId", (SELECT count(*) FROM "Registration" r2 WHERE r2."participantId" = r."participantId" AND r2.status = 'ATTENDED') AS k
         ${base} GROUP BY r."participantId") x`,
      key,
      readable,
    ),
    "stadsdeelId" in scope
      ? prisma.participant.count({
          where: { inPool: true, anonymisedAt: null, buurt: { stadsdeelId: { equals: scope.stadsdeelId, ...stadsdeelIdFilter(user, "read") } } },
        })
      : Promise.resolve(null),
  ]);
  return buildReach({
    total: Number(repeat[0]?.total ?? 0),
    repeat: Number(repeat[0]?.repeat ?? 0),
    pool,
    byBuurt: byBuurt.map((b) => ({ name: b.name, code: b.code, n: Number(b.n) })),
    byAge: byAge.map((a) => ({ ageBand: a.ageBand, n: Number(a.n) })),
  });
}
