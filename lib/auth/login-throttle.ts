// Brute-force protection for staff login: at most LOGIN_ATTEMPTS_PER_15_MIN
// failed attempts per e-mail address in 15 minutes, counted in PostgreSQL
// (table rate_limits, shared by all app instances). A successful login
// clears the count.
import type { PrismaClient } from "../prisma-client.ts";

const WINDOW_MS = 15 * 60_000;
export const maxFailedLogins = () => Number(process.env.LOGIN_ATTEMPTS_PER_15_MIN ?? 10);

const key = (email: string) => `loginFailures:${email}`;

export async function loginBlocked(prisma: PrismaClient, email: string, now = Date.now()): Promise<boolean> {
  const [row] = await prisma.$queryRaw<{ points: number }[]>`SELECT points FROM "rate_limits" WHERE key = ${key(email)} AND expire > ${now}`;
  return (row?.points ?? 0) >= maxFailedLogins();
}

export async function recordFailedLogin(prisma: PrismaClient, email: string, now = Date.now()): Promise<void> {
  await prisma.$executeRaw`
    INSERT INTO "rate_limits" (key, points, expire) VALUES (${key(email)}, 1, ${now + WINDOW_MS})
    ON CONFLICT (key) DO UPDATE SET
      points = CASE WHEN "rate_limits".expire <= ${now} THEN 1 ELSE "rate_limits".points + 1 END,
      expire = CASE WHEN "rate_limits".expire <= ${now} THEN ${now + WINDOW_MS} ELSE "rate_limits".expire END`;
}

export async function clearFailedLogins(prisma: PrismaClient, email: string): Promise<void> {
  await prisma.$executeRaw`DELETE FROM "rate_limits" WHERE key = ${key(email)}`;
}
