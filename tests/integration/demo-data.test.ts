// The demo generator: deterministic, realistic, and consistent with the
// domain (points inside their buurt, meldingen in every status with a
// history that starts at NIEUW, a staff account per role).
import { describe, expect, it } from "vitest";
import { generateDemo } from "../../lib/demo/generate-demo.ts";
import { type AreaGeometry, containsPoint } from "../../lib/geo/geometry.ts";
import { TEST_DEMO_ANCHOR } from "../setup/constants.ts";
import { createTestDatabase } from "../setup/database.ts";

describe("demo data", () => {
  it("is the same for the same seed and anchor", async () => {
    const a = await createTestDatabase("demo");
    const b = await createTestDatabase();
    const summary = await generateDemo(b.prisma, { anchor: TEST_DEMO_ANCHOR });
    expect(summary.stadsdelen).toBe(7);
    const fingerprint = async (db: typeof a) => {
      const inbreng = await db.prisma.inbreng.findMany({
        orderBy: [{ createdAt: "asc" }, { text: "asc" }, { lat: "asc" }],
        select: { text: true, lat: true, lng: true, kind: true },
      });
      const regs = await db.prisma.registration.groupBy({ by: ["status"], _count: true, orderBy: { status: "asc" } });
      return { inbreng, regs, meldingen: await db.prisma.melding.count(), participants: await db.prisma.participant.count() };
    };
    expect(await fingerprint(b)).toEqual(await fingerprint(a));
  });

  it("puts every inbreng point inside its own buurt, in the bijeenkomst's stadsdeel", async () => {
    const db = await createTestDatabase("demo");
    const inbreng = await db.prisma.inbreng.findMany({
      where: { lat: { not: null } },
      include: { buurt: true, bijeenkomst: { select: { stadsdeelId: true } } },
    });
    expect(inbreng.length).toBeGreaterThan(300);
    for (const i of inbreng) {
      expect(containsPoint(i.buurt!.geometry as unknown as AreaGeometry, i.lng!, i.lat!)).toBe(true);
      expect(i.buurt!.stadsdeelId).toBe(i.bijeenkomst.stadsdeelId);
    }
  });

  it("has meldingen in every status, each history starting at NIEUW and ending at the current status", async () => {
    const db = await createTestDatabase("demo");
    const byStatus = await db.prisma.melding.groupBy({ by: ["status"], _count: true });
    expect(byStatus.map((s) => s.status).sort()).toEqual(["AFGEHANDELD", "AFGEWEZEN", "DOORGEZET", "IN_BEHANDELING", "NIEUW"]);
    const meldingen = await db.prisma.melding.findMany({ include: { history: { orderBy: { changedAt: "asc" } } } });
    for (const m of meldingen) {
      expect(m.history[0].toStatus).toBe("NIEUW");
      expect(m.history.at(-1)!.toStatus).toBe(m.status);
      if (m.status === "AFGEHANDELD" || m.status === "AFGEWEZEN") expect(m.publicAnswer).toBeTruthy();
    }
  });

  it("has staff for every role, scoped as the roles need, and labels people as demo", async () => {
    const db = await createTestDatabase("demo");
    const users = await db.prisma.user.findMany({ include: { stadsdelen: true } });
    const roles = new Set(users.map((u) => u.role));
    expect([...roles].sort()).toEqual(["AFDELINGSMEDEWERKER", "BEHEERDER", "PARTNER", "STADSDEELREGISSEUR", "WETHOUDER"]);
    for (const u of users) {
      expect(u.name).toMatch(/demo/);
      if (u.role === "STADSDEELREGISSEUR") expect(u.stadsdelen.length).toBeGreaterThan(0);
      if (u.role === "AFDELINGSMEDEWERKER") expect(u.departmentId).not.toBeNull();
      if (u.role === "WETHOUDER") expect(u.wethouderStadsdeelId).not.toBeNull();
      if (u.role === "PARTNER") expect(u.organisationId).not.toBeNull();
    }
    expect(await db.prisma.participant.count({ where: { NOT: { email: { endsWith: "@voorbeeld.nl" } } } })).toBe(0);
    expect(await db.prisma.auditEvent.count({ where: { action: "demo.seed" } })).toBe(1);
  });

  it("keeps registrations within capacity and reference figures real (wijken sum to 122,730)", async () => {
    const db = await createTestDatabase("demo");
    const over = await db.prisma.$queryRaw<{ id: string }[]>`
      SELECT b.id FROM "Bijeenkomst" b JOIN "Registration" r ON r."bijeenkomstId" = b.id
      WHERE r.status IN ('CONFIRMED','ATTENDED','NO_SHOW') GROUP BY b.id, b.capacity HAVING sum(r."partySize") > b.capacity`;
    expect(over).toEqual([]);
    const wijken = await db.prisma.populationFigure.aggregate({ where: { level: "WIJK", year: 2023 }, _sum: { count: true } });
    expect(wijken._sum.count).toBe(122_730);
    expect(await db.prisma.populationFigure.count({ where: { level: "BUURT" } })).toBe(0);
  });
});
