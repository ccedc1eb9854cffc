// Which staff account an SSO login belongs to. The account is bound to the
// identity provider's subject (sub, or Entra ID's oid) at its first SSO
// login — found then by the e-mail address the beheerder provisioned, and
// only if the provider does not say that address is unverified. After that
// only the subject counts: a changed or spoofed e-mail claim never reaches
// another account. Inactive accounts never get in. Audited.
import type { PrismaClient } from "../prisma-client.ts";

export type SsoClaims = { subject: string; email?: string | null; emailVerified?: boolean | null };

export async function resolveSsoUser(prisma: PrismaClient, claims: SsoClaims): Promise<{ id: string } | null> {
  if (!claims.subject) return null;
  const bound = await prisma.user.findUnique({ where: { oidcSubject: claims.subject }, select: { id: true, active: true } });
  if (bound) return bound.active ? { id: bound.id } : null;
  const email = claims.email?.trim().toLowerCase();
  if (!email || claims.emailVerified === false) return null;
  return prisma.$transaction(async (tx) => {
    const bind = await tx.user.updateMany({ where: { email, active: true, oidcSubject: null }, data: { oidcSubject: claims.subject } });
    if (bind.count !== 1) return null;
    const user = await tx.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    await tx.auditEvent.create({ data: { actorId: user.id, actorKind: "staff", action: "auth.sso-bind", entityType: "User", entityId: user.id } });
    return user;
  });
}
