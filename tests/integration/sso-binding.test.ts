// SSO accounts: bound to the provider's subject at the first login (found by
// the provisioned e-mail address, never when the provider calls it
// unverified); afterwards only the subject counts — a spoofed e-mail claim
// from another subject reaches nobody; inactive accounts never get in.
import { beforeAll, describe, expect, it } from "vitest";
import { resolveSsoUser } from "../../lib/auth/sso.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;
let staffId: string;
beforeAll(async () => {
  db = await createTestDatabase();
  staffId = (await db.prisma.user.create({ data: { email: "jan.regisseur@gemeente.example", name: "Jan", role: "STADSDEELREGISSEUR" } })).id;
  await db.prisma.user.create({ data: { email: "oud@gemeente.example", name: "Oud", role: "WETHOUDER", active: false } });
});

describe("SSO binding", () => {
  it("refuses an unverified e-mail claim, then binds on the first verified login and audits it", async () => {
    expect(await resolveSsoUser(db.prisma, { subject: "sub-evil", email: "jan.regisseur@gemeente.example", emailVerified: false })).toBeNull();
    expect(await resolveSsoUser(db.prisma, { subject: "sub-jan", email: "Jan.Regisseur@gemeente.example" })).toEqual({ id: staffId });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: staffId } })).oidcSubject).toBe("sub-jan");
    expect(await db.prisma.auditEvent.count({ where: { action: "auth.sso-bind", entityId: staffId } })).toBe(1);
  });

  it("after binding, only the subject counts: another subject with the same e-mail claim gets nothing", async () => {
    expect(await resolveSsoUser(db.prisma, { subject: "sub-other", email: "jan.regisseur@gemeente.example", emailVerified: true })).toBeNull();
    expect(await resolveSsoUser(db.prisma, { subject: "sub-jan", email: "changed@elders.example" })).toEqual({ id: staffId });
  });

  it("an unknown address, a missing subject and an inactive account get nothing", async () => {
    expect(await resolveSsoUser(db.prisma, { subject: "sub-x", email: "niemand@gemeente.example" })).toBeNull();
    expect(await resolveSsoUser(db.prisma, { subject: "", email: "jan.regisseur@gemeente.example" })).toBeNull();
    expect(await resolveSsoUser(db.prisma, { subject: "sub-oud", email: "oud@gemeente.example" })).toBeNull();
  });
});
