// Dashboard figures equal the same figures counted directly (Prisma counts,
// independent of the dashboard's SQL) on the demo data, per block; and the
// scope follows the user's rights.
import { beforeAll, describe, expect, it } from "vitest";
import { periodFrom, scopedStadsdelen } from "../../lib/data/dashboard/dashboard-filters.ts";
import { getDashboard } from "../../lib/data/dashboard/get-dashboard.ts";
import { getReach } from "../../lib/data/reach/get-reach.ts";
import type { SessionUser } from "../../lib/auth/permissions.ts";
import { sessionUser } from "../setup/actions.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;
const from = new Date("2025-06-01T00:00:00Z");
const to = new Date("2026-07-01T00:00:00Z");

beforeAll(async () => {
  db = await createTestDatabase("demo");
  process.env.DATABASE_URL = db.url; // lib/db's client, used by the dashboard query, points at this test database
});

describe("dashboard", () => {
  it("counts bijeenkomsten, participation and meldingen like direct counts do", async () => {
    const d = await getDashboard({ from, to, stadsdeelIds: null, themeId: null });
    const inPeriod = { startsAt: { gte: from, lt: to } };
    expect(d.meetings.cancelled).toBe(await db.prisma.bijeenkomst.count({ where: { ...inPeriod, status: "CANCELLED" } }));
    expect(d.meetings.held + d.meetings.planned + d.meetings.cancelled).toBe(await db.prisma.bijeenkomst.count({ where: inPeriod }));
    const regs = { bijeenkomst: { ...inPeriod, status: { not: "CANCELLED" as const } } };
    expect(d.participation.attended).toBe(await db.prisma.registration.count({ where: { ...regs, status: "ATTENDED" } }));
    expect(d.participation.noShow).toBe(await db.prisma.registration.count({ where: { ...regs, status: "NO_SHOW" } }));
    const attendedPeople = await db.prisma.registration.groupBy({ by: ["participantId"], where: { ...regs, status: "ATTENDED" }, _count: true });
    expect(d.participation.uniquePeople).toBe(attendedPeople.length);
    expect(d.participation.repeatPeople).toBe(attendedPeople.filter((p) => p._count > 1).length);

    const byStatus = await db.prisma.melding.groupBy({ by: ["status"], where: { createdAt: { gte: from, lt: to } }, _count: true });
    expect(d.meldingen.byStatus).toEqual(Object.fromEntries(byStatus.map((s) => [s.status, s._count])));
    const overdue = await db.prisma.melding.count({ where: { createdAt: { gte: from, lt: to }, status: { in: ["NIEUW", "DOORGEZET", "IN_BEHANDELING"] }, dueAt: { lt: new Date() } } });
    expect(d.meldingen.byDepartment.reduce((s, r) => s + r.overdue, 0)).toBe(overdue);
    const closed = await db.prisma.melding.findMany({ where: { createdAt: { gte: from, lt: to }, closedAt: { not: null } }, select: { createdAt: true, closedAt: true } });
    const days = closed.map((m) => (m.closedAt!.getTime() - m.createdAt.getTime()) / 86_400_000).sort((a, b) => a - b);
    const mid = (days.length - 1) / 2;
    expect(d.meldingen.medianDaysToClose).toBeCloseTo((days[Math.floor(mid)] + days[Math.ceil(mid)]) / 2, 6);
    expect(d.meldingen.trend.reduce((s, m) => s + m.created, 0)).toBe(byStatus.reduce((s, r) => s + r._count, 0));
  });

  it("counts inbreng, verslagen, evaluations and the agenda like direct counts do", async () => {
    const d = await getDashboard({ from, to, stadsdeelIds: null, themeId: null });
    const inPeriod = { bijeenkomst: { startsAt: { gte: from, lt: to } } };
    expect(d.inbreng.reduce((s, r) => s + r.n, 0)).toBe(await db.prisma.inbreng.count({ where: inPeriod }));
    expect(d.inbreng.reduce((s, r) => s + r.answered, 0)).toBe(await db.prisma.inbreng.count({ where: { ...inPeriod, publicAnswer: { not: null } } }));
    expect(d.verslagen.due).toBe(await db.prisma.verslag.count({ where: inPeriod }));
    const sent = await db.prisma.verslag.findMany({ where: inPeriod, include: { versions: { where: { sentAt: { not: null } }, orderBy: { sentAt: "asc" }, take: 1 } } });
    expect(d.verslagen.onTime).toBe(sent.filter((v) => v.versions[0] && v.versions[0].sentAt! <= v.deadlineAt).length);
    expect(d.evaluations.responses).toBe(await db.prisma.evaluation.count({ where: { registration: { status: "ATTENDED", bijeenkomst: { startsAt: { gte: from, lt: to } } } } }));
    expect(d.agenda.reduce((s, r) => s + r.n, 0)).toBe(await db.prisma.agendaItem.count({ where: { periodEnd: { gte: from }, periodStart: { lt: to } } }));
  });

  it("reach: unique participants per age band match direct counts, and the biggest gap is named against the city's age structure", async () => {
    const reach = await getReach({ stadsdeelIds: null, from, to });
    const people = await db.prisma.participant.findMany({
      where: { registrations: { some: { status: { in: ["ATTENDED", "CONFIRMED", "NO_SHOW"] }, bijeenkomst: { startsAt: { gte: from, lt: to }, status: { not: "CANCELLED" } } } } },
      select: { ageBand: true },
    });
    expect(reach.total).toBe(people.length);
    for (const a of reach.byAge) expect(a.n).toBe(people.filter((p) => p.ageBand === a.band).length);
    expect(reach.byAge.every((a) => a.populationShare !== null)).toBe(true); // the city's 2021 age structure is loaded
    const worst = [...reach.byAge].sort((a, b) => a.share - a.populationShare! - (b.share - b.populationShare!))[0];
    expect(reach.biggestGaps.age?.band).toBe(worst.band);
    expect(reach.biggestGaps.buurt).toBeNull(); // no buurt population imported in the demo
  });

  it("narrows to one stadsdeel, and a regisseur only ever sees their own", async () => {
    const noord = await db.prisma.stadsdeel.findUniqueOrThrow({ where: { slug: "noord" } });
    const d = await getDashboard({ from, to, stadsdeelIds: [noord.id], themeId: null });
    expect(d.perStadsdeel.map((s) => s.name)).toEqual(["Noord"]);
    expect(d.meetings.held + d.meetings.planned + d.meetings.cancelled).toBe(await db.prisma.bijeenkomst.count({ where: { stadsdeelId: noord.id, startsAt: { gte: from, lt: to } } }));
    const regisseur: SessionUser = await sessionUser(db.prisma, "regisseur.zuid@demo.example");
    expect(scopedStadsdelen(regisseur, [noord.id])).toEqual([]);
    expect(scopedStadsdelen(regisseur, [])).toEqual(regisseur.stadsdeelIds);
    const wethouder = await sessionUser(db.prisma, "wethouder.zuid@demo.example");
    expect(scopedStadsdelen(wethouder, [])).toBeNull();
    expect(periodFrom({ periode: "2026-Q2" }).from.toISOString()).toBe("2026-04-01T00:00:00.000Z");
  });
});
