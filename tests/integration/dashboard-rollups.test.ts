// The incremental dashboard rollups: after random changes to old and new
// months (meldingen, inbreng, registrations, evaluations, bijeenkomsten,
// residents) the worker's refresh, which adds up the meldingen deltas and
// recounts only what the change triggers noted, leaves every rollup table exactly as a full rebuild from
// the base tables would; an open melding passing its due moment is counted
// as overdue by the next refresh without any row changing; a change
// committed while a refresh runs is counted by the next one; and the
// dashboard shows a change to an old month as direct SQL counts it.
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { getDashboard } from "../../lib/data/dashboard/get-dashboard.ts";
import { createRandom } from "../../lib/demo/random.ts";
import { rebuildDashboardRollups, refreshDashboardRollups } from "../../lib/jobs/refresh-dashboard-rollups.ts";
import { TEST_DEMO_ANCHOR } from "../setup/constants.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;
const DAY = 86_400_000;
const ROLLUPS = [
  "dashboard_melding_month",
  "dashboard_melding_month_all",
  "dashboard_melding_close",
  "dashboard_melding_close_all",
  "dashboard_melding_buurt",
  "dashboard_inbreng",
  "dashboard_bijeenkomst",
  "dashboard_reach",
  "dashboard_attendance",
];

beforeAll(async () => {
  db = await createTestDatabase("demo");
  process.env.DATABASE_URL = db.url;
});

/** Every rollup's rows, sorted, as text. */
async function snapshot(): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of [...ROLLUPS, "dashboard_pool"]) {
    const rows = await db.prisma.$queryRawUnsafe<{ r: string }[]>(
      `SELECT to_jsonb(t)::text AS r FROM ${t.startsWith("dashboard_pool") ? t : `rollup.${t}`} t ORDER BY 1`,
    );
    out[t] = rows.map((x) => x.r);
  }
  return out;
}

async function pendingChanges(): Promise<number> {
  const [row] = await db.prisma.$queryRaw<
    { n: bigint }[]
  >`SELECT (SELECT count(*) FROM rollup.dashboard_change) + (SELECT count(*) FROM rollup.melding_delta) AS n`;
  return Number(row.n);
}

/** The refresh, then a rebuild: both must leave the same rows. */
async function expectRefreshEqualsRebuild() {
  await refreshDashboardRollups(db.prisma);
  expect(await pendingChanges()).toBe(0);
  const incremental = await snapshot();
  await rebuildDashboardRollups(db.prisma);
  const full = await snapshot();
  for (const t of Object.keys(full)) expect({ table: t, rows: incremental[t] }).toEqual({ table: t, rows: full[t] });
  expect(full.dashboard_melding_month.length).toBeGreaterThan(10);
}

describe("incremental dashboard rollups", () => {
  it("equal a full rebuild after random changes to old and new months", async () => {
    const rnd = createRandom(17);
    const p = db.prisma;
    const now = TEST_DEMO_ANCHOR.getTime(); // "today" of the demo data
    const meldingen = await p.melding.findMany({ orderBy: { id: "asc" } });
    const old = meldingen.filter((m) => m.createdAt.getTime() < now - 180 * DAY);
    const recent = meldingen.filter((m) => m.createdAt.getTime() >= now - 60 * DAY);
    expect(old.length).toBeGreaterThan(5);
    expect(recent.length).toBeGreaterThan(5);
    const departments = await p.department.findMany();
    const themes = await p.theme.findMany();
    for (let round = 0; round < 3; round++) {
      for (const m of [rnd.pick(old), rnd.pick(old), rnd.pick(recent), rnd.pick(recent)]) {
        const closed = rnd.chance(0.5);
        await p.melding.update({
          where: { id: m.id },
          data: {
            status: closed ? "AFGEHANDELD" : "IN_BEHANDELING",
            closedAt: closed ? new Date(m.createdAt.getTime() + rnd.int(1, 40) * DAY) : null,
            publicAnswer: closed ? "Opgelost (rollup-test)." : null,
            themeId: rnd.chance(0.3) ? rnd.pick(themes).id : m.themeId,
            departmentId: rnd.pick(departments).id,
            dueAt: new Date(m.createdAt.getTime() + rnd.int(1, 30) * DAY),
          },
        });
      }
      // a melding moved to another month of creation and stadsdeel, one deleted, and new ones in an old and in this month
      const moved = rnd.pick(old);
      await p.melding.update({
        where: { id: moved.id },
        data: { createdAt: new Date(moved.createdAt.getTime() - 400 * DAY), stadsdeelId: rnd.pick(meldingen).stadsdeelId },
      });
      const gone = rnd.pick(recent);
      await p.melding.deleteMany({ where: { id: gone.id } });
      const template = rnd.pick(meldingen);
      await p.melding.createMany({
        data: [now - 700 * DAY, now - 2 * DAY].map((t, i) => ({
          categoryId: template.categoryId,
          departmentId: template.departmentId,
          themeId: template.themeId,
          description: `Rollup-test ${round}-${i}`,
          buurtId: template.buurtId,
          stadsdeelId: template.stadsdeelId,
          status: "NIEUW" as const,
          dueAt: new Date(t + 14 * DAY),
          createdAt: new Date(t),
          origin: "SIGNALEN" as const,
          externalId: `rollup-${round}-${i}`,
        })),
      });
      // inbreng answered, moved to another theme, deleted
      const inbreng = await p.inbreng.findMany({ orderBy: { id: "asc" }, take: 200 });
      await p.inbreng.update({ where: { id: rnd.pick(inbreng).id }, data: { publicAnswer: "Beantwoord in de rollup-test." } });
      await p.inbreng.update({ where: { id: rnd.pick(inbreng).id }, data: { themeId: rnd.pick(themes).id } });
      await p.inbreng.deleteMany({ where: { id: rnd.pick(inbreng).id } });
      // registrations: one cancelled, one attended with an evaluation, one removed
      const regs = await p.registration.findMany({ orderBy: { id: "asc" }, include: { evaluation: true } });
      await p.registration.update({ where: { id: rnd.pick(regs).id }, data: { status: "CANCELLED" } });
      const attended = rnd.pick(regs.filter((r) => !r.evaluation));
      await p.registration.update({ where: { id: attended.id }, data: { status: "ATTENDED" } });
      await p.evaluation.create({
        data: { registrationId: attended.id, scoreOverall: rnd.int(1, 5), scoreHeard: rnd.int(1, 5), scoreOrganisation: rnd.int(1, 5) },
      });
      await p.registration.deleteMany({ where: { id: rnd.pick(regs).id } });
      // a resident's buurt and age band changed
      const person = rnd.pick(await p.participant.findMany({ where: { registrations: { some: {} } }, orderBy: { id: "asc" }, take: 100 }));
      const buurt = rnd.pick(await p.buurt.findMany({ orderBy: { id: "asc" }, take: 50 }));
      await p.participant.update({ where: { id: person.id }, data: { buurtId: buurt.id, ageBand: rnd.pick(["AGE_15_24", "AGE_65_PLUS"] as const) } });
      // a bijeenkomst moved by two months, another cancelled
      const meetings = await p.bijeenkomst.findMany({ where: { status: "PLANNED" }, orderBy: { id: "asc" } });
      const shifted = rnd.pick(meetings);
      await p.bijeenkomst.update({
        where: { id: shifted.id },
        data: { startsAt: new Date(shifted.startsAt.getTime() - 61 * DAY), endsAt: new Date(shifted.endsAt.getTime() - 61 * DAY) },
      });
      await p.bijeenkomst.update({ where: { id: rnd.pick(meetings.filter((m) => m.id !== shifted.id)).id }, data: { status: "CANCELLED" } });
      expect(await pendingChanges()).toBeGreaterThan(0);
      await expectRefreshEqualsRebuild();
    }
  });

  it("count an open melding as overdue once its due moment passes, without any row changing", async () => {
    const m = await db.prisma.melding.findFirstOrThrow({ where: { status: "NIEUW" }, orderBy: { createdAt: "desc" } });
    await db.prisma.melding.update({ where: { id: m.id }, data: { dueAt: new Date(Date.now() + 1500) } });
    await rebuildDashboardRollups(db.prisma);
    const overdue = async () =>
      Number((await db.prisma.$queryRaw<{ n: bigint }[]>`SELECT coalesce(sum(overdue), 0) AS n FROM rollup.dashboard_melding_month_all`)[0].n);
    const before = await overdue();
    await new Promise((r) => setTimeout(r, 2000));
    await refreshDashboardRollups(db.prisma);
    expect(await overdue()).toBe(before + 1);
    const [direct] = await db.prisma.$queryRaw<
      { n: bigint }[]
    >`SELECT count(*) AS n FROM "Melding" WHERE status IN ('NIEUW', 'DOORGEZET', 'IN_BEHANDELING') AND "dueAt" < now()`;
    expect(await overdue()).toBe(Number(direct.n));
  });

  it("count a change committed while a refresh runs at the next refresh", async () => {
    const template = await db.prisma.melding.findFirstOrThrow({ orderBy: { id: "asc" } });
    const writer = new pg.Client({ connectionString: db.url, options: "-c TimeZone=UTC" });
    await writer.connect();
    try {
      await writer.query("BEGIN");
      await writer.query(
        `INSERT INTO "Melding" (id, "categoryId", "departmentId", description, "stadsdeelId", status, "dueAt", "createdAt", "updatedAt", origin)
         VALUES ('rollup-late', $1, $2, 'Tijdens de verversing', $3, 'NIEUW', now() + interval '14 days', now() - interval '500 days', now(), 'PORTAAL')`,
        [template.categoryId, template.departmentId, template.stadsdeelId],
      );
      await refreshDashboardRollups(db.prisma); // cannot see the uncommitted melding, nor its change note
      await writer.query("COMMIT");
    } finally {
      await writer.end();
    }
    expect(await pendingChanges()).toBe(1);
    await expectRefreshEqualsRebuild();
    // outside one snapshot the refresh refuses to run (deltas and overdue meldingen must describe the same state)
    await expect(db.prisma.$queryRaw`SELECT refresh_dashboard_rollups()`).rejects.toThrow(/REPEATABLE READ/);
  });

  it("a refresh whose snapshot another refresh overtook fails without writing, and runs again", async () => {
    const template = await db.prisma.melding.findFirstOrThrow({ orderBy: { id: "asc" } });
    await db.prisma.melding.update({ where: { id: template.id }, data: { description: `${template.description} (bijgewerkt)`, themeId: null } });
    expect(await pendingChanges()).toBeGreaterThan(0);
    const other = new pg.Client({ connectionString: db.url, options: "-c TimeZone=UTC" });
    await other.connect();
    try {
      // the other refresh holds the lock while ours takes its snapshot and waits for it; then the other commits first
      await other.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
      await other.query("SELECT pg_advisory_xact_lock(hashtext('dashboard_rollups'))");
      const ours = refreshDashboardRollups(db.prisma);
      await new Promise((r) => setTimeout(r, 500));
      await other.query("SELECT refresh_dashboard_rollups()");
      await other.query("COMMIT");
      await ours; // its first attempt found the deltas gone (could not serialize) and ran again
    } finally {
      await other.end();
    }
    expect(await pendingChanges()).toBe(0);
    const incremental = await snapshot();
    await rebuildDashboardRollups(db.prisma);
    expect(incremental).toEqual(await snapshot());
  });

  it("the dashboard shows a change to an old month as direct SQL counts it", async () => {
    // July to September 2025 on the Dutch calendar (summer time: midnight in Amsterdam is 22:00 UTC)
    const from = new Date("2025-06-30T22:00:00Z");
    const to = new Date("2025-09-30T22:00:00Z");
    const inOld = await db.prisma.melding.findMany({ where: { createdAt: { gte: from, lt: to } }, orderBy: { id: "asc" }, take: 3 });
    expect(inOld.length).toBeGreaterThan(0);
    await db.prisma.melding.updateMany({
      where: { id: { in: inOld.map((m) => m.id) } },
      data: { status: "AFGEWEZEN", closedAt: to, publicAnswer: "Afgewezen (rollup-test)." },
    });
    await refreshDashboardRollups(db.prisma);
    const d = await getDashboard({ from, to, stadsdeelIds: null, themeId: null });
    const direct = await db.prisma.melding.groupBy({ by: ["status"], where: { createdAt: { gte: from, lt: to } }, _count: true });
    for (const g of direct) expect({ status: g.status, n: d.meldingen.byStatus[g.status] ?? 0 }).toEqual({ status: g.status, n: g._count });
    expect(d.meldingen.byStatus.AFGEWEZEN).toBeGreaterThanOrEqual(inOld.length);
  });
});
