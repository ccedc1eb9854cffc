// Server actions (beheerder): create or rename a department, a theme, or a
// melding category with its routing (default department and term). Names
// are unique (a clear message next to the field); the slug is made once at
// creation, so links and imports keep working after a rename. Audited.
import { AppError, fieldError } from "../../errors.ts";
import { slugify } from "../../slug.ts";
import { saveCategorySchema, saveDepartmentSchema, saveThemeSchema } from "../../validation/staff.ts";
import { type ActionResult, defineAction, type Tx } from "../define-action.ts";

async function uniqueSlug(exists: (slug: string) => Promise<boolean>, name: string): Promise<string> {
  const base = slugify(name) || "item";
  for (let i = 1; ; i++) {
    const slug = i === 1 ? base : `${base}-${i}`;
    if (!(await exists(slug))) return slug;
  }
}

/** The where clause of another item with the same name (case-insensitive). */
const sameName = (input: { id?: string; name: string }) => ({
  name: { equals: input.name, mode: "insensitive" as const },
  id: input.id ? { not: input.id } : undefined,
});

async function refuseTaken(other: Promise<unknown>, message: string) {
  if (await other) throw fieldError("name", message);
}

async function departmentExists(tx: Tx, id: string | undefined) {
  if (id && !(await tx.department.findUnique({ where: { id } }))) throw fieldError("defaultDepartmentId", "Kies een afdeling uit de lijst.");
}

export const saveDepartmentAction = defineAction({
  name: "catalog.department.save",
  roles: ["BEHEERDER"],
  schema: saveDepartmentSchema,
  authorize: () => true,
  async handler({ tx, audit }, input) {
    await refuseTaken(tx.department.findFirst({ where: sameName(input) }), "Er is al een afdeling met deze naam.");
    const data = { name: input.name, email: input.email ?? null };
    const d = input.id
      ? await tx.department.update({ where: { id: input.id }, data }).catch(() => {
          throw new AppError("NOT_FOUND", "Onbekende afdeling.");
        })
      : await tx.department.create({
          data: { ...data, slug: await uniqueSlug(async (slug) => !!(await tx.department.findUnique({ where: { slug } })), input.name) },
        });
    await audit("Department", d.id, { name: d.name, created: !input.id });
    return { id: d.id };
  },
});

export const saveThemeAction = defineAction({
  name: "catalog.theme.save",
  roles: ["BEHEERDER"],
  schema: saveThemeSchema,
  authorize: () => true,
  async handler({ tx, audit }, input) {
    await refuseTaken(tx.theme.findFirst({ where: sameName(input) }), "Er is al een thema met deze naam.");
    await departmentExists(tx, input.defaultDepartmentId);
    const data = { name: input.name, defaultDepartmentId: input.defaultDepartmentId ?? null };
    const t = input.id
      ? await tx.theme.update({ where: { id: input.id }, data }).catch(() => {
          throw new AppError("NOT_FOUND", "Onbekend thema.");
        })
      : await tx.theme.create({
          data: {
            ...data,
            slug: await uniqueSlug(async (slug) => !!(await tx.theme.findUnique({ where: { slug } })), input.name),
            sortOrder: ((await tx.theme.aggregate({ _max: { sortOrder: true } }))._max.sortOrder ?? 0) + 1,
          },
        });
    await audit("Theme", t.id, { name: t.name, created: !input.id });
    return { id: t.id };
  },
});

export const saveCategoryAction = defineAction({
  name: "catalog.category.save",
  roles: ["BEHEERDER"],
  schema: saveCategorySchema,
  authorize: () => true,
  async handler({ tx, audit }, input) {
    await refuseTaken(tx.meldingCategory.findFirst({ where: sameName(input) }), "Er is al een categorie met deze naam.");
    await departmentExists(tx, input.defaultDepartmentId);
    const data = { name: input.name, defaultDepartmentId: input.defaultDepartmentId, defaultDueDays: input.defaultDueDays };
    const c = input.id
      ? await tx.meldingCategory.update({ where: { id: input.id }, data }).catch(() => {
          throw new AppError("NOT_FOUND", "Onbekende categorie.");
        })
      : await tx.meldingCategory.create({
          data: { ...data, slug: await uniqueSlug(async (slug) => !!(await tx.meldingCategory.findUnique({ where: { slug } })), input.name) },
        });
    await audit("MeldingCategory", c.id, { name: c.name, created: !input.id });
    return { id: c.id };
  },
});

export async function saveDepartment(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  return saveDepartmentAction.invoke(form);
}
export async function saveTheme(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  return saveThemeAction.invoke(form);
}
export async function saveCategory(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  return saveCategoryAction.invoke(form);
}
