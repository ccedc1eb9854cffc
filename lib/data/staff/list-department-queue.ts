// Staff: the open meldingen of the user's own department, overdue first.
// Authorisation in the where: other departments' meldingen never load.
import "server-only";
import { type SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

export async function listDepartmentQueue(user: SessionUser, take = 25) {
  if (user.role !== "AFDELINGSMEDEWERKER" || !user.departmentId) return null;
  const where = { departmentId: user.departmentId, status: { in: ["NIEUW", "DOORGEZET", "IN_BEHANDELING"] as ("NIEUW" | "DOORGEZET" | "IN_BEHANDELING")[] } };
  const [department, total, overdue, items] = await Promise.all([
    prisma.department.findUnique({ where: { id: user.departmentId }, select: { name: true } }),
    prisma.melding.count({ where }),
    prisma.melding.count({ where: { ...where, dueAt: { lt: new Date() } } }),
    prisma.melding.findMany({
      where,
      orderBy: [{ dueAt: "asc" }],
      take,
      select: {
        id: true,
        description: true,
        status: true,
        dueAt: true,
        externalReference: true,
        category: { select: { name: true } },
        buurt: { select: { name: true } },
      },
    }),
  ]);
  return { department: department?.name ?? "", total, overdue, items };
}
