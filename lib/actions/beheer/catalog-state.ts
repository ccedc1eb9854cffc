// Server actions (beheerder): deactivate or reactivate a department, theme or
// category (kept on history, gone from forms; nothing is ever deleted while
// in use), and merge one theme or category into another — every reference
// moves in one transaction, then the merged one is removed. Audited.
import { AppError } from "../../errors.ts";
import { mergeCatalogSchema, setCatalogActiveSchema } from "../../validation/staff.ts";
import { type ActionResult, defineAction } from "../define-action.ts";

export const setCatalogActiveAction = defineAction({
  name: "catalog.set-active",
  roles: ["BEHEERDER"],
  schema: setCatalogActiveSchema,
  authorize: () => true,
  async handler({ tx, audit }, input) {
    const active = input.active === "true";
    const where = { where: { id: input.id }, data: { active } };
    const r =
      input.kind === "afdeling"
        ? await tx.department.updateMany(where)
        : input.kind === "thema"
          ? await tx.theme.updateMany(where)
          : await tx.meldingCategory.updateMany(where);
    if (r.count !== 1) throw new AppError("NOT_FOUND", "Niet gevonden.");
    await audit(input.kind, input.id, { active });
    return { active };
  },
});

export const mergeCatalogAction = defineAction({
  name: "catalog.merge",
  roles: ["BEHEERDER"],
  schema: mergeCatalogSchema,
  authorize: () => true,
  async handler({ tx, audit }, { kind, fromId, intoId }) {
    let moved = 0;
    if (kind === "thema") {
      const from = await tx.theme.findUnique({ where: { id: fromId } });
      const into = await tx.theme.findUnique({ where: { id: intoId } });
      if (!from || !into) throw new AppError("NOT_FOUND", "Kies twee bestaande thema's.");
      moved += (await tx.inbreng.updateMany({ where: { themeId: fromId }, data: { themeId: intoId } })).count;
      moved += (await tx.melding.updateMany({ where: { themeId: fromId }, data: { themeId: intoId } })).count;
      moved += (await tx.agendaItem.updateMany({ where: { themeId: fromId }, data: { themeId: intoId } })).count;
      await tx.theme.delete({ where: { id: fromId } });
    } else {
      const from = await tx.meldingCategory.findUnique({ where: { id: fromId } });
      const into = await tx.meldingCategory.findUnique({ where: { id: intoId } });
      if (!from || !into) throw new AppError("NOT_FOUND", "Kies twee bestaande categorieën.");
      moved += (await tx.melding.updateMany({ where: { categoryId: fromId }, data: { categoryId: intoId } })).count;
      await tx.meldingCategory.delete({ where: { id: fromId } });
    }
    await audit(kind, intoId, { merged: fromId, moved });
    return { moved };
  },
});

export async function setCatalogActive(_prev: unknown, form: FormData): Promise<ActionResult<{ active: boolean }>> {
  "use server";
  return setCatalogActiveAction.invoke(form);
}
export async function mergeCatalog(_prev: unknown, form: FormData): Promise<ActionResult<{ moved: number }>> {
  "use server";
  return mergeCatalogAction.invoke(form);
}
