// The regisseur's side of registrations: check-in, pool invitations and
// retrying a failed mail — valid, invalid and wrong role, nothing changed
// after a refusal.
import { beforeAll, describe, expect, it } from "vitest";
import { retryOutboxAction } from "../../lib/actions/outbox/retry-outbox-message.ts";
import { checkInAction } from "../../lib/actions/registration/check-in-registration.ts";
import { invitePoolAction } from "../../lib/actions/registration/invite-pool.ts";
import type { SessionUser } from "../../lib/auth/permissions.ts";
import { fingerprint, sessionUser } from "../setup/actions.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;
let regisseur: SessionUser;
let other: SessionUser;
let wethouder: SessionUser;

beforeAll(async () => {
  db = await createTestDatabase("demo");
  regisseur = await sessionUser(db.prisma, "regisseur.noord@demo.example");
  other = await sessionUser(db.prisma, "regisseur.zuid@demo.example");
  wethouder = await sessionUser(db.prisma, "wethouder.noord@demo.example");
});

describe("check-in", () => {
  it("marks attended and no-show on the evening; refuses too early, other stadsdelen and bad status", async () => {
    const b = await db.prisma.bijeenkomst.findFirstOrThrow({
      where: { stadsdeel: { slug: "noord" }, status: "PLANNED", registrations: { some: { status: "CONFIRMED" } } },
      include: { registrations: { where: { status: "CONFIRMED" }, take: 2 } },
    });
    const [r1, r2] = b.registrations;
    // the demo data is anchored in the past: put this evening two days ahead first
    await db.prisma.bijeenkomst.update({
      where: { id: b.id },
      data: { startsAt: new Date(Date.now() + 2 * 86_400_000), endsAt: new Date(Date.now() + 2 * 86_400_000 + 9e6) },
    });
    const before = await fingerprint(db.prisma);
    const early = await checkInAction.run(regisseur, { registrationId: r1.id, status: "ATTENDED" }, db.prisma);
    expect(!early.ok && early.error).toBe("Inchecken kan vanaf twee uur voor het begin.");
    expect((await checkInAction.run(other, { registrationId: r1.id, status: "ATTENDED" }, db.prisma)).ok).toBe(false);
    expect((await checkInAction.run(wethouder, { registrationId: r1.id, status: "ATTENDED" }, db.prisma)).ok).toBe(false);
    const bad = await checkInAction.run(regisseur, { registrationId: r1.id, status: "MAYBE" }, db.prisma);
    expect(!bad.ok && bad.fieldErrors?.status).toBe("Kies aanwezig of niet gekomen.");
    expect(await fingerprint(db.prisma)).toEqual(before);
    await db.prisma.bijeenkomst.update({
      where: { id: b.id },
      data: { startsAt: new Date(Date.now() + 3600_000), endsAt: new Date(Date.now() + 3 * 3600_000) },
    });
    expect((await checkInAction.run(regisseur, { registrationId: r1.id, status: "ATTENDED" }, db.prisma)).ok).toBe(true);
    expect((await checkInAction.run(regisseur, { registrationId: r2.id, status: "NO_SHOW" }, db.prisma)).ok).toBe(true);
    const after = await db.prisma.registration.findMany({ where: { id: { in: [r1.id, r2.id] } }, orderBy: { id: "asc" } });
    expect(after.map((r) => r.status).sort()).toEqual(["ATTENDED", "NO_SHOW"]);
    expect(after.every((r) => r.checkedInAt)).toBe(true);
  });
});

describe("pool invitations", () => {
  it("invites pool members of the stadsdeel once, through the outbox; refuses others", async () => {
    const noord = await db.prisma.stadsdeel.findUniqueOrThrow({ where: { slug: "noord" } });
    const b = await db.prisma.bijeenkomst.create({
      data: {
        kind: "STADSDEELAVOND",
        title: "Voorjaarsavond Noord",
        stadsdeelId: noord.id,
        startsAt: new Date(Date.now() + 20 * 86_400_000),
        endsAt: new Date(Date.now() + 20 * 86_400_000 + 9e6),
        locationName: "Buurthuis",
        address: "Straat 1",
        capacity: 60,
      },
    });
    const expected = await db.prisma.participant.count({
      where: { inPool: true, buurt: { stadsdeel: { slug: "noord" } }, registrations: { none: { bijeenkomstId: b.id } } },
    });
    expect(expected).toBeGreaterThan(0);
    const before = await fingerprint(db.prisma);
    expect((await invitePoolAction.run(other, { bijeenkomstId: b.id }, db.prisma)).ok).toBe(false);
    expect((await invitePoolAction.run(regisseur, { bijeenkomstId: "" }, db.prisma)).ok).toBe(false);
    expect(await fingerprint(db.prisma)).toEqual(before);
    const first = await invitePoolAction.run(regisseur, { bijeenkomstId: b.id }, db.prisma);
    expect(first.ok && first.data.invited).toBe(expected);
    const again = await invitePoolAction.run(regisseur, { bijeenkomstId: b.id }, db.prisma);
    expect(again.ok && again.data.invited).toBe(0);
    const mail = await db.prisma.outboxMessage.findFirstOrThrow({ where: { kind: "pool.invitation", relatedId: b.id } });
    expect(mail.text).toMatch(/\/afmelden\//);
  });
});

describe("retry a failed mail", () => {
  it("puts a failed message back (beheerder); refuses a sent one, a regisseur and a wethouder", async () => {
    const beheerder = await sessionUser(db.prisma, "beheerder@demo.example");
    const failed = await db.prisma.outboxMessage.create({
      data: { kind: "test", toEmail: "x@voorbeeld.nl", subject: "x", text: "x", status: "FAILED", attempts: 6, lastError: "boom" },
    });
    const sent = await db.prisma.outboxMessage.create({ data: { kind: "test", toEmail: "y@voorbeeld.nl", subject: "y", text: "y", status: "SENT" } });
    const before = await fingerprint(db.prisma);
    expect((await retryOutboxAction.run(wethouder, { messageId: failed.id }, db.prisma)).ok).toBe(false);
    expect((await retryOutboxAction.run(regisseur, { messageId: failed.id }, db.prisma)).ok).toBe(false);
    const notFailed = await retryOutboxAction.run(beheerder, { messageId: sent.id }, db.prisma);
    expect(!notFailed.ok && notFailed.error).toBe("Alleen mislukte berichten kunnen opnieuw worden verstuurd.");
    expect(await fingerprint(db.prisma)).toEqual(before);
    expect((await retryOutboxAction.run(beheerder, { messageId: failed.id }, db.prisma)).ok).toBe(true);
    expect(await db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ status: "PENDING", attempts: 0 });
  });
});
