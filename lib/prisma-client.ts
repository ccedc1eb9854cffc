// Creates Prisma clients on the pg driver adapter. The app uses the
// singleton in lib/db.ts; scripts and tests create their own with this.
// Every connection runs in UTC, whatever the server's time zone: the
// timestamp columns hold UTC, and now(), CURRENT_TIMESTAMP and casts follow
// the session's zone (a server set to Europe/Amsterdam would otherwise close
// registrations an hour or two early).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.ts";

export function createPrismaClient(connectionString: string, options: { max?: number } = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: options.max ?? 10, options: "-c TimeZone=UTC" });
  return new PrismaClient({ adapter });
}

export type { PrismaClient };
