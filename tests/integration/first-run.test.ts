// An empty install: the setup link creates the first beheerder once (valid,
// invalid input, used, expired, and not at all once a beheerder is active —
// the database unchanged after every refusal); set-password links work once
// for active accounts; the health figures count without personal data.
import { beforeAll, describe, expect, it } from "vitest";
import { createFirstBeheerderAction } from "../../lib/actions/beheer/create-first-beheerder.ts";
import { setPasswordAction } from "../../lib/actions/beheer/set-password.ts";
import { issueSetupLink } from "../../lib/auth/first-run.ts";
import { checkPassword } from "../../lib/auth/password.ts";
import { issueStaffToken } from "../../lib/auth/staff-tokens.ts";
import { getHealth } from "../../lib/data/system/get-health.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;
const STRONG = "paars-fietsrek-onder-kastanje";
const tokenOf = (link: string) => link.split("/").pop()!;
const users = () => db.prisma.user.count();

beforeAll(async () => {
  db = await createTestDatabase(); // migrated, no demo: what a municipality starts with
  process.env.DATABASE_URL = db.url;
});

describe("first run", () => {
  it("refuses weak, mismatched and malformed input without using the link or writing anything", async () => {
    const token = tokenOf((await issueSetupLink(db.prisma, "https://portaal.example"))!);
    const cases = [
      { name: "Beheer Der", email: "beheer@gemeente.example", password: "kort", passwordRepeat: "kort" },
      { name: "Beheer Der", email: "beheer@gemeente.example", password: "wachtwoord1", passwordRepeat: "wachtwoord1" },
      { name: "Beheer Der", email: "beheer@gemeente.example", password: STRONG, passwordRepeat: `${STRONG}x` },
      { name: "", email: "geen-adres", password: STRONG, passwordRepeat: STRONG },
    ];
    for (const c of cases) {
      const r = await createFirstBeheerderAction.run({ token, ...c }, db.prisma);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(Object.keys(r.fieldErrors ?? {})).not.toEqual([]);
    }
    expect(await users()).toBe(0);
    const ok = await createFirstBeheerderAction.run(
      { token, name: "Beheer Der", email: "Beheer@Gemeente.example", password: STRONG, passwordRepeat: STRONG },
      db.prisma,
    );
    expect(ok.ok).toBe(true);
    const u = await db.prisma.user.findUniqueOrThrow({ where: { email: "beheer@gemeente.example" } });
    expect([u.role, u.active, (await checkPassword(STRONG, u.passwordHash)).ok]).toEqual(["BEHEERDER", true, true]);
    expect(await db.prisma.auditEvent.count({ where: { action: "setup.first-beheerder", entityId: u.id } })).toBe(1);
  });

  it("once a beheerder is active: no new setup link, and an old link creates nobody", async () => {
    expect(await issueSetupLink(db.prisma, "https://portaal.example")).toBeNull();
    const stale = await issueStaffToken(db.prisma, "setup", null);
    const r = await createFirstBeheerderAction.run(
      { token: stale, name: "Tweede", email: "tweede@gemeente.example", password: STRONG, passwordRepeat: STRONG },
      db.prisma,
    );
    expect(r.ok).toBe(false);
    expect(await users()).toBe(1);
  });
});

describe("set-password links", () => {
  it("set the password once, for an active account; expired, used and deactivated refuse and change nothing", async () => {
    const u = await db.prisma.user.create({ data: { email: "nieuw@gemeente.example", name: "Nieuw", role: "STADSDEELREGISSEUR" } });
    const expired = await issueStaffToken(db.prisma, "set-password", u.id, 24, new Date(Date.now() - 25 * 3_600_000));
    expect((await setPasswordAction.run({ token: expired, password: STRONG, passwordRepeat: STRONG }, db.prisma)).ok).toBe(false);
    const token = await issueStaffToken(db.prisma, "set-password", u.id);
    expect((await setPasswordAction.run({ token, password: STRONG, passwordRepeat: "anders" }, db.prisma)).ok).toBe(false);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: u.id } })).passwordHash).toBeNull();
    expect((await setPasswordAction.run({ token, password: STRONG, passwordRepeat: STRONG }, db.prisma)).ok).toBe(true);
    expect((await checkPassword(STRONG, (await db.prisma.user.findUniqueOrThrow({ where: { id: u.id } })).passwordHash)).ok).toBe(true);
    expect((await setPasswordAction.run({ token, password: `${STRONG}2`, passwordRepeat: `${STRONG}2` }, db.prisma)).ok).toBe(false);
    await db.prisma.user.update({ where: { id: u.id }, data: { active: false } });
    const late = await issueStaffToken(db.prisma, "set-password", u.id);
    expect((await setPasswordAction.run({ token: late, password: `${STRONG}3`, passwordRepeat: `${STRONG}3` }, db.prisma)).ok).toBe(false);
    expect((await checkPassword(STRONG, (await db.prisma.user.findUniqueOrThrow({ where: { id: u.id } })).passwordHash)).ok).toBe(true);
  });
});

describe("health", () => {
  it("reports the database, the worker's heartbeat and the outbox backlog", async () => {
    expect(await getHealth()).toEqual({ ok: true, database: "ok", workerHeartbeatAgeSeconds: null, outbox: { pending: 0, failed: 0 } });
    await db.prisma.workerHeartbeat.create({ data: { id: "worker", beatAt: new Date(Date.now() - 5000) } });
    await db.prisma.outboxMessage.create({ data: { kind: "x", toEmail: "a@b.example", subject: "s", text: "t", status: "FAILED" } });
    const h = await getHealth();
    expect(h.workerHeartbeatAgeSeconds).toBeGreaterThanOrEqual(4);
    expect(h.outbox).toEqual({ pending: 0, failed: 1 });
  });
});

describe("password hashes", () => {
  it("stores argon2id; an old bcrypt hash still verifies and comes back as argon2id to store; a wrong or missing password fails", async () => {
    const { hashPassword } = await import("../../lib/auth/password.ts");
    const bcrypt = (await import("bcryptjs")).default;
    const fresh = await hashPassword(STRONG);
    expect(fresh).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await checkPassword(STRONG, fresh)).toEqual({ ok: true, rehash: null });
    expect(await checkPassword(`${STRONG}x`, fresh)).toEqual({ ok: false, rehash: null });
    const old = await bcrypt.hash(STRONG, 4);
    const upgraded = await checkPassword(STRONG, old);
    expect(upgraded.ok).toBe(true);
    expect((await checkPassword(STRONG, upgraded.rehash!)).ok).toBe(true);
    expect(await checkPassword("fout", old)).toEqual({ ok: false, rehash: null });
    expect(await checkPassword(STRONG, null)).toEqual({ ok: false, rehash: null });
    expect(await checkPassword(STRONG, "geen-hash")).toEqual({ ok: false, rehash: null });
  });
});
