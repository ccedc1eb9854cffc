// Beheer of staff accounts: invite (account, scope, mail with a one-time
// link), change role and scope, deactivate and reactivate, a new password
// link — each valid, invalid, and refused for every other role with the
// database unchanged; the last active beheerder cannot be demoted or
// deactivated.
import { beforeAll, describe, expect, it } from "vitest";
import { inviteStaffAction } from "../../lib/actions/beheer/invite-staff.ts";
import { sendPasswordLinkAction } from "../../lib/actions/beheer/send-password-link.ts";
import { setStaffActiveAction } from "../../lib/actions/beheer/set-staff-active.ts";
import { updateStaffAction } from "../../lib/actions/beheer/update-staff.ts";
import type { SessionUser } from "../../lib/auth/permissions.ts";
import { fingerprint, sessionUser } from "../setup/actions.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;
let beheerder: SessionUser;
let others: SessionUser[];
let noord: string;
let zuid: string;
let verkeer: string;

beforeAll(async () => {
  db = await createTestDatabase("demo");
  beheerder = await sessionUser(db.prisma, "beheerder@demo.example");
  others = await Promise.all(
    ["regisseur.noord@demo.example", "wethouder.zuid@demo.example", "medewerker.verkeer@demo.example"].map((e) => sessionUser(db.prisma, e)),
  );
  [noord, zuid] = await Promise.all(["noord", "zuid"].map(async (slug) => (await db.prisma.stadsdeel.findUniqueOrThrow({ where: { slug } })).id));
  verkeer = (await db.prisma.department.findUniqueOrThrow({ where: { slug: "verkeer" } })).id;
});

describe("invite", () => {
  it("creates the account with its scope and mails a one-time link; refuses a taken address, a regisseur without stadsdeel and every other role", async () => {
    const r = await inviteStaffAction.run(
      beheerder,
      { name: "Nieuwe Regisseur", email: "Nieuw@Gemeente.example", role: "STADSDEELREGISSEUR", stadsdeelIds: [noord, zuid] },
      db.prisma,
    );
    expect(r.ok).toBe(true);
    const u = await db.prisma.user.findUniqueOrThrow({ where: { email: "nieuw@gemeente.example" }, include: { stadsdelen: true } });
    expect([u.role, u.active, u.passwordHash, u.stadsdelen.map((s) => s.stadsdeelId).sort()]).toEqual(["STADSDEELREGISSEUR", true, null, [noord, zuid].sort()]);
    const mail = await db.prisma.outboxMessage.findFirstOrThrow({ where: { toEmail: u.email, kind: "staff.invitation" } });
    expect(mail.text).toMatch(/\/wachtwoord\/[\w-]{40,}/);
    expect(await db.prisma.auditEvent.count({ where: { action: "staff.invite", entityId: u.id, actorId: beheerder.id } })).toBe(1);

    const before = await fingerprint(db.prisma);
    const taken = await inviteStaffAction.run(beheerder, { name: "Dubbel", email: "nieuw@gemeente.example", role: "WETHOUDER" }, db.prisma);
    const noScope = await inviteStaffAction.run(beheerder, { name: "Zonder", email: "zonder@gemeente.example", role: "STADSDEELREGISSEUR" }, db.prisma);
    const noDept = await inviteStaffAction.run(beheerder, { name: "Zonder", email: "zonder@gemeente.example", role: "AFDELINGSMEDEWERKER" }, db.prisma);
    const badArea = await inviteStaffAction.run(
      beheerder,
      { name: "Zonder", email: "zonder@gemeente.example", role: "STADSDEELREGISSEUR", stadsdeelIds: ["bestaat-niet"] },
      db.prisma,
    );
    expect([taken, noScope, noDept, badArea].map((x) => (x.ok ? "ok" : Object.keys(x.fieldErrors ?? {})[0]))).toEqual([
      "email",
      "stadsdeelIds",
      "departmentId",
      "stadsdeelIds",
    ]);
    for (const who of others)
      expect((await inviteStaffAction.run(who, { name: "X", email: "x@gemeente.example", role: "BEHEERDER" }, db.prisma)).ok).toBe(false);
    expect(await fingerprint(db.prisma)).toEqual(before);
  });
});

describe("role, scope, active, password link", () => {
  it("changes a role and its scope, clearing what does not belong to the new role", async () => {
    const u = await db.prisma.user.findUniqueOrThrow({ where: { email: "nieuw@gemeente.example" } });
    expect(
      (await updateStaffAction.run(beheerder, { userId: u.id, role: "AFDELINGSMEDEWERKER", departmentId: verkeer, stadsdeelIds: [noord] }, db.prisma)).ok,
    ).toBe(true);
    const after = await db.prisma.user.findUniqueOrThrow({ where: { id: u.id }, include: { stadsdelen: true } });
    expect([after.role, after.departmentId, after.stadsdelen.length]).toEqual(["AFDELINGSMEDEWERKER", verkeer, 0]);
    const before = await fingerprint(db.prisma);
    expect((await updateStaffAction.run(beheerder, { userId: u.id, role: "AFDELINGSMEDEWERKER" }, db.prisma)).ok).toBe(false);
    for (const who of others) expect((await updateStaffAction.run(who, { userId: u.id, role: "BEHEERDER" }, db.prisma)).ok).toBe(false);
    expect(await fingerprint(db.prisma)).toEqual(before);
  });

  it("deactivates (open links end) and reactivates; sends a new password link only to active accounts; other roles refused", async () => {
    const u = await db.prisma.user.findUniqueOrThrow({ where: { email: "nieuw@gemeente.example" } });
    expect((await setStaffActiveAction.run(beheerder, { userId: u.id, active: "false" }, db.prisma)).ok).toBe(true);
    expect(await db.prisma.staffToken.count({ where: { userId: u.id, usedAt: null } })).toBe(0);
    expect((await sendPasswordLinkAction.run(beheerder, { userId: u.id }, db.prisma)).ok).toBe(false);
    expect((await setStaffActiveAction.run(beheerder, { userId: u.id, active: "true" }, db.prisma)).ok).toBe(true);
    expect((await sendPasswordLinkAction.run(beheerder, { userId: u.id }, db.prisma)).ok).toBe(true);
    expect(await db.prisma.outboxMessage.count({ where: { toEmail: u.email, kind: "staff.password-link" } })).toBe(1);
    const before = await fingerprint(db.prisma);
    expect((await setStaffActiveAction.run(beheerder, { userId: u.id, active: "misschien" }, db.prisma)).ok).toBe(false);
    expect((await sendPasswordLinkAction.run(beheerder, { userId: "" }, db.prisma)).ok).toBe(false);
    for (const who of others) {
      expect((await setStaffActiveAction.run(who, { userId: u.id, active: "false" }, db.prisma)).ok).toBe(false);
      expect((await sendPasswordLinkAction.run(who, { userId: u.id }, db.prisma)).ok).toBe(false);
    }
    expect(await fingerprint(db.prisma)).toEqual(before);
  });

  it("keeps the last active beheerder: no demotion, no deactivation, unless another can sign in", async () => {
    const before = await fingerprint(db.prisma);
    const demote = await updateStaffAction.run(beheerder, { userId: beheerder.id, role: "WETHOUDER" }, db.prisma);
    const off = await setStaffActiveAction.run(beheerder, { userId: beheerder.id, active: "false" }, db.prisma);
    expect([demote.ok, off.ok]).toEqual([false, false]);
    if (!off.ok) expect(off.error).toMatch(/laatste actieve beheerder/);
    expect(await fingerprint(db.prisma)).toEqual(before);
    // a second beheerder who has not chosen a password yet does not count
    const second = await inviteStaffAction.run(beheerder, { name: "Tweede Beheerder", email: "tweede@gemeente.example", role: "BEHEERDER" }, db.prisma);
    expect(second.ok).toBe(true);
    expect((await setStaffActiveAction.run(beheerder, { userId: beheerder.id, active: "false" }, db.prisma)).ok).toBe(false);
    await db.prisma.user.update({ where: { email: "tweede@gemeente.example" }, data: { passwordHash: "x" } });
    expect((await setStaffActiveAction.run(beheerder, { userId: beheerder.id, active: "false" }, db.prisma)).ok).toBe(true);
  });
});
