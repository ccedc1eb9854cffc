// Registration under load and its rules: 500 simultaneous registrations for
// 50 seats end with exactly 50 confirmed and the rest waitlisted, no errors,
// no duplicates; a double submit makes one registration; cancelling moves
// the first waitlisted that fit up, with a mail; bad input and a closed
// window are refused and change nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { manageRegistrationAction } from "../../lib/actions/registration/manage-registration.ts";
import { registerAction } from "../../lib/actions/registration/register-for-bijeenkomst.ts";
import { createPrismaClient } from "../../lib/prisma-client.ts";
import { fingerprint, tokenFor } from "../setup/actions.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;
let buurtId: string;
let stadsdeelId: string;

async function meeting(capacity: number, over: Record<string, unknown> = {}) {
  return db.prisma.bijeenkomst.create({
    data: {
      kind: "STADSDEELAVOND",
      title: `Test ${capacity} ${Math.random()}`,
      stadsdeelId,
      startsAt: new Date(Date.now() + 7 * 86_400_000),
      endsAt: new Date(Date.now() + 7 * 86_400_000 + 9e6),
      locationName: "Buurthuis",
      address: "Straat 1",
      capacity,
      ...over,
    },
  });
}

const form = (bijeenkomstId: string, i: number, over: Record<string, unknown> = {}) => ({
  bijeenkomstId,
  name: `Bewoner ${i}`,
  email: `bewoner${i}@voorbeeld.nl`,
  buurtId,
  partySize: "1",
  consent: "on",
  ...over,
});

beforeAll(async () => {
  db = await createTestDatabase("demo");
  const buurt = await db.prisma.buurt.findFirstOrThrow();
  buurtId = buurt.id;
  stadsdeelId = buurt.stadsdeelId;
});

describe("registration", () => {
  it("500 simultaneous registrations for 50 seats: exactly 50 confirmed, 450 waitlisted, one mail each", async () => {
    const b = await meeting(50);
    const prisma = createPrismaClient(db.url, { max: 20 });
    try {
      const results = await Promise.all(
        Array.from({ length: 500 }, (_, i) => registerAction.run(form(b.id, 1000 + i), prisma, `10.0.${Math.floor(i / 200)}.${i % 200}`)),
      );
      expect(results.filter((r) => !r.ok)).toEqual([]);
    } finally {
      await prisma.$disconnect();
    }
    const counts = await db.prisma.registration.groupBy({ by: ["status"], where: { bijeenkomstId: b.id }, _count: true, _sum: { partySize: true } });
    expect(Object.fromEntries(counts.map((c) => [c.status, c._count]))).toEqual({ CONFIRMED: 50, WAITLISTED: 450 });
    expect(
      await db.prisma.outboxMessage.count({
        where: {
          kind: "registration.confirmed",
          relatedId: { in: (await db.prisma.registration.findMany({ where: { bijeenkomstId: b.id } })).map((r) => r.id) },
        },
      }),
    ).toBe(50);
    const participants = await db.prisma.participant.count({ where: { email: { startsWith: "bewoner1" } } });
    expect(participants).toBeGreaterThanOrEqual(500);
  });

  it("one item with a hostile, over-long source address never fails the batch it arrives in; no address is stored in a key", async () => {
    const b = await meeting(50);
    const hostile = "x".repeat(10_000); // what a client once could put in X-Forwarded-For
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => registerAction.run(form(b.id, 5000 + i), db.prisma, i === 7 ? hostile : `192.0.2.${i}`)),
    );
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(await db.prisma.registration.count({ where: { bijeenkomstId: b.id } })).toBe(40);
    const keys = await db.prisma.rateLimit.findMany({ where: { key: { startsWith: "registration" } }, select: { key: true } });
    // keys hold hashes: no e-mail address, no source address, no part of the hostile value
    expect(keys.filter((k) => k.key.includes("@") || k.key.includes("192.0.2.") || k.key.includes(hostile.slice(0, 8)))).toEqual([]);
  });

  it("a double submit and a second registration with the same e-mail make one registration", async () => {
    const b = await meeting(10);
    const [a, c] = await Promise.all([registerAction.run(form(b.id, 1), db.prisma, "1.1.1.1"), registerAction.run(form(b.id, 1), db.prisma, "1.1.1.1")]);
    expect(a.ok && c.ok).toBe(true);
    const again = await registerAction.run(form(b.id, 1, { name: "Bewoner een" }), db.prisma, "1.1.1.1");
    expect(again.ok && again.data.duplicate).toBe(true);
    expect(await db.prisma.registration.count({ where: { bijeenkomstId: b.id } })).toBe(1);
    expect(await db.prisma.outboxMessage.count({ where: { kind: "registration.confirmed", toEmail: "bewoner1@voorbeeld.nl" } })).toBe(1);
  });

  it("counts party sizes; cancelling moves up the first waitlisted that fit and mails them", async () => {
    const b = await meeting(4);
    const r1 = await registerAction.run(form(b.id, 11, { partySize: "3" }), db.prisma, "2.2.2.2");
    const r2 = await registerAction.run(form(b.id, 12, { partySize: "2" }), db.prisma, "2.2.2.2"); // does not fit: 3 + 2 > 4
    const r3 = await registerAction.run(form(b.id, 13, { partySize: "1" }), db.prisma, "2.2.2.2"); // fits
    const r4 = await registerAction.run(form(b.id, 14, { partySize: "4" }), db.prisma, "2.2.2.2");
    expect([r1, r2, r3, r4].map((r) => r.ok && r.data.status)).toEqual(["CONFIRMED", "WAITLISTED", "CONFIRMED", "WAITLISTED"]);
    if (!r1.ok || !r2.ok || !r4.ok) return;
    const token = await tokenFor(db.prisma, "manage", "bewoner11@voorbeeld.nl");
    const cancelled = await manageRegistrationAction.run({ token, registrationId: r1.data.registrationId, intent: "cancel" }, db.prisma);
    expect(cancelled.ok && cancelled.data.promoted).toBe(1); // the party of 2 fits in the 3 freed seats; the party of 4 not
    const statuses = await db.prisma.registration.findMany({ where: { bijeenkomstId: b.id }, orderBy: { createdAt: "asc" }, select: { status: true } });
    expect(statuses.map((s) => s.status)).toEqual(["CANCELLED", "CONFIRMED", "CONFIRMED", "WAITLISTED"]);
    const promotedMail = await db.prisma.outboxMessage.findFirstOrThrow({ where: { kind: "registration.promoted", relatedId: r2.data.registrationId } });
    expect(promotedMail.toEmail).toBe("bewoner12@voorbeeld.nl");
    // someone else's link cannot cancel
    const other = await manageRegistrationAction.run(
      { token: await tokenFor(db.prisma, "manage", "bewoner14@voorbeeld.nl"), registrationId: r2.data.registrationId, intent: "cancel" },
      db.prisma,
    );
    expect(!other.ok && other.error).toBe("Deze aanmelding hoort niet bij deze link.");
    // more people than seats left is refused
    const tooMany = await manageRegistrationAction.run(
      { token: await tokenFor(db.prisma, "manage", "bewoner12@voorbeeld.nl"), registrationId: r2.data.registrationId, intent: "partySize", partySize: "4" },
      db.prisma,
    );
    expect(!tooMany.ok && tooMany.fieldErrors?.partySize).toBe("Er zijn niet genoeg plaatsen vrij voor 4 personen (nog 3).");
  });

  it("refuses missing consent, a bad e-mail, the honeypot, a closed window and the rate limit — changing nothing", async () => {
    const b = await meeting(10);
    const closed = await meeting(10, { registrationClosesAt: new Date(Date.now() - 1000), registrationOpensAt: new Date(Date.now() - 86_400_000) });
    const before = await fingerprint(db.prisma);
    const noConsent = await registerAction.run(form(b.id, 21, { consent: undefined }), db.prisma, "3.3.3.3");
    expect(!noConsent.ok && noConsent.fieldErrors?.consent).toMatch(/Geef toestemming/);
    expect(!noConsent.ok && noConsent.values?.name).toBe("Bewoner 21");
    const badMail = await registerAction.run(form(b.id, 22, { email: "geen-adres" }), db.prisma, "3.3.3.3");
    expect(!badMail.ok && badMail.fieldErrors?.email).toMatch(/geldig e-mailadres/);
    const bot = await registerAction.run(form(b.id, 23, { website: "http://spam" }), db.prisma, "3.3.3.3");
    expect(bot.ok).toBe(false);
    const late = await registerAction.run(form(closed.id, 24), db.prisma, "3.3.3.3");
    expect(!late.ok && late.error).toBe("Aanmelden voor deze bijeenkomst is gesloten.");
    const after = (await fingerprint(db.prisma)) as Record<string, string>;
    expect(after).toEqual(before);
    // the rate limit per IP (20 per 10 minutes) answers with a clear message
    let refused = "";
    for (let i = 0; i < 25 && !refused; i++) {
      const r = await registerAction.run(form(b.id, 300 + i), db.prisma, "9.9.9.9");
      if (!r.ok) refused = r.error;
    }
    expect(refused).toMatch(/te veel aanmeldingen/);
  });
});
