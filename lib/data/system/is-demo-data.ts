// Whether this database was filled by the demo generator: decided once, at
// start (scripts/start.ts passes DEMO_DATA to the web server), not on every
// page view; without it (next dev), asked once per server process.
import "server-only";
import { prisma } from "@/lib/db";

let decided: Promise<boolean> | null = null;

export function isDemoData(): Promise<boolean> {
  if (process.env.DEMO_DATA === "true" || process.env.DEMO_DATA === "false") return Promise.resolve(process.env.DEMO_DATA === "true");
  decided ??= prisma.auditEvent.findFirst({ where: { action: "demo.seed" }, select: { id: true } }).then((r) => r !== null);
  return decided;
}
