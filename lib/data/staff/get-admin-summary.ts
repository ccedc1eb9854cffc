// Staff (beheerder only): what the installation holds.
import "server-only";
import { type SessionUser, canAdminister } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

export async function getAdminSummary(user: SessionUser) {
  if (!canAdminister(user)) return null;
  const [usersByRole, departments, themes, stadsdelen, buurten, populationBuurten] = await Promise.all([
    prisma.user.groupBy({ by: ["role"], where: { active: true }, _count: true }),
    prisma.department.count(),
    prisma.theme.count(),
    prisma.stadsdeel.count(),
    prisma.buurt.count(),
    prisma.populationFigure.groupBy({ by: ["areaCode"], where: { level: "BUURT", ageBand: null } }),
  ]);
  return { usersByRole, departments, themes, stadsdelen, buurten, buurtenWithPopulation: populationBuurten.length };
}
