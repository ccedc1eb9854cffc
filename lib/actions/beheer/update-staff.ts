// Server action (beheerder): change a colleague's role and scope. The last
// active beheerder cannot be demoted. One transaction, audited.
import { AppError } from "../../errors.ts";
import { updateStaffSchema } from "../../validation/staff.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { keepOneBeheerder, writeScope } from "./staff-scope.ts";

export const updateStaffAction = defineAction({
  name: "staff.update",
  roles: ["BEHEERDER"],
  schema: updateStaffSchema,
  authorize: () => true,
  async handler({ tx, audit }, input) {
    const before = await tx.user.findUnique({ where: { id: input.userId } });
    if (!before) throw new AppError("NOT_FOUND", "Onbekende medewerker.");
    if (before.role === "BEHEERDER" && input.role !== "BEHEERDER") await keepOneBeheerder(tx, before.id);
    await writeScope(tx, before.id, input);
    await audit("User", before.id, { from: before.role, to: input.role });
    return { id: before.id };
  },
});

export async function updateStaff(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  return updateStaffAction.invoke(form);
}
