// Whether a staff link (first-run setup, set password) still works, for its
// page: "setup" links only while no beheerder is active; set-password links
// with the account's name.
import "server-only";
import { hasActiveBeheerder } from "@/lib/auth/first-run";
import { findStaffToken } from "@/lib/auth/staff-tokens";
import { prisma } from "@/lib/db";

export async function getSetupLinkState(token: string): Promise<"ok" | "invalid" | "done"> {
  if (await hasActiveBeheerder(prisma)) return "done";
  return (await findStaffToken(prisma, token, "setup")) ? "ok" : "invalid";
}

export async function getSetPasswordLink(token: string): Promise<{ name: string; email: string } | null> {
  const link = await findStaffToken(prisma, token, "set-password");
  if (!link?.userId) return null;
  return prisma.user.findFirst({ where: { id: link.userId, active: true }, select: { name: true, email: true } });
}
