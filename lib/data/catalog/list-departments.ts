// The departments, by name; `onlyId` narrows the list to one department
// (an afdelingsmedewerker may only choose their own); `forForm` leaves out
// deactivated ones (filters and history keep them).
import "server-only";
import { prisma } from "@/lib/db";

export async function listDepartments(onlyId?: string | null, options: { forForm?: boolean } = {}) {
  return prisma.department.findMany({
    where: { ...(onlyId === undefined ? {} : { id: onlyId ?? "" }), ...(options.forForm ? { active: true } : {}) },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
