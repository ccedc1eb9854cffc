// The choices for routing a melding: the active categories (with their
// default term) and departments.
import "server-only";
import { listDepartments } from "@/lib/data/catalog/list-departments";
import { prisma } from "@/lib/db";

export async function listRoutingOptions() {
  const [categories, departments] = await Promise.all([
    prisma.meldingCategory.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true, defaultDueDays: true } }),
    listDepartments(undefined, { forForm: true }),
  ]);
  return {
    categories: categories.map((c) => ({ value: c.id, label: `${c.name} (termijn ${c.defaultDueDays} dagen)` })),
    departments: departments.map((d) => ({ value: d.id, label: d.name })),
  };
}
