// Server action: a focusgebied (e.g. a Veerkrachtige Wijk) of buurten in one
// stadsdeel, by its regisseur or the beheerder; the slug comes from the
// name. Every buurt must lie in that stadsdeel. Audited.
import { canManageStadsdeel } from "../../auth/permissions.ts";
import { fieldError } from "../../errors.ts";
import { slugify } from "../../slug.ts";
import { createFocusgebiedSchema } from "../../validation/programma.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { programmaWriters } from "./programma-access.ts";

export const createFocusgebiedAction = defineAction({
  name: "focusgebied.create",
  roles: [...programmaWriters],
  schema: createFocusgebiedSchema,
  authorize: ({ user }, input) => canManageStadsdeel(user, input.stadsdeelId),
  async handler({ tx, audit }, input) {
    const ids = [...new Set(input.buurtIds)];
    if ((await tx.buurt.count({ where: { id: { in: ids }, stadsdeelId: input.stadsdeelId } })) !== ids.length)
      throw fieldError("buurtIds", "Kies buurten van dit stadsdeel.");
    const slug = slugify(input.name);
    if (!slug) throw fieldError("name", "Gebruik letters of cijfers in de naam.");
    if (await tx.focusgebied.findUnique({ where: { slug }, select: { id: true } })) throw fieldError("name", "Er is al een focusgebied met deze naam.");
    const f = await tx.focusgebied.create({
      data: {
        slug,
        name: input.name,
        stadsdeelId: input.stadsdeelId,
        description: input.description ?? "",
        buurten: { create: ids.map((buurtId) => ({ buurtId })) },
      },
      select: { id: true, slug: true },
    });
    await audit("Focusgebied", f.id, { stadsdeelId: input.stadsdeelId, buurten: ids.length });
    return f;
  },
});

export async function createFocusgebied(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string; slug: string }>> {
  "use server";
  return createFocusgebiedAction.invoke(form);
}
