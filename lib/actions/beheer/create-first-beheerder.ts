// Public action behind the first-run setup link: creates the first
// beheerder. Only while no beheerder is active, only with a valid, unused
// setup link (used up in the same transaction), audited. Serialised with an
// advisory lock, so two people with the link cannot both become beheerder.
import { hasActiveBeheerder, lockSetup } from "../../auth/first-run.ts";
import { hashPassword } from "../../auth/password.ts";
import { redeemStaffToken } from "../../auth/staff-tokens.ts";
import { AppError, fieldError } from "../../errors.ts";
import { firstBeheerderSchema } from "../../validation/staff.ts";
import type { ActionResult } from "../define-action.ts";
import { definePublicAction } from "../define-public-action.ts";

export const createFirstBeheerderAction = definePublicAction({
  name: "setup.first-beheerder",
  schema: firstBeheerderSchema,
  async handler({ tx }, input) {
    await lockSetup(tx);
    if (await hasActiveBeheerder(tx)) throw new AppError("CONFLICT", "Er is al een beheerder. Log in, of vraag de beheerder om een uitnodiging.");
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } }))
      throw fieldError("email", "Er bestaat al een account met dit e-mailadres.");
    const link = await redeemStaffToken(tx, input.token, "setup");
    if (!link) throw new AppError("FORBIDDEN", "Deze installatielink is verlopen of al gebruikt. Start het portaal opnieuw voor een nieuwe link.");
    const user = await tx.user.create({ data: { email: input.email, name: input.name, role: "BEHEERDER", passwordHash: await hashPassword(input.password) } });
    await tx.auditEvent.create({ data: { actorId: user.id, actorKind: "staff", action: "setup.first-beheerder", entityType: "User", entityId: user.id } });
    return { email: user.email };
  },
});

export async function createFirstBeheerder(_prev: unknown, form: FormData): Promise<ActionResult<{ email: string }>> {
  "use server";
  return createFirstBeheerderAction.invoke(form);
}
