// Staff login throttling: every attempt is counted before the password is
// checked, atomically, per e-mail and source address, per e-mail address
// from anywhere, and per source address; a burst cannot slip through, a
// stranger cannot lock a colleague out from elsewhere, the window expires,
// a success clears it, no address is stored, and expired rows are cleaned.
import { beforeAll, describe, expect, it } from "vitest";
import { clearFailedLogins, deleteExpiredRateLimits, loginAttemptAllowed, maxFailedLogins } from "../../lib/auth/login-throttle.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});

describe("login throttle", () => {
  it("a simultaneous burst from one address gets exactly the allowed number of password checks", async () => {
    const now = Date.now();
    const results = await Promise.all(Array.from({ length: 40 }, () => loginAttemptAllowed(db.prisma, "burst@gemeente.example", "198.51.100.1", now)));
    expect(results.filter(Boolean)).toHaveLength(maxFailedLogins());
  });

  it("blocks per e-mail and source address only: the colleague at another address still gets in; the window passes; a success clears it", async () => {
    const now = Date.now();
    for (let i = 0; i < maxFailedLogins(); i++) expect(await loginAttemptAllowed(db.prisma, "a@gemeente.example", "203.0.113.66", now)).toBe(true);
    expect(await loginAttemptAllowed(db.prisma, "a@gemeente.example", "203.0.113.66", now)).toBe(false);
    expect(await loginAttemptAllowed(db.prisma, "a@gemeente.example", "192.0.2.10", now)).toBe(true);
    expect(await loginAttemptAllowed(db.prisma, "a@gemeente.example", "203.0.113.66", now + 16 * 60_000)).toBe(true);
    await clearFailedLogins(db.prisma, "a@gemeente.example", "203.0.113.66");
    expect(await loginAttemptAllowed(db.prisma, "a@gemeente.example", "203.0.113.66", now)).toBe(true);
  });

  it("a distributed attack on one address and spraying from one source are limited too", async () => {
    const now = Date.now();
    const spread = await Promise.all(
      Array.from({ length: 6 * maxFailedLogins() }, (_, i) => loginAttemptAllowed(db.prisma, "target@gemeente.example", `198.18.${i >> 8}.${i & 255}`, now)),
    );
    expect(spread.filter(Boolean)).toHaveLength(5 * maxFailedLogins());
    const spray = await Promise.all(
      Array.from({ length: 11 * maxFailedLogins() }, (_, i) => loginAttemptAllowed(db.prisma, `user${i}@gemeente.example`, "198.51.100.99", now)),
    );
    expect(spray.filter(Boolean)).toHaveLength(10 * maxFailedLogins());
  });

  it("stores no e-mail or IP address, and the daily clean-up removes expired counters", async () => {
    const rows = await db.prisma.rateLimit.findMany({ select: { key: true } });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => /@|\d+\.\d+\.\d+\.\d+/.test(r.key))).toEqual([]);
    expect(await deleteExpiredRateLimits(db.prisma, Date.now() + 60 * 60_000)).toBe(rows.length);
    expect(await db.prisma.rateLimit.count()).toBe(0);
  });
});
