// The configurable themes, in their display order: all of them for filters
// and history, only the active ones for forms (`forForm`).
import "server-only";
import { prisma } from "@/lib/db";

export async function listThemes(options: { forForm?: boolean } = {}) {
  return prisma.theme.findMany({
    where: options.forForm ? { active: true } : {},
    orderBy: { sortOrder: "asc" },
    select: { id: true, name: true, defaultDepartmentId: true, active: true },
  });
}
