// One rule for time: the database holds UTC and every connection of the
// portal runs in UTC — tested against a server whose time zone is
// Europe/Amsterdam, where registration used to close an hour early. Dashboard
// months are Dutch calendar months. Dates in forms are strict.
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { registerAction } from "../../lib/actions/registration/register-for-bijeenkomst.ts";
import { getDashboard } from "../../lib/data/dashboard/get-dashboard.ts";
import { periodFrom } from "../../lib/data/dashboard/dashboard-filters.ts";
import { fromLocalInput } from "../../lib/datetime.ts";
import { refreshDashboardRollups } from "../../lib/jobs/refresh-dashboard-rollups.ts";
import { createPrismaClient, type PrismaClient } from "../../lib/prisma-client.ts";
import { createBijeenkomstSchema } from "../../lib/validation/bijeenkomst.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;
let amsterdam: PrismaClient;

beforeAll(async () => {
  db = await createTestDatabase("demo");
  process.env.DATABASE_URL = db.url; // lib/db's client, used by the dashboard query
  await db.prisma.$executeRawUnsafe(`ALTER DATABASE "${db.name}" SET timezone TO 'Europe/Amsterdam'`);
  amsterdam = createPrismaClient(db.url, { max: 2 }); // new connections: the database's default zone applies, unless the client sets its own
  return () => amsterdam.$disconnect();
});

describe("a PostgreSQL server in Europe/Amsterdam", () => {
  it("really is in Amsterdam time for a plain client, and in UTC for the portal's", async () => {
    const plain = new pg.Client({ connectionString: db.url });
    await plain.connect();
    expect((await plain.query("SHOW timezone")).rows[0].TimeZone).toBe("Europe/Amsterdam");
    await plain.end();
    expect((await amsterdam.$queryRaw<{ TimeZone: string }[]>`SHOW timezone`)[0].TimeZone).toBe("UTC");
  });

  it("keeps registration open until the meeting starts (it used to close an hour early)", async () => {
    const buurt = await amsterdam.buurt.findFirstOrThrow();
    const b = await amsterdam.bijeenkomst.create({
      data: {
        kind: "WIJKGESPREK",
        title: "Over een half uur",
        stadsdeelId: buurt.stadsdeelId,
        startsAt: new Date(Date.now() + 30 * 60_000),
        endsAt: new Date(Date.now() + 150 * 60_000),
        locationName: "X",
        address: "Y",
        capacity: 5,
      },
    });
    const r = await registerAction.run(
      { bijeenkomstId: b.id, name: "Laatkomer", email: "laat@voorbeeld.nl", buurtId: buurt.id, partySize: "1", consent: "on" },
      amsterdam,
      "192.0.2.1",
    );
    expect(r.ok && r.data.status).toBe("CONFIRMED");
    const [row] = await amsterdam.$queryRaw<
      { diff: number }[]
    >`SELECT abs(extract(epoch FROM "createdAt" - ${new Date()}::timestamp))::float AS diff FROM "Registration" WHERE "bijeenkomstId" = ${b.id}`;
    expect(row.diff).toBeLessThan(120); // stored as UTC, not as Amsterdam wall time
  });
});

describe("dashboard months are Dutch months", () => {
  it("a melding made on 1 March at 00:30 in Amsterdam (28 February 23:30 UTC) counts in March", async () => {
    const m = await db.prisma.melding.findFirstOrThrow();
    const at = new Date("2031-02-28T23:30:00Z");
    await db.prisma.melding.create({
      data: { categoryId: m.categoryId, departmentId: m.departmentId, stadsdeelId: m.stadsdeelId, description: "Tijdzonetest", dueAt: at, createdAt: at },
    });
    await refreshDashboardRollups(db.prisma);
    const count = async (van: string) => {
      const p = periodFrom({ van, tot: van });
      const d = await getDashboard({ from: p.from, to: p.to, stadsdeelIds: null, themeId: null });
      return Object.values(d.meldingen.byStatus).reduce((s, n) => s + n, 0);
    };
    expect(await count("2031-03")).toBe(1);
    expect(await count("2031-02")).toBe(0);
    expect(periodFrom({ periode: "2031" }).from.toISOString()).toBe("2030-12-31T23:00:00.000Z");
  });
});

describe("strict dates", () => {
  it("refuses 31 February and 25:00 instead of rolling them over", () => {
    expect(fromLocalInput("2026-02-31T10:00")).toBeNull();
    expect(fromLocalInput("2026-03-01T25:00")).toBeNull();
    expect(fromLocalInput("2026-03-29T02:30")).not.toBeNull();
    const parsed = createBijeenkomstSchema.safeParse({
      stadsdeelId: "x",
      kind: "WIJKGESPREK",
      title: "T",
      startsAt: "2026-02-31T19:00",
      endsAt: "2026-02-31T21:00",
      locationName: "X",
      address: "Y",
      capacity: "10",
    });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues.map((i) => i.message).join(" ")).toMatch(/geen geldige datum/);
  });
});
