// The worker's scheduled jobs: the reminder two days before and the
// evaluation invitation after a bijeenkomst, each once per registration;
// retention anonymises residents N months after their last bijeenkomst
// unless they are in the pool, keeps the statistics, and is audited.
import { beforeAll, describe, expect, it } from "vitest";
import { applyRetention } from "../../lib/jobs/apply-retention.ts";
import { queueEvaluationInvitations, queueReminders, queueVerslagReminders } from "../../lib/jobs/schedule-mails.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;
let stadsdeelId: string;

beforeAll(async () => {
  db = await createTestDatabase("demo");
  stadsdeelId = (await db.prisma.stadsdeel.findFirstOrThrow()).id;
});

async function meetingWith(startsInMs: number, statuses: ("CONFIRMED" | "ATTENDED" | "NO_SHOW")[]) {
  const b = await db.prisma.bijeenkomst.create({
    data: {
      kind: "WIJKGESPREK",
      title: `Job-test ${Math.random()}`,
      stadsdeelId,
      startsAt: new Date(Date.now() + startsInMs),
      endsAt: new Date(Date.now() + startsInMs + 7_200_000),
      locationName: "X",
      address: "Y",
      capacity: 20,
      status: startsInMs < 0 ? "HELD" : "PLANNED",
    },
  });
  const people = await db.prisma.participant.findMany({ where: { email: { not: null } }, take: statuses.length, skip: Math.floor(Math.random() * 300) });
  for (const [i, p] of people.entries()) await db.prisma.registration.create({ data: { participantId: p.id, bijeenkomstId: b.id, status: statuses[i] } });
  return b;
}

describe("scheduled mails", () => {
  it("reminds confirmed residents two days before, once", async () => {
    const b = await meetingWith(36 * 3600_000, ["CONFIRMED", "CONFIRMED"]);
    const first = await queueReminders(db.prisma);
    expect(first).toBeGreaterThanOrEqual(2);
    expect(await queueReminders(db.prisma)).toBe(0);
    const mails = await db.prisma.outboxMessage.findMany({
      where: { kind: "registration.reminder", relatedId: { in: (await db.prisma.registration.findMany({ where: { bijeenkomstId: b.id } })).map((r) => r.id) } },
    });
    expect(mails).toHaveLength(2);
    expect(mails[0].subject).toMatch(/^Herinnering:/);
  });

  it("invites those who attended (when check-in was done) to the evaluation the morning after, once", async () => {
    const b = await meetingWith(-20 * 3600_000, ["ATTENDED", "NO_SHOW", "ATTENDED"]);
    await queueEvaluationInvitations(db.prisma);
    expect(await queueEvaluationInvitations(db.prisma)).toBe(0);
    const regs = await db.prisma.registration.findMany({ where: { bijeenkomstId: b.id } });
    const invited = await db.prisma.outboxMessage.findMany({ where: { kind: "evaluation.invitation", relatedId: { in: regs.map((r) => r.id) } } });
    expect(invited.map((m) => m.relatedId).sort()).toEqual(
      regs
        .filter((r) => r.status === "ATTENDED")
        .map((r) => r.id)
        .sort(),
    );
    expect(invited[0].text).toMatch(/\/evaluatie\//);
  });
});

describe("verslag deadline", () => {
  it("reminds the regisseur three days before the deadline when nothing was sent, once", async () => {
    const b = await meetingWith(-12 * 86_400_000, ["ATTENDED"]);
    const n = await queueVerslagReminders(db.prisma);
    const mails = await db.prisma.outboxMessage.findMany({ where: { kind: "verslag.reminder", relatedId: b.id } });
    expect(mails.length).toBeGreaterThanOrEqual(1);
    expect(n).toBeGreaterThanOrEqual(mails.length);
    expect(mails[0].subject).toBe(`Verslag nog niet verstuurd: ${b.title}`);
    expect(await queueVerslagReminders(db.prisma)).toBe(0);
  });
});

describe("retention", () => {
  it("anonymises after N months unless in the pool, keeps buurt and age band, audits the run", async () => {
    const old = new Date(Date.now() - 30 * 30 * 86_400_000);
    const [a, pooled] = await Promise.all([
      db.prisma.participant.create({
        data: {
          name: "Oud Lid",
          email: "oud@voorbeeld.nl",
          buurtId: (await db.prisma.buurt.findFirstOrThrow()).id,
          ageBand: "AGE_65_PLUS",
          lastActiveAt: old,
          createdAt: old,
        },
      }),
      db.prisma.participant.create({ data: { name: "Pool Lid", email: "pool@voorbeeld.nl", inPool: true, lastActiveAt: old, createdAt: old } }),
    ]);
    const n = (await applyRetention(db.prisma, { months: 24 })).erased;
    expect(n).toBeGreaterThanOrEqual(1);
    const after = await db.prisma.participant.findUniqueOrThrow({ where: { id: a.id } });
    expect([after.name, after.email, after.ageBand, after.buurtId !== null, after.anonymisedAt !== null]).toEqual([null, null, "AGE_65_PLUS", true, true]);
    expect((await db.prisma.participant.findUniqueOrThrow({ where: { id: pooled.id } })).email).toBe("pool@voorbeeld.nl");
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "retention.run" }, orderBy: { createdAt: "desc" } });
    expect((audit.details as { erased: number }).erased).toBe(n);
    expect((await applyRetention(db.prisma, { months: 24 })).erased).toBe(0);
  });
});
