// The resident's own controls behind the manage link: joining and leaving
// the pool (consent recorded and withdrawn), and deleting all data (open
// registrations cancelled first, so the waitlist moves up). Forged or
// expired links and a missing confirmation change nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { deleteMyDataAction } from "../../lib/actions/registration/delete-my-data.ts";
import { registerAction } from "../../lib/actions/registration/register-for-bijeenkomst.ts";
import { setPoolMembershipAction } from "../../lib/actions/registration/set-pool-membership.ts";
import { fingerprint, plannedMeeting, tokenFor } from "../setup/actions.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;
let bijeenkomstId: string;
let buurtId: string;

beforeAll(async () => {
  db = await createTestDatabase("demo");
  ({ bijeenkomstId, buurtId } = await plannedMeeting(db.prisma, "Data-test", 1));
});

const register = (email: string) =>
  registerAction.run({ bijeenkomstId, name: "Test Bewoner", email, buurtId, partySize: "1", consent: "on" }, db.prisma, email);

describe("pool membership", () => {
  it("joins with a consent record and leaves with the consent withdrawn; a forged link changes nothing", async () => {
    await register("pool@voorbeeld.nl");
    const token = await tokenFor(db.prisma, "manage", "pool@voorbeeld.nl");
    expect((await setPoolMembershipAction.run({ token, join: "true" }, db.prisma)).ok).toBe(true);
    const p = await db.prisma.participant.findUniqueOrThrow({ where: { email: "pool@voorbeeld.nl" }, include: { consents: true } });
    expect(p.inPool).toBe(true);
    expect(p.consents.filter((c) => c.purpose === "PARTICIPATION_POOL" && !c.withdrawnAt)).toHaveLength(1);
    const before = await fingerprint(db.prisma);
    const forged = await setPoolMembershipAction.run({ token: `${token}x`, join: "false" }, db.prisma);
    expect(!forged.ok && forged.error).toBe("Deze link is verlopen of ongeldig.");
    const wrongKind = await setPoolMembershipAction.run({ token: await tokenFor(db.prisma, "unsubscribe", "pool@voorbeeld.nl"), join: "false" }, db.prisma);
    expect(wrongKind.ok).toBe(false);
    expect(await fingerprint(db.prisma)).toEqual(before);
    expect((await setPoolMembershipAction.run({ token, join: "false" }, db.prisma)).ok).toBe(true);
    const after = await db.prisma.participant.findUniqueOrThrow({ where: { id: p.id }, include: { consents: true } });
    expect(after.inPool).toBe(false);
    expect(after.consents.filter((c) => c.purpose === "PARTICIPATION_POOL" && c.withdrawnAt)).toHaveLength(1);
  });
});

describe("delete my data", () => {
  it("needs the confirmation word, then cancels open registrations and removes name and e-mail", async () => {
    await register("weg@voorbeeld.nl");
    await register("wacht@voorbeeld.nl");
    const token = await tokenFor(db.prisma, "manage", "weg@voorbeeld.nl");
    const before = await fingerprint(db.prisma);
    const unconfirmed = await deleteMyDataAction.run({ token, confirm: "ja" }, db.prisma);
    expect(!unconfirmed.ok && unconfirmed.fieldErrors?.confirm).toBe("Typ VERWIJDER om te bevestigen.");
    expect(await fingerprint(db.prisma)).toEqual(before);
    const id = (await db.prisma.participant.findUniqueOrThrow({ where: { email: "weg@voorbeeld.nl" } })).id;
    expect((await deleteMyDataAction.run({ token, confirm: "VERWIJDER" }, db.prisma)).ok).toBe(true);
    const gone = await db.prisma.participant.findUniqueOrThrow({ where: { id }, include: { registrations: true, consents: true } });
    expect([gone.name, gone.email, gone.anonymisedAt !== null]).toEqual([null, null, true]);
    expect(gone.registrations.every((r) => r.status === "CANCELLED")).toBe(true);
    expect(gone.consents.every((c) => c.withdrawnAt)).toBe(true);
    // the same link no longer works
    const again = await deleteMyDataAction.run({ token, confirm: "VERWIJDER" }, db.prisma);
    expect(again.ok).toBe(false);
    expect(await db.prisma.auditEvent.count({ where: { action: "participant.delete", entityId: id } })).toBe(1);
  });
});
