// Beheer (beheerder only, refused in the function): the departments, themes
// and melding categories with their routing, status and how often each is
// used — the catalogue page.
import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { requireAdministrator } from "@/lib/data/scope";

export async function listCatalog(user: SessionUser) {
  requireAdministrator(user);
  const [departments, themes, categories] = await Promise.all([
    prisma.department.findMany({
      orderBy: { name: "asc" },
      select: { id: true, name: true, email: true, active: true, _count: { select: { meldingen: true, users: true } } },
    }),
    prisma.theme.findMany({
      orderBy: { sortOrder: "asc" },
      select: { id: true, name: true, active: true, defaultDepartmentId: true, _count: { select: { inbreng: true, meldingen: true } } },
    }),
    prisma.meldingCategory.findMany({
      orderBy: { name: "asc" },
      select: { id: true, name: true, active: true, defaultDepartmentId: true, defaultDueDays: true, _count: { select: { meldingen: true } } },
    }),
  ]);
  return { departments, themes, categories };
}
