// Whether this database was filled by the demo generator.
import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";

export const isDemoData = cache(async (): Promise<boolean> => {
  const seeded = await prisma.auditEvent.findFirst({ where: { action: "demo.seed" }, select: { id: true } });
  return seeded !== null;
});
