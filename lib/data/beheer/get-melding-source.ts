// Beheer: the meldingen system's connection (never the token or secret), the
// Signalen categories seen with their mapping and waiting signals, the
// portal categories that can be chosen, how many meldingen came in, and the
// pushes from the portal (sent, waiting, failed).
import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { requireAdministrator } from "../scope";

export async function getMeldingSource(user: SessionUser) {
  requireAdministrator(user);
  const [source, categories, choices, imported, pushed] = await Promise.all([
    prisma.meldingSource.findUnique({
      where: { id: "signalen" },
      select: {
        baseUrl: true,
        status: true,
        lastError: true,
        lastSyncAt: true,
        cursor: true,
        authKind: true,
        issuerUrl: true,
        clientId: true,
        sourceName: true,
        linkTemplate: true,
        backfillCursor: true,
        backfillUntil: true,
      },
    }),
    prisma.signalenCategory.findMany({
      orderBy: [{ categoryId: { sort: "asc", nulls: "first" } }, { path: "asc" }],
      select: { path: true, categoryId: true, waiting: true },
    }),
    prisma.meldingCategory.findMany({
      where: { active: true, defaultDepartmentId: { not: null } },
      orderBy: { name: "asc" },
      select: { id: true, name: true, defaultDepartment: { select: { name: true } } },
    }),
    prisma.melding.count({ where: { origin: "SIGNALEN" } }),
    prisma.integrationMessage.groupBy({ by: ["status"], _count: true }),
  ]);
  const pushes = Object.fromEntries(pushed.map((p) => [p.status, p._count]));
  return {
    source,
    categories,
    choices: choices.map((c) => ({ value: c.id, label: `${c.name} (${c.defaultDepartment!.name})` })),
    imported,
    pushes: { sent: pushes.SENT ?? 0, waiting: (pushes.PENDING ?? 0) + (pushes.SENDING ?? 0), failed: pushes.FAILED ?? 0 },
  };
}
