// The one Prisma client of the app (server only). Survives hot reloads in
// development by living on globalThis.
import "server-only";
import { createPrismaClient, type PrismaClient } from "./prisma-client.ts";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set. Start the portal with `npm start`, which provides one.");
  return url;
}

export const prisma: PrismaClient = globalForPrisma.prisma ?? createPrismaClient(databaseUrl());
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
