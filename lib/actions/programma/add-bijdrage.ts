// Server action: a partner organisation's commitment to a focusgebied —
// what it contributes and when it was promised — recorded by the regisseur
// of its stadsdeel or the beheerder. Audited.
import { fieldError } from "../../errors.ts";
import { addBijdrageSchema } from "../../validation/programma.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { managesFocusgebied } from "./focusgebied-access.ts";
import { programmaWriters } from "./programma-access.ts";

export const addBijdrageAction = defineAction({
  name: "focusgebied.add-bijdrage",
  roles: [...programmaWriters],
  schema: addBijdrageSchema,
  authorize: ({ tx, user }, input) => managesFocusgebied(tx, user, input.focusgebiedId),
  async handler({ tx, audit }, input) {
    if (!(await tx.organisation.findFirst({ where: { id: input.organisationId, active: true }, select: { id: true } })))
      throw fieldError("organisationId", "Kies een partnerorganisatie die in gebruik is.");
    const b = await tx.focusgebiedBijdrage.create({
      data: {
        focusgebiedId: input.focusgebiedId,
        organisationId: input.organisationId,
        what: input.what,
        committedOn: new Date(`${input.committedOn}T00:00:00Z`),
      },
      select: { id: true },
    });
    await audit("FocusgebiedBijdrage", b.id, { focusgebiedId: input.focusgebiedId, organisationId: input.organisationId });
    return { id: b.id };
  },
});

export async function addBijdrage(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  return addBijdrageAction.invoke(form);
}
