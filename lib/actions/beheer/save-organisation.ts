// Server action (beheerder): add a partner organisation for the
// stadsdeeltafels (police, a housing corporation, welzijn, …); names are unique.
import { fieldError } from "../../errors.ts";
import { saveOrganisationSchema } from "../../validation/dossier.ts";
import { type ActionResult, defineAction } from "../define-action.ts";

export const saveOrganisationAction = defineAction({
  name: "organisation.create",
  roles: ["BEHEERDER"],
  schema: saveOrganisationSchema,
  authorize: () => true,
  async handler({ tx, audit }, input) {
    if (await tx.organisation.findFirst({ where: { name: { equals: input.name, mode: "insensitive" } }, select: { id: true } }))
      throw fieldError("name", "Er is al een organisatie met deze naam.");
    const o = await tx.organisation.create({ data: input });
    await audit("Organisation", o.id, { name: o.name, kind: o.kind });
    return { id: o.id };
  },
});

export async function saveOrganisation(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  return saveOrganisationAction.invoke(form);
}
