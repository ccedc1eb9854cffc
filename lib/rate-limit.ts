// Rate limits stored in PostgreSQL, so they hold across app instances:
// registrations per IP and per e-mail. rate-limiter-flexible's PostgreSQL
// store does one upsert per check; it talks to our Prisma client through a
// small pg-style adapter (table `rate_limits`, created by our migrations).
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import type { PrismaClient } from "./prisma-client.ts";

export const limits = {
  registrationPerIp: { points: Number(process.env.RATE_LIMIT_REGISTRATIONS_PER_IP ?? 20), duration: 10 * 60 },
  registrationPerEmail: { points: 5, duration: 60 * 60 },
} as const;

/** What RateLimiterPostgres needs of a pg Pool, answered by Prisma (BigInt → number). */
function pgStyle(prisma: PrismaClient) {
  return {
    query: async (q: { text: string; values?: unknown[] }) => {
      const rows = await prisma.$queryRawUnsafe<Record<string, unknown>[]>(q.text, ...(q.values ?? []));
      return { rows: rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v]))) };
    },
  };
}

const limiters = new WeakMap<PrismaClient, Map<string, RateLimiterPostgres>>();

function limiter(prisma: PrismaClient, name: keyof typeof limits): RateLimiterPostgres {
  let map = limiters.get(prisma);
  if (!map) limiters.set(prisma, (map = new Map()));
  let l = map.get(name);
  if (!l) {
    l = new RateLimiterPostgres({
      storeClient: pgStyle(prisma), storeType: "pool", tableName: "rate_limits", tableCreated: true, clearExpiredByTimeout: false, keyPrefix: name, ...limits[name],
    });
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
