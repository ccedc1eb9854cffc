// The public inbreng map clustered on the server: the clusters and points of
// one zoom level and viewport add up to every public point (as direct SQL
// counts them), close in they are single points with their kind, a cluster
// says at which zoom it opens, the filters apply, a write shows on the next
// request (the index is rebuilt when the points change), and the answer
// holds nothing but numbers.
import { beforeAll, describe, expect, it } from "vitest";
import { listPublicInbrengClusters, listPublicInbrengPoints } from "../../lib/data/public/list-public-inbreng.ts";
import { parseBbox } from "../../lib/geo/cluster-index.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;
let stadsdeelId: string;
const world = [-180, -85, 180, 85] as [number, number, number, number];
const publicCount = async (extra = "") => {
  const [r] = await db.prisma.$queryRawUnsafe<{ n: number }[]>(
    `
    SELECT count(*)::int AS n FROM "Inbreng" i JOIN "Bijeenkomst" b ON b.id = i."bijeenkomstId"
    WHERE b."stadsdeelId" = $1 AND b."startsAt" < now() AND b.status <> 'CANCELLED' AND b."publishedAt" IS NOT NULL AND i.lat IS NOT NULL ${extra}`,
    stadsdeelId,
  );
  return r.n;
};
const sum = (clusters: number[][]) => clusters.reduce((n, c) => n + c[2], 0);

beforeAll(async () => {
  db = await createTestDatabase("demo");
  process.env.DATABASE_URL = db.url;
  stadsdeelId = (await db.prisma.stadsdeel.findUniqueOrThrow({ where: { slug: "noord" } })).id;
});

describe("the public map's clusters", () => {
  it("add up to every public point at every zoom level; close in they are single points with their kind", async () => {
    const expected = await publicCount();
    expect(expected).toBeGreaterThan(20);
    for (const z of [8, 12, 14, 16]) {
      const r = await listPublicInbrengClusters(stadsdeelId, {}, world, z);
      expect(r.total).toBe(expected);
      expect(sum(r.clusters)).toBe(expected);
    }
    const wide = await listPublicInbrengClusters(stadsdeelId, {}, world, 10);
    expect(wide.clusters.length).toBeLessThan(expected); // clustered
    for (const c of wide.clusters.filter((t) => t.length === 5)) expect(c[4]).toBeGreaterThan(10); // opens further in
    const [p] = await listPublicInbrengPoints(stadsdeelId, {});
    const near = await listPublicInbrengClusters(stadsdeelId, {}, [p[1] - 1e-4, p[0] - 1e-4, p[1] + 1e-4, p[0] + 1e-4], 18);
    expect(near.clusters).toContainEqual([p[0], p[1], 1, p[2]]);
    expect(JSON.stringify(near)).toMatch(/^[{}[\]",:a-z0-9.\-]+$/); // numbers and the two keys only
  });

  it("applies the filters and shows a write on the next request", async () => {
    const open = await listPublicInbrengClusters(stadsdeelId, { status: "OPEN" }, world, 12);
    expect(open.total).toBe(await publicCount(`AND i."followUpStatus" = 'OPEN'`));
    const before = (await listPublicInbrengClusters(stadsdeelId, {}, world, 12)).total;
    const b = await db.prisma.bijeenkomst.findFirstOrThrow({
      where: { stadsdeelId, startsAt: { lt: new Date() }, status: { not: "CANCELLED" }, publishedAt: { not: null } },
    });
    const buurt = await db.prisma.buurt.findFirstOrThrow({ where: { stadsdeelId } });
    const theme = await db.prisma.theme.findFirstOrThrow();
    const [p] = await listPublicInbrengPoints(stadsdeelId, {});
    const added = await db.prisma.inbreng.create({
      data: { bijeenkomstId: b.id, kind: "IDEE", themeId: theme.id, text: "Nieuw punt (test)", lat: p[0] + 0.0005, lng: p[1], buurtId: buurt.id },
    });
    expect((await listPublicInbrengClusters(stadsdeelId, {}, world, 12)).total).toBe(before + 1);
    await db.prisma.inbreng.update({ where: { id: added.id }, data: { followUpStatus: "AFGEROND" } });
    expect((await listPublicInbrengClusters(stadsdeelId, { status: "OPEN" }, world, 12)).total).toBe(open.total);
    expect((await listPublicInbrengClusters(stadsdeelId, { status: "AFGEROND" }, world, 12)).total).toBe(
      await publicCount(`AND i."followUpStatus" = 'AFGEROND'`),
    );
    await db.prisma.inbreng.delete({ where: { id: added.id } });
    expect((await listPublicInbrengClusters(stadsdeelId, {}, world, 12)).total).toBe(before);
  });

  it("reads a viewport only when it is one", () => {
    expect(parseBbox("5.6,50.8,5.8,50.9")).toEqual([5.6, 50.8, 5.8, 50.9]);
    for (const bad of [null, "", "1,2,3", "a,b,c,d", "5.8,50.8,5.6,50.9", "5,95,6,96", "Infinity,1,2,3"]) expect(parseBbox(bad)).toBeNull();
  });
});
