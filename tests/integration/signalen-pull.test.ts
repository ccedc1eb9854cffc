// Pulling meldingen from Signalen (a local fake of its private signals API):
// 10,000 signals in pages become exactly the meldingen that lie in the
// gemeente and have a mapped category; a second run adds nothing; a run
// that fails halfway resumes without loss or duplicates; a state change in
// Signalen reaches the portal; unmapped categories wait (listed, counted)
// and are imported once mapped; a refused token stops the pull; and no
// reporter data is stored anywhere in the database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { labelPoint, type AreaGeometry } from "../../lib/geo/geometry.ts";
import { pullSignals } from "../../lib/signalen/pull-signals.ts";
import { getDashboard } from "../../lib/data/dashboard/get-dashboard.ts";
import { getPublicMeldingen } from "../../lib/data/public/get-public-meldingen.ts";
import { refreshDashboardRollups } from "../../lib/jobs/refresh-dashboard-rollups.ts";
import { categoryUrl, REPORTER_DOMAIN, startSignalenFake, type FakeSignal, type SignalenFake } from "../setup/signalen-fake.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;
let fake: SignalenFake;
const TOKEN = "systeemaccount-token";
const mappedA = categoryUrl("wegen", "gat-in-de-weg");
const mappedB = categoryUrl("afval", "grofvuil");
const unmapped = categoryUrl("overlast", "geluid");
const N = 10_000;
const expected = { imported: 9_000, waiting: 500, outside: 500 };

const count = () => db.prisma.melding.count({ where: { origin: "SIGNALEN" } });

beforeAll(async () => {
  db = await createTestDatabase("demo");
  process.env.DATABASE_URL = db.url; // the dashboard reads through lib/db
  const buurten = await db.prisma.buurt.findMany({ select: { geometry: true }, orderBy: { code: "asc" } });
  const points = buurten.map((b) => labelPoint(b.geometry as unknown as AreaGeometry));
  const base = Date.parse("2026-03-01T08:00:00Z");
  const signals: FakeSignal[] = Array.from({ length: N }, (_, k) => {
    const i = k + 1;
    const updated = new Date(base + Math.floor(i / 3) * 1000).toISOString(); // three signals share each second: page boundaries fall inside a timestamp
    const [lng, lat] = i % 20 === 1 ? [4.9, 52.37] : points[i % points.length]; // every 20th is in Amsterdam: not ours
    const state = ["m", "b", "o"][i % 3];
    return {
      id: i,
      text: `Melding ${i} uit Signalen`,
      state,
      stateText: state === "o" ? `Opgelost (${i})` : "",
      lng,
      lat,
      category: i % 20 === 0 ? unmapped : i % 2 ? mappedA : mappedB,
      createdAt: new Date(Date.parse(updated) - 86_400_000).toISOString(),
      updatedAt: updated,
    };
  });
  fake = await startSignalenFake(signals, TOKEN);
  const [weg, afval] = await db.prisma.meldingCategory.findMany({ where: { defaultDepartmentId: { not: null } }, orderBy: { slug: "asc" }, take: 2 });
  await db.prisma.signalenCategory.createMany({
    data: [
      { path: "/signals/v1/public/terms/categories/wegen/sub_categories/gat-in-de-weg", categoryId: weg.id },
      { path: "/signals/v1/public/terms/categories/afval/sub_categories/grofvuil", categoryId: afval.id },
    ],
  });
  await db.prisma.meldingSource.create({ data: { baseUrl: fake.url, token: TOKEN } });
});
afterAll(() => fake?.close());

describe("pulling meldingen from Signalen", () => {
  it("a run that fails halfway keeps what it committed; the next run completes without loss or duplicates", async () => {
    fake.failRequest(40);
    const first = await pullSignals(db.prisma);
    expect(first).toMatchObject({ pages: 39, status: "fout" });
    const partial = await count();
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(expected.imported);
    const source = await db.prisma.meldingSource.findUniqueOrThrow({ where: { id: "signalen" } });
    expect(source.lastError).toContain("status 500");
    const second = await pullSignals(db.prisma);
    expect(second?.status).toBe("verbonden");
    expect(await count()).toBe(expected.imported);
    const distinct = await db.prisma.$queryRaw<{ n: number }[]>`SELECT count(DISTINCT "externalId")::int AS n FROM "Melding" WHERE origin = 'SIGNALEN'`;
    expect(distinct[0].n).toBe(expected.imported);
    // the cursor resumed where the committed pages ended: the second run did not start from the beginning
    expect(fake.requests.filter((r) => r.searchParams.has("updated_after")).length).toBeGreaterThan(0);
  });

  it("stores what Signalen says: status, closing text, place in our buurten, SIG number — and a second run adds nothing", async () => {
    const closed = await db.prisma.melding.findFirstOrThrow({ where: { origin: "SIGNALEN", externalId: "11" }, include: { buurt: true } });
    expect(closed).toMatchObject({
      status: "AFGEHANDELD",
      externalState: "o",
      publicAnswer: "Opgelost (11)",
      externalReference: "SIG-11",
      description: "Melding 11 uit Signalen",
    });
    expect(closed.closedAt).not.toBeNull();
    expect(closed.buurt).not.toBeNull();
    expect((await db.prisma.melding.findFirstOrThrow({ where: { origin: "SIGNALEN", externalId: "4" } })).status).toBe("IN_BEHANDELING");
    const before = await count();
    const again = await pullSignals(db.prisma);
    expect(again?.status).toBe("verbonden");
    expect(await count()).toBe(before);
    expect(again!.pages).toBeLessThanOrEqual(2); // only from the cursor on
  });

  it("a state change in Signalen reaches the portal at the next pull", async () => {
    fake.setState(10, "o", "Het gat is gedicht.");
    await pullSignals(db.prisma);
    expect(await db.prisma.melding.findFirstOrThrow({ where: { origin: "SIGNALEN", externalId: "10" } })).toMatchObject({
      status: "AFGEHANDELD",
      publicAnswer: "Het gat is gedicht.",
    });
  });

  it("an unmapped category is listed with its waiting signals, which are imported once it is mapped", async () => {
    const row = await db.prisma.signalenCategory.findUniqueOrThrow({ where: { path: "/signals/v1/public/terms/categories/overlast/sub_categories/geluid" } });
    expect(row).toMatchObject({ categoryId: null, waiting: expected.waiting });
    expect(await db.prisma.signalenWaiting.count()).toBe(expected.waiting);
    const category = await db.prisma.meldingCategory.findFirstOrThrow({ where: { defaultDepartmentId: { not: null } }, orderBy: { slug: "desc" } });
    await db.prisma.signalenCategory.update({ where: { path: row.path }, data: { categoryId: category.id } });
    const r = await pullSignals(db.prisma);
    expect(r!.imported).toBeGreaterThanOrEqual(expected.waiting);
    expect(await count()).toBe(expected.imported + expected.waiting);
    expect(await db.prisma.signalenWaiting.count()).toBe(0);
  });

  it("the dashboard counts the meldingen from Signalen with the portal's own, per stadsdeel, equal to direct SQL", async () => {
    await refreshDashboardRollups(db.prisma);
    const d = await getDashboard({ from: new Date("2020-01-01T00:00:00Z"), to: new Date("2030-01-01T00:00:00Z"), stadsdeelIds: null, themeId: null });
    const direct = await db.prisma.melding.groupBy({ by: ["stadsdeelId"], where: { status: { in: ["NIEUW", "DOORGEZET", "IN_BEHANDELING"] } }, _count: true });
    expect(Object.fromEntries(d.perStadsdeel.map((s) => [s.id, s.meldingenOpen]))).toEqual(
      Object.fromEntries(d.perStadsdeel.map((s) => [s.id, direct.find((r) => r.stadsdeelId === s.id)?._count ?? 0])),
    );
    const external = await db.prisma.melding.count({ where: { origin: "SIGNALEN", status: { in: ["NIEUW", "IN_BEHANDELING"] } } });
    expect(external).toBeGreaterThan(5000);
    const total = Object.values(d.meldingen.byStatus).reduce((a, b) => a + b, 0);
    expect(total).toBe(
      await db.prisma.melding.count({ where: { createdAt: { gte: new Date("2020-01-01T00:00:00Z"), lt: new Date("2030-01-01T00:00:00Z") } } }),
    );
  });

  it("with an origin filter every melding figure counts that origin only, equal to direct SQL; per buurt and per 1,000 inhabitants too", async () => {
    // inhabitants for three buurten, as a beheerder imports CBS Kerncijfers; the others have none
    const counted = await db.prisma.buurt.findMany({ where: { meldingen: { some: { origin: "SIGNALEN" } } }, orderBy: { code: "asc" }, take: 3 });
    await db.prisma.populationFigure.createMany({
      data: counted.map((b, i) => ({ level: "BUURT", areaCode: b.code, year: 2099, count: [1000, 2500, 400][i], source: "test" })),
    });
    await refreshDashboardRollups(db.prisma);
    const period = { from: new Date("2020-01-01T00:00:00Z"), to: new Date("2030-01-01T00:00:00Z"), stadsdeelIds: null, themeId: null };
    for (const origin of ["SIGNALEN", "PORTAAL"] as const) {
      const d = await getDashboard({ ...period, origin });
      const byStatus = await db.prisma.melding.groupBy({ by: ["status"], where: { origin }, _count: true });
      expect(d.meldingen.byStatus).toEqual(Object.fromEntries(byStatus.map((r) => [r.status, r._count])));
      const open = await db.prisma.melding.groupBy({
        by: ["stadsdeelId"],
        where: { origin, status: { in: ["NIEUW", "DOORGEZET", "IN_BEHANDELING"] } },
        _count: true,
      });
      expect(Object.fromEntries(d.perStadsdeel.map((s) => [s.id, s.meldingenOpen]))).toEqual(
        Object.fromEntries(d.perStadsdeel.map((s) => [s.id, open.find((r) => r.stadsdeelId === s.id)?._count ?? 0])),
      );
      const perBuurt = await db.prisma.$queryRaw<{ code: string; n: number; per: number | null }[]>`
        SELECT b.code, count(m.id)::int AS n,
               (SELECT count(m.id)::float8 * 1000 / nullif(p.count, 0) FROM "PopulationFigure" p
                WHERE p.level = 'BUURT' AND p."ageBand" IS NULL AND p."areaCode" = b.code
                  AND p.year = (SELECT max(year) FROM "PopulationFigure" WHERE level = 'BUURT' AND "ageBand" IS NULL)) AS per
        FROM "Buurt" b LEFT JOIN "Melding" m ON m."buurtId" = b.id AND m.origin = ${origin}::"MeldingOrigin"
        GROUP BY b.code`;
      expect(Object.fromEntries(d.meldingen.perBuurt.rows.map((r) => [r.code, [r.n, r.perThousand === null ? null : r.perThousand.toFixed(6)]]))).toEqual(
        Object.fromEntries(perBuurt.map((r) => [r.code, [r.n, r.per === null ? null : r.per.toFixed(6)]])),
      );
    }
    const signalen = await getDashboard({ ...period, origin: "SIGNALEN" });
    const rated = signalen.meldingen.perBuurt.rows.filter((r) => r.perThousand !== null);
    expect(rated.map((r) => r.code).sort()).toEqual(counted.map((b) => b.code));
    expect(signalen.meldingen.perBuurt.rows.slice(0, 3)).toEqual([...rated].sort((a, b) => b.perThousand! - a.perThousand!)); // highest rate first, buurten without figures after
    await db.prisma.populationFigure.deleteMany({ where: { source: "test" } });
  });

  it("the public stadsdeel page counts meldingen of every origin over the last twelve months, equal to direct SQL", async () => {
    await refreshDashboardRollups(db.prisma);
    const stadsdelen = await db.prisma.stadsdeel.findMany();
    for (const sd of stadsdelen) {
      const p = await getPublicMeldingen(sd.id);
      const where = { stadsdeelId: sd.id, createdAt: { gte: p.from } };
      expect([p.total, p.closed]).toEqual([
        await db.prisma.melding.count({ where }),
        await db.prisma.melding.count({ where: { ...where, closedAt: { not: null } } }),
      ]);
      expect(p.perBuurt.rows.reduce((s, b) => s + b.n, 0)).toBe(await db.prisma.melding.count({ where: { ...where, buurtId: { not: null } } }));
      expect(p.trend).toHaveLength(13);
    }
    expect(
      await db.prisma.melding.count({ where: { origin: "SIGNALEN", createdAt: { gte: (await getPublicMeldingen(stadsdelen[0].id)).from } } }),
    ).toBeGreaterThan(0);
  });

  it("no reporter data is stored anywhere: no table holds a reporter's e-mail address or phone number", async () => {
    const tables = await db.prisma.$queryRaw<
      { t: string }[]
    >`SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`;
    const hits: string[] = [];
    for (const { t } of tables) {
      const [row] = await db.prisma.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM "${t}" x WHERE x::text LIKE '%${REPORTER_DOMAIN}%' OR x::text LIKE '%0600000009%'`,
      );
      if (row.n) hits.push(`${t}: ${row.n}`);
    }
    expect(hits).toEqual([]);
    expect(tables.length).toBeGreaterThan(20);
  });

  it("a backfill reads history by created_at windows of 30 days and ends; nothing is doubled", async () => {
    const before = await count();
    const asked = fake.requests.length;
    await db.prisma.meldingSource.update({
      where: { id: "signalen" },
      data: { backfillCursor: new Date("2026-01-01T00:00:00Z"), backfillUntil: new Date("2026-04-15T00:00:00Z") },
    });
    const r = await pullSignals(db.prisma);
    expect(r).toMatchObject({ status: "verbonden", backfillAt: null });
    const windows = fake.requests.slice(asked).filter((u) => u.searchParams.get("ordering") === "created_at" && !u.searchParams.has("page"));
    expect(windows.map((u) => u.searchParams.get("created_after"))).toEqual([
      "2026-01-01T00:00:00.000Z",
      "2026-01-31T00:00:00.000Z",
      "2026-03-02T00:00:00.000Z",
      "2026-04-01T00:00:00.000Z",
    ]);
    expect(windows.at(-1)!.searchParams.get("created_before")).toBe("2026-04-15T00:00:00.000Z");
    expect(await count()).toBe(before);
    expect(await db.prisma.meldingSource.findUniqueOrThrow({ where: { id: "signalen" } })).toMatchObject({ backfillCursor: null, backfillUntil: null });
  });

  it("with OIDC client credentials the pull asks the identity provider for a token once and reuses it", async () => {
    const idp = await startSignalenFake(fake.signals.slice(0, 250), TOKEN, { clientId: "stadsdeelportaal", clientSecret: "client-geheim" });
    try {
      await db.prisma.meldingSource.update({
        where: { id: "signalen" },
        data: { baseUrl: idp.url, authKind: "oidc", issuerUrl: `${idp.url}/oidc`, clientId: "stadsdeelportaal", token: "client-geheim", cursor: null },
      });
      const r = await pullSignals(db.prisma);
      expect(r).toMatchObject({ status: "verbonden", pages: 3 });
      expect(idp.tokensIssued()).toBe(1);
      await db.prisma.meldingSource.update({ where: { id: "signalen" }, data: { token: "verkeerd-geheim" } });
      const refused = await pullSignals(db.prisma);
      expect(refused).toMatchObject({ status: "niet verbonden" });
      expect(refused!.error).toBe(
        "De identity provider weigert het portaal (invalid_client). Controleer client-id en secret; tot dan wordt niet meer opgehaald.",
      );
    } finally {
      await idp.close();
      await db.prisma.meldingSource.update({
        where: { id: "signalen" },
        data: { baseUrl: fake.url, authKind: "token", issuerUrl: null, clientId: null, token: TOKEN, status: "verbonden", lastError: null },
      });
    }
  });

  it("a refused token marks the source 'niet verbonden' and stops asking until it is fixed", async () => {
    await db.prisma.meldingSource.update({ where: { id: "signalen" }, data: { token: "verlopen" } });
    const refused = await pullSignals(db.prisma);
    expect(refused).toMatchObject({ status: "niet verbonden" });
    expect(refused!.error).toContain("401");
    const asked = fake.requests.length;
    expect((await pullSignals(db.prisma))?.status).toBe("niet verbonden");
    expect(fake.requests.length).toBe(asked); // no retry storm
  });
});
