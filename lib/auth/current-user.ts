// Loads the signed-in staff user fresh from the database on every request,
// so a changed role or a deactivated account takes effect at once.
import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "../../generated/prisma/enums.ts";
import { prisma } from "../db.ts";
import { authOptions } from "./options.ts";
import type { SessionUser } from "./permissions.ts";

export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const user = await prisma.user.findUnique({
    where: { id },
    include: { stadsdelen: { select: { stadsdeelId: true } } },
  });
  if (!user?.active) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    departmentId: user.departmentId,
    stadsdeelIds: user.stadsdelen.map((s) => s.stadsdeelId),
    wethouderStadsdeelId: user.wethouderStadsdeelId,
    organisationId: user.organisationId,
  };
});

/** The signed-in user, or a redirect to the login page. */
export async function requireUser(roles?: Role[]): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (roles && !roles.includes(user.role)) forbidden();
  return user;
}
