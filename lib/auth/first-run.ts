// The first run of an empty install: while no active beheerder exists,
// `npm start` prints a one-time setup link (24 hours, valid once; a new start
// replaces the previous link) with which a person creates the first
// beheerder. Once a beheerder is active there is no setup link at all.
import type { Prisma } from "../../generated/prisma/client.ts";
import type { Tx } from "../actions/define-action.ts";
import type { PrismaClient } from "../prisma-client.ts";
import { issueStaffToken } from "./staff-tokens.ts";

/** Active beheerders who can sign in (a password set, or bound to SSO), as a where clause. */
export const signInBeheerders: Prisma.UserWhereInput = {
  role: "BEHEERDER",
  active: true,
  OR: [{ passwordHash: { not: null } }, { oidcSubject: { not: null } }],
};

export async function hasActiveBeheerder(db: Tx | PrismaClient): Promise<boolean> {
  return (await db.user.count({ where: signInBeheerders })) > 0;
}

/** Serialises creating the first beheerder (setup page and admin:create) within a transaction. */
export async function lockSetup(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('stadsdeelportaal.setup'))`;
}

/** A fresh setup link, or null when a beheerder is active. Earlier unused setup links stop working. */
export async function issueSetupLink(db: PrismaClient, baseUrl: string): Promise<string | null> {
  if (await hasActiveBeheerder(db)) return null;
  return db.$transaction(async (tx) => {
    await tx.staffToken.updateMany({ where: { purpose: "setup", usedAt: null }, data: { usedAt: new Date() } });
    const token = await issueStaffToken(tx, "setup", null);
    await tx.auditEvent.create({ data: { actorKind: "system", action: "setup.link", entityType: "User" } });
    return `${baseUrl.replace(/\/$/, "")}/installatie/${token}`;
  });
}
