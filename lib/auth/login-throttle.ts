// Brute-force protection for staff login, counted in PostgreSQL (table
// rate_limits through the rate_limit_hit SQL function, shared by all app
// instances). Every attempt is counted before the password is checked, in
// one statement, so a burst of simultaneous attempts cannot slip through a
// check-then-act gap. Three windows of 15 minutes:
//   - per e-mail address and source address: LOGIN_ATTEMPTS_PER_15_MIN (10);
//   - per e-mail address from anywhere: 5×, against a distributed attack;
//   - per source address over all e-mail addresses: 10×, against spraying.
// So a stranger can lock a colleague out only from their own address, and
// for 15 minutes. A success clears the pair and the address's count and is
// not counted for the source address. Keys are hashes: no e-mail or IP
// address is stored.
import { sha256Hex as hash } from "../hash.ts";
import type { PrismaClient } from "../prisma-client.ts";

const WINDOW_MS = 15 * 60_000;
export const maxFailedLogins = () => Number(process.env.LOGIN_ATTEMPTS_PER_15_MIN ?? 10);

const keys = (email: string, ip: string) => ({
  pair: `login:${hash(`${email.toLowerCase()} ${ip}`)}`,
  email: `loginEmail:${hash(email.toLowerCase())}`,
  ip: `loginIp:${hash(ip)}`,
});

/** Counts this attempt and answers whether it may go on to the password check. */
export async function loginAttemptAllowed(prisma: PrismaClient, email: string, ip: string, now = Date.now()): Promise<boolean> {
  const k = keys(email, ip);
  const [row] = await prisma.$queryRaw<{ pair: number; email: number; ip: number }[]>`
    SELECT "rate_limit_hit"(${k.pair}, ${WINDOW_MS}::bigint, ${now}::bigint) AS pair,
           "rate_limit_hit"(${k.email}, ${WINDOW_MS}::bigint, ${now}::bigint) AS email,
           "rate_limit_hit"(${k.ip}, ${WINDOW_MS}::bigint, ${now}::bigint) AS ip`;
  const max = maxFailedLogins();
  return row.pair <= max && row.email <= 5 * max && row.ip <= 10 * max;
}

/** After a successful login: the pair and the address start afresh; the success does not count for the source. */
export async function clearFailedLogins(prisma: PrismaClient, email: string, ip: string): Promise<void> {
  const k = keys(email, ip);
  await prisma.$executeRaw`DELETE FROM "rate_limits" WHERE key IN (${k.pair}, ${k.email})`;
  await prisma.$executeRaw`UPDATE "rate_limits" SET points = greatest(points - 1, 0) WHERE key = ${k.ip}`;
}

/** The daily clean-up: expired counters go (lib/jobs). */
export async function deleteExpiredRateLimits(prisma: PrismaClient, now = Date.now()): Promise<number> {
  return prisma.$executeRaw`DELETE FROM "rate_limits" WHERE expire <= ${now}`;
}
