// Beheer (beheerder only, refused in the function): every staff account with
// role, scope, status and last login, and the choices of the staff forms.
import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireAdministrator } from "@/lib/data/scope";

const select = {
  id: true,
  name: true,
  email: true,
  role: true,
  active: true,
  lastLoginAt: true,
  passwordHash: true,
  oidcSubject: true,
  department: { select: { id: true, name: true } },
  wethouderStadsdeel: { select: { id: true, name: true } },
  organisation: { select: { id: true, name: true } },
  stadsdelen: { select: { stadsdeel: { select: { id: true, name: true } } }, orderBy: { stadsdeel: { name: "asc" } } },
} as const;

const shape = <T extends { passwordHash: string | null; oidcSubject: string | null }>({ passwordHash, oidcSubject, ...u }: T) => ({
  ...u,
  canSignIn: passwordHash !== null || oidcSubject !== null,
});

export async function listStaff(user: SessionUser) {
  requireAdministrator(user);
  const users = await prisma.user.findMany({ orderBy: [{ active: "desc" }, { name: "asc" }], select });
  return users.map(shape);
}

export async function getStaffMember(user: SessionUser, id: string) {
  requireAdministrator(user);
  const u = await prisma.user.findUnique({ where: { id }, select });
  if (!u) throw new AppError("NOT_FOUND", "Onbekende medewerker.");
  return shape(u);
}

export async function staffFormOptions(user: SessionUser) {
  requireAdministrator(user);
  const [stadsdelen, departments, organisations] = await Promise.all([
    prisma.stadsdeel.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    prisma.department.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    prisma.organisation.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { stadsdelen, departments, organisations };
}
