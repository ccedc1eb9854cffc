// Brute-force protection for staff login: at most LOGIN_ATTEMPTS_PER_15_MIN
// failed attempts per e-mail address in 15 minutes, counted in PostgreSQL
// (table rate_limits through the rate_limit_hit SQL function, shared with
// the registration limits and by all app instances). A successful login
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
  await prisma.$queryRaw`SELECT "rate_limit_hit"(${key(email)}, ${WINDOW_MS}::bigint, ${now}::bigint)`;
}

export async function clearFailedLogins(prisma: PrismaClient, email: string): Promise<void> {
  await prisma.$executeRaw`DELETE FROM "rate_limits" WHERE key = ${key(email)}`;
}
