// The one Prisma client of the app (server only). Created on first use, so
// importing this module (e.g. while `next build` collects pages) needs no
// database; it survives hot reloads in development by living on globalThis.
import "server-only";
import { createPrismaClient, type PrismaClient } from "./prisma-client.ts";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  if (globalForPrisma.prisma) return globalForPrisma.prisma;
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set. Start the portal with `npm start`, which provides one.");
  globalForPrisma.prisma = createPrismaClient(url, { max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  return globalForPrisma.prisma;
}

export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const c = client();
    const value = Reflect.get(c, property, c);
    return typeof value === "function" ? value.bind(c) : value;
  },
});
