// The overleggen's daily jobs on the demo data, at the demo's anchor date:
// planning adds nothing the second time; the acties digest reaches each
// owner once a day (a partner for their organisation's acties) with exactly
// the open acties due within two working days or overdue, counted by SQL;
// the agenda goes to every member of each sessie within three working days,
// once, with the previous sessie's besluiten.
import { beforeAll, describe, expect, it } from "vitest";
import { addWorkingDays, todayKey } from "../../lib/datetime.ts";
import { planSessies, queueActieDigests, queueSessieAgendas } from "../../lib/jobs/overleg-jobs.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";
import { TEST_DEMO_ANCHOR } from "../setup/constants.ts";

let db: TestDatabase;
const now = new Date(TEST_DEMO_ANCHOR.getTime() + 6 * 3_600_000); // 08:00 in Amsterdam on the anchor day

beforeAll(async () => {
  db = await createTestDatabase("demo");
});

describe("overleg jobs", () => {
  it("planning the sessies again adds none", async () => {
    expect(await planSessies(db.prisma, now)).toBe(0);
  });

  it("one acties digest per person per day, listing exactly their acties due within two working days or overdue", async () => {
    const limit = addWorkingDays(todayKey(now), 2);
    expect(limit).toBe("2026-06-17");
    const expected = await db.prisma.$queryRaw<{ email: string; n: bigint }[]>`
      SELECT u.email, count(*) AS n FROM "Actie" a
      JOIN "User" u ON (u.id = a."ownerUserId" OR (a."ownerOrganisationId" IS NOT NULL AND u."organisationId" = a."ownerOrganisationId")) AND u.active
      WHERE a.status = 'OPEN' AND a."dueOn" <= ${limit}::date GROUP BY u.email ORDER BY u.email`;
    expect(expected.length).toBeGreaterThan(1);
    expect(expected.some((e) => e.email.startsWith("partner."))).toBe(true);
    expect(await queueActieDigests(db.prisma, now)).toBe(expected.length);
    const mails = await db.prisma.outboxMessage.findMany({ where: { kind: "actie.digest" }, orderBy: { toEmail: "asc" } });
    expect(mails.map((m) => [m.toEmail, (m.text.match(/^- /gm) ?? []).length])).toEqual(expected.map((e) => [e.email, Number(e.n)]));
    expect(await queueActieDigests(db.prisma, new Date(now.getTime() + 3_600_000))).toBe(0); // later that day: nothing again
  });

  it("the agenda to every member three working days ahead, once, with the previous besluiten", async () => {
    const sessie = await db.prisma.sessie.findFirstOrThrow({
      where: { status: "GEPLAND", startsAt: { gt: now } },
      orderBy: { startsAt: "asc" },
      include: {
        overleg: {
          include: {
            seats: { include: { user: true, department: true, organisation: { include: { users: { where: { active: true } } } }, participant: true } },
          },
        },
      },
    });
    await db.prisma.sessiePunt.create({ data: { sessieId: sessie.id, position: 1, title: "Zomerplan buurtpreventie (test)" } });
    const at = new Date(sessie.startsAt.getTime() - 2 * 86_400_000); // two calendar days before: within three working days
    const inWindow = await db.prisma.sessie.count({
      where: { status: "GEPLAND", startsAt: { gt: at, lte: new Date(`${addWorkingDays(todayKey(at), 3)}T22:00:00Z`) } },
    });
    expect(await queueSessieAgendas(db.prisma, at)).toBe(inWindow);
    const mails = await db.prisma.outboxMessage.findMany({ where: { kind: "sessie.agenda", relatedId: sessie.id } });
    // residents count once they accepted (the demo tafel of the first stadsdeel has one)
    const members = new Set(
      sessie.overleg.seats
        .flatMap((s) =>
          s.participant
            ? s.confirmedAt && s.participant.email
              ? [s.participant.email]
              : []
            : s.user
              ? [s.user.email]
              : s.organisation
                ? s.organisation.users.map((u) => u.email)
                : s.department?.email
                  ? [s.department.email]
                  : [],
        )
        .map((e) => e.toLowerCase()),
    );
    expect(new Set(mails.map((m) => m.toEmail))).toEqual(members);
    expect(mails[0].text).toContain("1. Zomerplan buurtpreventie (test)");
    const residents = sessie.overleg.seats.flatMap((s) => (s.confirmedAt && s.participant?.email ? [s.participant.email] : []));
    for (const m of mails.filter((x) => residents.includes(x.toEmail))) expect(m.text).not.toContain("/medewerker/");
    expect(mails[0].text).toContain("Besluiten van de vorige keer:");
    expect(await queueSessieAgendas(db.prisma, at)).toBe(0);
  });
});
