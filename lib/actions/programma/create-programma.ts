// Server action: a new stadsdeelprogramma (four years from the start year)
// or, with a focusgebied of that stadsdeel, its gebiedsagenda — as a
// concept, version 1. The stadsdeel's regisseur or the beheerder. Audited.
import { canManageStadsdeel } from "../../auth/permissions.ts";
import { fieldError } from "../../errors.ts";
import { createProgrammaSchema } from "../../validation/programma.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { programmaWriters } from "./programma-access.ts";

export const createProgrammaAction = defineAction({
  name: "programma.create",
  roles: [...programmaWriters],
  schema: createProgrammaSchema,
  authorize: ({ user }, input) => canManageStadsdeel(user, input.stadsdeelId),
  async handler({ tx, audit }, input) {
    if (!(await tx.stadsdeel.findUnique({ where: { id: input.stadsdeelId }, select: { id: true } }))) throw fieldError("stadsdeelId", "Kies een stadsdeel.");
    if (
      input.focusgebiedId &&
      !(await tx.focusgebied.findFirst({ where: { id: input.focusgebiedId, stadsdeelId: input.stadsdeelId }, select: { id: true } }))
    ) {
      throw fieldError("focusgebiedId", "Dit focusgebied ligt niet in dit stadsdeel.");
    }
    const p = await tx.programma.create({
      data: {
        kind: input.focusgebiedId ? "GEBIEDSAGENDA" : "STADSDEELPROGRAMMA",
        stadsdeelId: input.stadsdeelId,
        focusgebiedId: input.focusgebiedId ?? null,
        title: input.title,
        startYear: input.startYear,
        endYear: input.startYear + 3,
      },
      select: { id: true },
    });
    await audit("Programma", p.id, { stadsdeelId: input.stadsdeelId, startYear: input.startYear, focusgebiedId: input.focusgebiedId ?? null });
    return { id: p.id };
  },
});

export async function createProgramma(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  return createProgrammaAction.invoke(form);
}
