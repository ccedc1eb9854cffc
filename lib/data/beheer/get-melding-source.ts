// Beheer: the meldingen system's connection (never the token itself), the
// Signalen categories seen with their mapping and waiting signals, the
// portal categories that can be chosen, and how many meldingen came in.
import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { requireAdministrator } from "../scope";

export async function getMeldingSource(user: SessionUser) {
  requireAdministrator(user);
  const [source, categories, choices, imported] = await Promise.all([
    prisma.meldingSource.findUnique({ where: { id: "signalen" }, select: { baseUrl: true, status: true, lastError: true, lastSyncAt: true, cursor: true } }),
    prisma.signalenCategory.findMany({ orderBy: [{ categoryId: { sort: "asc", nulls: "first" } }, { path: "asc" }], select: { path: true, categoryId: true, waiting: true } }),
    prisma.meldingCategory.findMany({ where: { active: true, defaultDepartmentId: { not: null } }, orderBy: { name: "asc" }, select: { id: true, name: true, defaultDepartment: { select: { name: true } } } }),
    prisma.melding.count({ where: { origin: "SIGNALEN" } }),
  ]);
  return { source, categories, choices: choices.map((c) => ({ value: c.id, label: `${c.name} (${c.defaultDepartment!.name})` })), imported };
}
