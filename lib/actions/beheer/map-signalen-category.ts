// Server action (beheerder): which portal category (and so department and
// term) the meldingen of one Signalen sub category get; empty = not mapped.
// Its waiting signals are imported at the next pull.
import { fieldError } from "../../errors.ts";
import { mapSignalenCategorySchema } from "../../validation/melding-source.ts";
import { type ActionResult, defineAction } from "../define-action.ts";

export const mapSignalenCategoryAction = defineAction({
  name: "signalencategory.map",
  roles: ["BEHEERDER"],
  schema: mapSignalenCategorySchema,
  authorize: () => true,
  async handler({ tx, audit }, { path, categoryId }) {
    const row = await tx.signalenCategory.findUnique({ where: { path } });
    if (!row) throw fieldError("path", "Deze Signalen-categorie is (nog) niet gezien bij het ophalen.");
    if (categoryId) {
      const category = await tx.meldingCategory.findUnique({ where: { id: categoryId }, select: { active: true, defaultDepartmentId: true } });
      if (!category || !category.active) throw fieldError("categoryId", "Kies een categorie die in gebruik is.");
      if (!category.defaultDepartmentId)
        throw fieldError("categoryId", "Deze categorie heeft nog geen afdeling; geef haar eerst een afdeling onder Afdelingen, thema's en categorieën.");
    }
    await tx.signalenCategory.update({ where: { path }, data: { categoryId: categoryId ?? null } });
    await audit("SignalenCategory", path, { categoryId: categoryId ?? null, waiting: row.waiting });
    return { mapped: Boolean(categoryId) };
  },
});

export async function mapSignalenCategory(_prev: unknown, form: FormData): Promise<ActionResult<{ mapped: boolean }>> {
  "use server";
  return mapSignalenCategoryAction.invoke(form);
}
