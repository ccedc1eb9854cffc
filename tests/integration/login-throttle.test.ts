// Staff login throttling: after the maximum number of failures in 15
// minutes the address is blocked; the window expires; success clears it.
import { beforeAll, describe, expect, it } from "vitest";
import { clearFailedLogins, loginBlocked, maxFailedLogins, recordFailedLogin } from "../../lib/auth/login-throttle.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});

describe("login throttle", () => {
  it("blocks after the maximum failures, per address, until the window passes or a success clears it", async () => {
    const now = Date.now();
    for (let i = 0; i < maxFailedLogins() - 1; i++) await recordFailedLogin(db.prisma, "a@gemeente.example", now);
    expect(await loginBlocked(db.prisma, "a@gemeente.example", now)).toBe(false);
    await recordFailedLogin(db.prisma, "a@gemeente.example", now);
    expect(await loginBlocked(db.prisma, "a@gemeente.example", now)).toBe(true);
    expect(await loginBlocked(db.prisma, "b@gemeente.example", now)).toBe(false);
    expect(await loginBlocked(db.prisma, "a@gemeente.example", now + 16 * 60_000)).toBe(false);
    await clearFailedLogins(db.prisma, "a@gemeente.example");
    expect(await loginBlocked(db.prisma, "a@gemeente.example", now)).toBe(false);
  });
});
