// Public action behind a set-password link (from `npm run admin:create`, and
// later invitations and resets): sets the account's password once, for an
// active account, and ends every other open set-password link of it. Audited.
import { hashPassword } from "../../auth/password.ts";
import { redeemStaffToken } from "../../auth/staff-tokens.ts";
import { AppError } from "../../errors.ts";
import { setPasswordSchema } from "../../validation/staff.ts";
import type { ActionResult } from "../define-action.ts";
import { definePublicAction } from "../define-public-action.ts";

export const setPasswordAction = definePublicAction({
  name: "staff.set-password",
  schema: setPasswordSchema,
  async handler({ tx }, input) {
    const link = await redeemStaffToken(tx, input.token, "set-password");
    const user = link?.userId ? await tx.user.findUnique({ where: { id: link.userId } }) : null;
    if (!link || !user?.active) throw new AppError("FORBIDDEN", "Deze link is verlopen of al gebruikt. Vraag de beheerder om een nieuwe.");
    await tx.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.password) } });
    await tx.staffToken.updateMany({ where: { userId: user.id, purpose: "set-password", usedAt: null }, data: { usedAt: new Date() } });
    await tx.auditEvent.create({ data: { actorId: user.id, actorKind: "staff", action: "staff.set-password", entityType: "User", entityId: user.id } });
    return { email: user.email };
  },
});

export async function setPassword(_prev: unknown, form: FormData): Promise<ActionResult<{ email: string }>> {
  "use server";
  return setPasswordAction.invoke(form);
}
