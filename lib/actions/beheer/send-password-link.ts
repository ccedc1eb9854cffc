// Server action (beheerder): mail an active colleague a new one-time link to
// choose a password (seven days); earlier links stop working. Audited.
import { issueStaffToken } from "../../auth/staff-tokens.ts";
import { AppError } from "../../errors.ts";
import { staffMessages } from "../../mail/staff-messages.ts";
import { enqueueMessage } from "../../outbox/enqueue-message.ts";
import { staffUserSchema } from "../../validation/staff.ts";
import { type ActionResult, defineAction } from "../define-action.ts";

export const sendPasswordLinkAction = defineAction({
  name: "staff.password-link",
  roles: ["BEHEERDER"],
  schema: staffUserSchema,
  authorize: () => true,
  async handler({ tx, audit }, input) {
    const u = await tx.user.findUnique({ where: { id: input.userId } });
    if (!u) throw new AppError("NOT_FOUND", "Onbekende medewerker.");
    if (!u.active) throw new AppError("CONFLICT", "Deze medewerker is niet actief. Activeer het account eerst.");
    await tx.staffToken.updateMany({ where: { userId: u.id, purpose: "set-password", usedAt: null }, data: { usedAt: new Date() } });
    const token = await issueStaffToken(tx, "set-password", u.id, 7 * 24);
    await enqueueMessage(tx, {
      kind: "staff.password-link",
      toEmail: u.email,
      ...staffMessages.passwordLink(u.name, token),
      relatedType: "User",
      relatedId: u.id,
    });
    await audit("User", u.id);
    return { sent: true };
  },
});

export async function sendPasswordLink(_prev: unknown, form: FormData): Promise<ActionResult<{ sent: boolean }>> {
  "use server";
  return sendPasswordLinkAction.invoke(form);
}
