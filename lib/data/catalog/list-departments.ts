// The departments, by name; `onlyId` narrows the list to one department
// (an afdelingsmedewerker may only choose their own).
import "server-only";
import { prisma } from "@/lib/db";

export async function listDepartments(onlyId?: string | null) {
  return prisma.department.findMany({
    where: onlyId === undefined ? {} : { id: onlyId ?? "" },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
