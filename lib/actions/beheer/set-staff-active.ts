// Server action (beheerder): deactivate or reactivate a colleague. A
// deactivated account is refused at its next request (the session user is
// read fresh every request) and its open password links stop working. The
// last active beheerder cannot be deactivated. Audited.
import { AppError } from "../../errors.ts";
import { setStaffActiveSchema } from "../../validation/staff.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { keepOneBeheerder } from "./staff-scope.ts";

export const setStaffActiveAction = defineAction({
  name: "staff.set-active",
  roles: ["BEHEERDER"],
  schema: setStaffActiveSchema,
  authorize: () => true,
  async handler({ tx, audit }, input) {
    const u = await tx.user.findUnique({ where: { id: input.userId } });
    if (!u) throw new AppError("NOT_FOUND", "Onbekende medewerker.");
    const active = input.active === "true";
    if (!active && u.role === "BEHEERDER") await keepOneBeheerder(tx, u.id);
    await tx.user.update({ where: { id: u.id }, data: { active } });
    if (!active) await tx.staffToken.updateMany({ where: { userId: u.id, usedAt: null }, data: { usedAt: new Date() } });
    await audit("User", u.id, { active });
    return { active };
  },
});

export async function setStaffActive(_prev: unknown, form: FormData): Promise<ActionResult<{ active: boolean }>> {
  "use server";
  return setStaffActiveAction.invoke(form);
}
