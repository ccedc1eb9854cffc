// Rate limits stored in PostgreSQL (rate-limiter-flexible on Prisma), so
// they hold across app instances: registrations per IP and per e-mail.
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { PrismaClient } from "./prisma-client.ts";

export const limits = {
  registrationPerIp: { points: Number(process.env.RATE_LIMIT_REGISTRATIONS_PER_IP ?? 20), duration: 10 * 60 },
  registrationPerEmail: { points: 5, duration: 60 * 60 },
} as const;

const limiters = new WeakMap<PrismaClient, Map<string, RateLimiterPrisma>>();

function limiter(prisma: PrismaClient, name: keyof typeof limits): RateLimiterPrisma {
  let map = limiters.get(prisma);
  if (!map) limiters.set(prisma, (map = new Map()));
  let l = map.get(name);
  if (!l) {
    l = new RateLimiterPrisma({ storeClient: prisma, tableName: "rateLimiterFlexible", keyPrefix: name, clearExpiredByTimeout: false, ...limits[name] });
    map.set(name, l);
  }
  return l;
}

/** Counts one attempt; false when the limit for this key is used up. */
export async function consume(prisma: PrismaClient, name: keyof typeof limits, key: string): Promise<boolean> {
  try {
    await limiter(prisma, name).consume(key);
    return true;
  } catch (error) {
    if (error instanceof RateLimiterRes) return false;
    throw error;
  }
}
