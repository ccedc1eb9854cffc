// Server action (beheerder): invite a colleague — the account with its role
// and scope, and a mail (through the outbox) with a one-time set-password
// link valid for seven days. One transaction, audited.
import { roleLabels } from "../../auth/permissions.ts";
import { issueStaffToken } from "../../auth/staff-tokens.ts";
import { fieldError } from "../../errors.ts";
import { staffMessages } from "../../mail/staff-messages.ts";
import { enqueueMessage } from "../../outbox/enqueue-message.ts";
import { inviteStaffSchema } from "../../validation/staff.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { createWithScope } from "./staff-scope.ts";

export const inviteStaffAction = defineAction({
  name: "staff.invite",
  roles: ["BEHEERDER"],
  schema: inviteStaffSchema,
  authorize: () => true, // the role is the rule: beheerders manage every account
  async handler({ tx, audit }, input) {
    if (await tx.user.findUnique({ where: { email: input.email } })) throw fieldError("email", "Er bestaat al een account met dit e-mailadres.");
    const user = await createWithScope(tx, { email: input.email, name: input.name }, input);
    const token = await issueStaffToken(tx, "set-password", user.id, 7 * 24);
    await enqueueMessage(tx, {
      kind: "staff.invitation",
      toEmail: user.email,
      ...staffMessages.invitation(user.name, roleLabels[input.role], token),
      relatedType: "User",
      relatedId: user.id,
    });
    await audit("User", user.id, { role: input.role });
    return { id: user.id };
  },
});

export async function inviteStaff(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  return inviteStaffAction.invoke(form);
}
