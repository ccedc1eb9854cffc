// Dashboard figures equal the same figures counted directly on the demo
// data (Prisma counts and plain SQL on the base tables, independent of the
// dashboard's rollups), one test per block; the rollups follow the data
// after a refresh; and the scope follows the user's rights.
import { beforeAll, describe, expect, it } from "vitest";
import { periodFrom, scopedStadsdelen } from "../../lib/data/dashboard/dashboard-filters.ts";
import { getDashboard } from "../../lib/data/dashboard/get-dashboard.ts";
import { percentileFromHistogram } from "../../lib/data/dashboard/percentile.ts";
import { refreshDashboardRollups, refreshDashboardRollupsIfStale } from "../../lib/jobs/refresh-dashboard-rollups.ts";
import type { SessionUser } from "../../lib/auth/permissions.ts";
import { plannedMeeting, sessionUser } from "../setup/actions.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;
const from = new Date("2025-06-01T00:00:00Z");
const to = new Date("2026-07-01T00:00:00Z");
const all = { from, to, stadsdeelIds: null, themeId: null };
const OPEN = ["NIEUW", "DOORGEZET", "IN_BEHANDELING"] as const;
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

beforeAll(async () => {
  db = await createTestDatabase("demo");
  process.env.DATABASE_URL = db.url; // lib/db's client, used by the dashboard query, points at this test database
});

describe("dashboard", () => {
  it("bijeenkomsten and participation: held/planned/cancelled, registrations, attendance, unique and repeat participants", async () => {
    const d = await getDashboard(all);
    const inPeriod = { startsAt: { gte: from, lt: to } };
    expect(d.meetings.cancelled).toBe(await db.prisma.bijeenkomst.count({ where: { ...inPeriod, status: "CANCELLED" } }));
    expect(d.meetings.held + d.meetings.planned + d.meetings.cancelled).toBe(await db.prisma.bijeenkomst.count({ where: inPeriod }));
    const regs = { bijeenkomst: { ...inPeriod, status: { not: "CANCELLED" as const } } };
    expect(d.participation.registrations).toBe(
      await db.prisma.registration.count({ where: { ...regs, status: { in: ["CONFIRMED", "ATTENDED", "NO_SHOW"] } } }),
    );
    expect(d.participation.attended).toBe(await db.prisma.registration.count({ where: { ...regs, status: "ATTENDED" } }));
    expect(d.participation.noShow).toBe(await db.prisma.registration.count({ where: { ...regs, status: "NO_SHOW" } }));
    expect(d.participation.attended).toBeGreaterThan(0);
    const attendedPeople = await db.prisma.registration.groupBy({ by: ["participantId"], where: { ...regs, status: "ATTENDED" }, _count: true });
    expect(d.participation.uniquePeople).toBe(attendedPeople.length);
    expect(d.participation.repeatPeople).toBe(attendedPeople.filter((p) => p._count > 1).length);
    expect(d.participation.repeatPeople).toBeGreaterThan(0);
  });

  it("meldingen: by status and department, overdue, median and 90th percentile days to close, trend per month", async () => {
    const d = await getDashboard(all);
    const created = { createdAt: { gte: from, lt: to } };
    const byStatus = await db.prisma.melding.groupBy({ by: ["status"], where: created, _count: true });
    expect(d.meldingen.byStatus).toEqual(Object.fromEntries(byStatus.map((s) => [s.status, s._count])));
    const overdue = await db.prisma.melding.count({ where: { ...created, status: { in: [...OPEN] }, dueAt: { lt: new Date() } } });
    expect(sum(d.meldingen.byDepartment.map((r) => r.overdue))).toBe(overdue);
    const perDept = await db.prisma.$queryRaw<{ department: string; open: number; closed: number }[]>`
      SELECT d.name AS department, count(*) FILTER (WHERE m.status IN ('NIEUW','DOORGEZET','IN_BEHANDELING'))::int AS open,
             count(*) FILTER (WHERE m.status IN ('AFGEHANDELD','AFGEWEZEN'))::int AS closed
      FROM "Melding" m JOIN "Department" d ON d.id = m."departmentId" WHERE m."createdAt" >= ${from} AND m."createdAt" < ${to} GROUP BY d.name ORDER BY d.name`;
    expect(d.meldingen.byDepartment.map(({ department, open, closed }) => ({ department, open, closed }))).toEqual(perDept);
    const [pct] = await db.prisma.$queryRaw<{ median: number; p90: number; closed: number }[]>`
      SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ceil(extract(epoch FROM "closedAt" - "createdAt") / 86400)) AS median,
             percentile_cont(0.9) WITHIN GROUP (ORDER BY ceil(extract(epoch FROM "closedAt" - "createdAt") / 86400)) AS p90, count(*)::int AS closed
      FROM "Melding" WHERE "closedAt" IS NOT NULL AND "createdAt" >= ${from} AND "createdAt" < ${to}`;
    expect(pct.closed).toBeGreaterThan(2);
    expect(d.meldingen.medianDaysToClose).toBeCloseTo(pct.median, 9);
    expect(d.meldingen.p90DaysToClose).toBeCloseTo(pct.p90, 9);
    const trend = await db.prisma.$queryRaw<{ month: Date; created: number; closed: number }[]>`
      SELECT date_trunc('month', "createdAt") AS month, count(*)::int AS created, count("closedAt")::int AS closed
      FROM "Melding" WHERE "createdAt" >= ${from} AND "createdAt" < ${to} GROUP BY 1 ORDER BY 1`;
    // every month of the period is there, in order, with zeros where nothing came in
    // (the fixture's bounds are UTC midnights, so the last instant falls on 1 July in Amsterdam: July is the last month)
    expect(d.meldingen.trend.map((r) => r.month.toISOString().slice(0, 7))).toEqual(
      Array.from({ length: 14 }, (_, i) => new Date(Date.UTC(2025, 5 + i, 1)).toISOString().slice(0, 7)),
    );
    expect(d.meldingen.trend.filter((r) => r.created > 0).map((r) => ({ month: r.month.toISOString(), created: r.created, closed: r.closed }))).toEqual(
      trend.map((r) => ({ month: r.month.toISOString(), created: r.created, closed: r.closed })),
    );
  });

  it("inbreng by theme and kind with answers, and the theme filter", async () => {
    const d = await getDashboard(all);
    const inPeriod = { bijeenkomst: { startsAt: { gte: from, lt: to } } };
    const direct = await db.prisma.inbreng.groupBy({ by: ["themeId", "kind"], where: inPeriod, _count: { _all: true, publicAnswer: true } });
    const themes = await db.prisma.theme.findMany();
    const name = (id: string) => themes.find((t) => t.id === id)!.name;
    const key = (r: { theme: string; kind: string; n: number; answered: number }) => `${r.theme}/${r.kind}/${r.n}/${r.answered}`;
    expect(d.inbreng.map(key).sort()).toEqual(
      direct.map((r) => key({ theme: name(r.themeId), kind: r.kind, n: r._count._all, answered: r._count.publicAnswer })).sort(),
    );
    const verkeer = themes.find((t) => t.slug === "verkeer-parkeren")!;
    const filtered = await getDashboard({ ...all, themeId: verkeer.id });
    expect(filtered.inbreng.every((r) => r.theme === verkeer.name)).toBe(true);
    expect(sum(filtered.inbreng.map((r) => r.n))).toBe(await db.prisma.inbreng.count({ where: { ...inPeriod, themeId: verkeer.id } }));
    expect(sum(filtered.inbreng.map((r) => r.n))).toBeGreaterThan(0);
    expect(sum(Object.values(filtered.meldingen.byStatus))).toBe(
      await db.prisma.melding.count({ where: { createdAt: { gte: from, lt: to }, themeId: verkeer.id } }),
    );
  });

  it("verslagen within 14 days, evaluations and the agenda", async () => {
    const d = await getDashboard(all);
    const inPeriod = { bijeenkomst: { startsAt: { gte: from, lt: to } } };
    expect(d.verslagen.due).toBe(await db.prisma.verslag.count({ where: inPeriod }));
    const sent = await db.prisma.verslag.findMany({
      where: inPeriod,
      include: { versions: { where: { sentAt: { not: null } }, orderBy: { sentAt: "asc" }, take: 1 } },
    });
    expect(d.verslagen.onTime).toBe(sent.filter((v) => v.versions[0] && v.versions[0].sentAt! <= v.deadlineAt).length);
    // "aandacht nodig" names the verslagen longest over their deadline, oldest deadline first
    const late = sent.filter((v) => !v.versions[0] && v.deadlineAt < new Date()).sort((a, b) => a.deadlineAt.getTime() - b.deadlineAt.getTime());
    expect(d.verslagen.overdueNow).toBe(late.length);
    expect(d.lateVerslagen.map((v) => v.id)).toEqual(late.slice(0, 5).map((v) => v.bijeenkomstId));
    const evaluations = await db.prisma.evaluation.findMany({
      where: { registration: { status: "ATTENDED", bijeenkomst: { startsAt: { gte: from, lt: to } } } },
    });
    expect(evaluations.length).toBeGreaterThan(0);
    expect(d.evaluations.responses).toBe(evaluations.length);
    expect(d.evaluations.overall).toBeCloseTo(sum(evaluations.map((e) => e.scoreOverall)) / evaluations.length, 9);
    expect(d.evaluations.heard).toBeCloseTo(sum(evaluations.map((e) => e.scoreHeard)) / evaluations.length, 9);
    expect(sum(d.agenda.map((r) => r.n))).toBe(await db.prisma.agendaItem.count({ where: { periodEnd: { gte: from }, periodStart: { lt: to } } }));
  });

  it("reach and pool: unique participants per buurt and age band, the biggest gap, pool size and growth", async () => {
    const { reach, pool } = await getDashboard(all);
    const people = await db.prisma.participant.findMany({
      where: {
        registrations: {
          some: { status: { in: ["ATTENDED", "CONFIRMED", "NO_SHOW"] }, bijeenkomst: { startsAt: { gte: from, lt: to }, status: { not: "CANCELLED" } } },
        },
      },
      select: { ageBand: true, buurt: { select: { name: true } } },
    });
    expect(reach.total).toBe(people.length);
    for (const a of reach.byAge) expect(a.n).toBe(people.filter((p) => p.ageBand === a.band).length);
    for (const b of reach.byBuurt) expect(b.n).toBe(people.filter((p) => (p.buurt?.name ?? "Onbekend") === b.name).length);
    expect(reach.byAge.every((a) => a.populationShare !== null)).toBe(true); // the city's 2021 age structure is loaded
    const worst = [...reach.byAge].sort((a, b) => a.share - a.populationShare! - (b.share - b.populationShare!))[0];
    expect(reach.biggestGaps.age?.band).toBe(worst.band);
    expect(reach.biggestGaps.buurt).toBeNull(); // no buurt population imported in the demo
    const inPool = { inPool: true, anonymisedAt: null, buurtId: { not: null } };
    expect(pool.size).toBe(await db.prisma.participant.count({ where: inPool }));
    expect(pool.joined).toBe(await db.prisma.participant.count({ where: { ...inPool, poolJoinedAt: { gte: from, lt: to } } }));
  });

  it("the seven stadsdelen side by side (inbreng narrowed by the theme filter)", async () => {
    const d = await getDashboard(all);
    const theme = (await db.prisma.theme.findFirst({ where: { slug: "verkeer-parkeren" } }))!;
    const themed = await getDashboard({ ...all, themeId: theme.id });
    expect(d.perStadsdeel).toHaveLength(7);
    for (const s of d.perStadsdeel) {
      expect(s.meldingenOpen).toBe(await db.prisma.melding.count({ where: { stadsdeelId: s.id, status: { in: [...OPEN] } } }));
      expect(s.inbreng).toBe(await db.prisma.inbreng.count({ where: { bijeenkomst: { stadsdeelId: s.id, startsAt: { gte: from, lt: to } } } }));
      expect(themed.perStadsdeel.find((t) => t.id === s.id)!.inbreng).toBe(
        await db.prisma.inbreng.count({ where: { themeId: theme.id, bijeenkomst: { stadsdeelId: s.id, startsAt: { gte: from, lt: to } } } }),
      );
      expect(s.attended).toBe(
        await db.prisma.registration.count({
          where: { status: "ATTENDED", bijeenkomst: { stadsdeelId: s.id, startsAt: { gte: from, lt: to }, status: { not: "CANCELLED" } } },
        }),
      );
      expect(s.pool).toBe(await db.prisma.participant.count({ where: { inPool: true, anonymisedAt: null, buurt: { stadsdeelId: s.id } } }));
    }
  });

  it("the rollups hold the figures of their last refresh, and follow the data after the next", async () => {
    const before = await getDashboard(all);
    const m = await db.prisma.melding.findFirstOrThrow({ where: { createdAt: { gte: from, lt: to }, status: "NIEUW" } });
    await db.prisma.melding.update({
      where: { id: m.id },
      data: { status: "AFGEHANDELD", closedAt: new Date(m.createdAt.getTime() + 3 * 86_400_000), publicAnswer: "Opgelost." },
    });
    expect((await getDashboard(all)).meldingen.byStatus).toEqual(before.meldingen.byStatus);
    const refreshedAt = await refreshDashboardRollups(db.prisma);
    const after = await getDashboard(all);
    expect(after.refreshedAt?.getTime()).toBe(refreshedAt.getTime());
    expect(after.meldingen.byStatus.NIEUW).toBe(before.meldingen.byStatus.NIEUW - 1);
    expect(after.meldingen.byStatus.AFGEHANDELD).toBe((before.meldingen.byStatus.AFGEHANDELD ?? 0) + 1);
    // the worker's start skips a refresh younger than a minute
    expect(await refreshDashboardRollupsIfStale(db.prisma)).toBeNull();
    expect((await refreshDashboardRollupsIfStale(db.prisma, 0))?.getTime()).toBeGreaterThan(refreshedAt.getTime());
  });

  it("unique and repeat participants for one stadsdeel and for several together equal direct counts", async () => {
    const [noord, oost] = await Promise.all(["noord", "oost"].map((slug) => db.prisma.stadsdeel.findUniqueOrThrow({ where: { slug } })));
    for (const ids of [[noord.id], [noord.id, oost.id]]) {
      const d = await getDashboard({ ...all, stadsdeelIds: ids });
      const meeting = { startsAt: { gte: from, lt: to }, status: { not: "CANCELLED" as const }, stadsdeelId: { in: ids } };
      const attended = await db.prisma.registration.groupBy({ by: ["participantId"], where: { status: "ATTENDED", bijeenkomst: meeting }, _count: true });
      expect(d.participation.uniquePeople).toBe(attended.length);
      expect(d.participation.repeatPeople).toBe(attended.filter((p) => p._count > 1).length);
      const people = await db.prisma.participant.findMany({
        where: { registrations: { some: { status: { in: ["ATTENDED", "CONFIRMED", "NO_SHOW"] }, bijeenkomst: meeting } } },
        select: { ageBand: true },
      });
      expect(d.reach.total).toBe(people.length);
      for (const a of d.reach.byAge) expect(a.n).toBe(people.filter((p) => p.ageBand === a.band).length);
    }
    // a shorter period: someone who took part before it is new in it again
    const q2 = { from: new Date("2026-04-01T00:00:00Z"), to: new Date("2026-07-01T00:00:00Z") };
    const d = await getDashboard({ ...all, ...q2 });
    const attended = await db.prisma.registration.groupBy({
      by: ["participantId"],
      where: { status: "ATTENDED", bijeenkomst: { startsAt: { gte: q2.from, lt: q2.to }, status: { not: "CANCELLED" } } },
      _count: true,
    });
    expect(d.participation.uniquePeople).toBe(attended.length);
    expect(d.participation.repeatPeople).toBe(attended.filter((p) => p._count > 1).length);
  });

  it("narrows to one stadsdeel, and a regisseur only ever sees their own", async () => {
    const noord = await db.prisma.stadsdeel.findUniqueOrThrow({ where: { slug: "noord" } });
    const d = await getDashboard({ ...all, stadsdeelIds: [noord.id] });
    expect(d.perStadsdeel.map((s) => s.name)).toEqual(["Noord"]);
    expect(d.meetings.held + d.meetings.planned + d.meetings.cancelled).toBe(
      await db.prisma.bijeenkomst.count({ where: { stadsdeelId: noord.id, startsAt: { gte: from, lt: to } } }),
    );
    expect(sum(Object.values(d.meldingen.byStatus))).toBe(
      await db.prisma.melding.count({ where: { stadsdeelId: noord.id, createdAt: { gte: from, lt: to } } }),
    );
    const regisseur: SessionUser = await sessionUser(db.prisma, "regisseur.zuid@demo.example");
    expect(scopedStadsdelen(regisseur, [noord.id])).toEqual([]);
    expect(scopedStadsdelen(regisseur, [])).toEqual(regisseur.stadsdeelIds);
    const wethouder = await sessionUser(db.prisma, "wethouder.zuid@demo.example");
    expect(scopedStadsdelen(wethouder, [])).toBeNull();
  });
});

describe("dashboard periods and percentiles", () => {
  it("periods are whole months on the Amsterdam calendar: year, quarter, or months from and to (both included)", () => {
    const now = new Date("2026-11-22T12:00:00Z");
    // summer time (UTC+2) in April and July, winter time (UTC+1) in January
    expect(periodFrom({ periode: "2026-Q2" }, now)).toMatchObject({ from: new Date("2026-03-31T22:00:00Z"), to: new Date("2026-06-30T22:00:00Z") });
    expect(periodFrom({}, now)).toMatchObject({ from: new Date("2025-12-31T23:00:00Z"), to: new Date("2026-12-31T23:00:00Z"), label: "2026" });
    expect(periodFrom({ periode: "eigen", van: "2025-11", tot: "2026-02" }, now)).toMatchObject({
      from: new Date("2025-10-31T23:00:00Z"),
      to: new Date("2026-02-28T23:00:00Z"),
      label: "november 2025 t/m februari 2026",
    });
    // a "to" before "from" is ignored: the rest of that year
    expect(periodFrom({ van: "2026-05", tot: "2026-01" }, now).to).toEqual(new Date("2026-12-31T23:00:00Z"));
    // New Year's Eve 23:30 UTC is already the next year in Amsterdam
    expect(periodFrom({}, new Date("2026-12-31T23:30:00Z")).label).toBe("2027");
  });

  it("a percentile from a histogram equals percentile_cont over the values", async () => {
    const values = [0, 1, 1, 2, 3, 3, 3, 7, 12, 30, 30];
    const hist = [...new Set(values)].map((value) => ({ value, n: values.filter((v) => v === value).length }));
    for (const p of [0, 0.1, 0.5, 0.9, 1]) {
      const [row] = await db.prisma.$queryRaw<
        { v: number }[]
      >`SELECT percentile_cont(${p}::float8) WITHIN GROUP (ORDER BY x) AS v FROM unnest(${values}::int[]) x`;
      expect(percentileFromHistogram(hist, p)).toBeCloseTo(row.v, 9);
    }
    expect(percentileFromHistogram([], 0.5)).toBeNull();
  });
});

describe("the staff meeting list", () => {
  it("shows what comes next first (nearest first), then what was held (most recent first)", async () => {
    const { listStaffBijeenkomsten } = await import("../../lib/data/bijeenkomsten/list-staff-bijeenkomsten.ts");
    await plannedMeeting(db.prisma, "Over drie weken", 40, 21);
    await plannedMeeting(db.prisma, "Over een week", 40, 7);
    const wethouder = await sessionUser(db.prisma, "wethouder.noord@demo.example");
    const { rows } = await listStaffBijeenkomsten(wethouder, {});
    const now = Date.now();
    const upcoming = rows.filter((r) => r.startsAt.getTime() >= now).map((r) => r.startsAt.getTime());
    const held = rows.filter((r) => r.startsAt.getTime() < now).map((r) => r.startsAt.getTime());
    expect(upcoming.length).toBeGreaterThan(0);
    expect(held.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.startsAt.getTime())).toEqual([...[...upcoming].sort((a, b) => a - b), ...[...held].sort((a, b) => b - a)]);
  });
});
