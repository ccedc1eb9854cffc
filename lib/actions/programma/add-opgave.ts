// Server action: an opgave in a concept programma — what has priority in
// the stadsdeel and why (required), optionally for a focusgebied of that
// stadsdeel, with a theme, a lead department, other departments, partner
// organisations and the wethouders whose portfolio it is. Audited.
import { fieldError } from "../../errors.ts";
import { addOpgaveSchema } from "../../validation/programma.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { managesProgramma, programmaWriters, requireConcept } from "./programma-access.ts";

export const addOpgaveAction = defineAction({
  name: "programma.add-opgave",
  roles: [...programmaWriters],
  schema: addOpgaveSchema,
  authorize: ({ tx, user }, input) => managesProgramma(tx, user, input.programmaId),
  async handler({ tx, audit }, input) {
    const p = await requireConcept(tx, input.programmaId);
    if (input.focusgebiedId && !(await tx.focusgebied.findFirst({ where: { id: input.focusgebiedId, stadsdeelId: p.stadsdeelId }, select: { id: true } }))) {
      throw fieldError("focusgebiedId", "Dit focusgebied ligt niet in het stadsdeel van het programma.");
    }
    if (input.themeId && !(await tx.theme.findFirst({ where: { id: input.themeId, active: true }, select: { id: true } })))
      throw fieldError("themeId", "Kies een thema dat in gebruik is.");
    if (input.leadDepartmentId && !(await tx.department.findFirst({ where: { id: input.leadDepartmentId, active: true }, select: { id: true } }))) {
      throw fieldError("leadDepartmentId", "Kies een afdeling die in gebruik is.");
    }
    const [departmentIds, organisationIds, wethouderIds] = [
      [...new Set(input.departmentIds)],
      [...new Set(input.organisationIds)],
      [...new Set(input.wethouderIds)],
    ];
    if ((await tx.department.count({ where: { id: { in: departmentIds }, active: true } })) !== departmentIds.length)
      throw fieldError("departmentIds", "Kies afdelingen die in gebruik zijn.");
    if ((await tx.organisation.count({ where: { id: { in: organisationIds }, active: true } })) !== organisationIds.length)
      throw fieldError("organisationIds", "Kies partnerorganisaties die in gebruik zijn.");
    if ((await tx.user.count({ where: { id: { in: wethouderIds }, active: true, role: "WETHOUDER" } })) !== wethouderIds.length)
      throw fieldError("wethouderIds", "Kies wethouders als portefeuillehouder.");
    const o = await tx.opgave.create({
      data: {
        programmaId: p.id,
        title: input.title,
        priority: input.priority,
        waarom: input.waarom,
        focusgebiedId: input.focusgebiedId ?? null,
        themeId: input.themeId ?? null,
        leadDepartmentId: input.leadDepartmentId ?? null,
        betrokkenen: {
          create: [
            ...departmentIds.map((departmentId) => ({ departmentId })),
            ...organisationIds.map((organisationId) => ({ organisationId })),
            ...wethouderIds.map((userId) => ({ userId })),
          ],
        },
      },
      select: { id: true },
    });
    await audit("Opgave", o.id, { programmaId: p.id });
    return { id: o.id };
  },
});

export async function addOpgave(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  return addOpgaveAction.invoke(form);
}
