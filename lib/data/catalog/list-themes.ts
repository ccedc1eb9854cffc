// The configurable themes, in their display order.
import "server-only";
import { prisma } from "@/lib/db";

export async function listThemes() {
  return prisma.theme.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, name: true, defaultDepartmentId: true } });
}
