// Server action: open a dossier for the stadsdeeltafel — from scratch, or
// from an inbreng, a melding or an agenda item (then linked, and the
// inbreng's follow-up moves to "in behandeling"). The regisseur of the
// stadsdeel (or the beheerder); everything linked must lie in that stadsdeel.
import { canManageStadsdeel } from "../../auth/permissions.ts";
import { fieldError } from "../../errors.ts";
import { createDossierSchema } from "../../validation/dossier.ts";
import { type ActionResult, defineAction } from "../define-action.ts";

export const createDossierAction = defineAction({
  name: "dossier.create",
  roles: ["STADSDEELREGISSEUR", "BEHEERDER"],
  schema: createDossierSchema,
  authorize: ({ user }, input) => canManageStadsdeel(user, input.stadsdeelId),
  async handler({ tx, user, audit }, input) {
    const sd = input.stadsdeelId;
    if (!(await tx.stadsdeel.findUnique({ where: { id: sd }, select: { id: true } }))) throw fieldError("stadsdeelId", "Kies een stadsdeel.");
    const ownerId = input.ownerId ?? user.id;
    const owner = await tx.user.findFirst({
      where: { id: ownerId, active: true, role: { in: ["STADSDEELREGISSEUR", "AFDELINGSMEDEWERKER", "BEHEERDER"] } },
      select: { id: true },
    });
    if (!owner) throw fieldError("ownerId", "Kies een actieve collega als eigenaar.");
    if ((await tx.department.count({ where: { id: { in: input.departmentIds }, active: true } })) !== new Set(input.departmentIds).size)
      throw fieldError("departmentIds", "Kies afdelingen die in gebruik zijn.");
    if ((await tx.organisation.count({ where: { id: { in: input.organisationIds }, active: true } })) !== new Set(input.organisationIds).size)
      throw fieldError("organisationIds", "Kies organisaties die in gebruik zijn.");
    const inbreng = input.inbrengId
      ? await tx.inbreng.findFirst({ where: { id: input.inbrengId, bijeenkomst: { stadsdeelId: sd } }, select: { id: true, followUpStatus: true } })
      : null;
    if (input.inbrengId && !inbreng) throw fieldError("inbrengId", "Deze inbreng hoort niet bij dit stadsdeel.");
    if (input.meldingId && !(await tx.melding.findFirst({ where: { id: input.meldingId, stadsdeelId: sd }, select: { id: true } })))
      throw fieldError("meldingId", "Deze melding hoort niet bij dit stadsdeel.");
    if (input.agendaItemId && !(await tx.agendaItem.findFirst({ where: { id: input.agendaItemId, stadsdeelId: sd }, select: { id: true } })))
      throw fieldError("agendaItemId", "Dit agendapunt hoort niet bij dit stadsdeel.");
    const dossier = await tx.dossier.create({
      data: {
        title: input.title,
        description: input.description ?? "",
        stadsdeelId: sd,
        ownerId,
        departments: { create: [...new Set(input.departmentIds)].map((departmentId) => ({ departmentId })) },
        organisations: { create: [...new Set(input.organisationIds)].map((organisationId) => ({ organisationId })) },
        inbreng: inbreng ? { create: { inbrengId: inbreng.id } } : undefined,
        meldingen: input.meldingId ? { create: { meldingId: input.meldingId } } : undefined,
        agendaItems: input.agendaItemId ? { create: { agendaItemId: input.agendaItemId } } : undefined,
      },
    });
    if (inbreng?.followUpStatus === "OPEN") await tx.inbreng.update({ where: { id: inbreng.id }, data: { followUpStatus: "IN_BEHANDELING" } });
    await audit("Dossier", dossier.id, {
      stadsdeelId: sd,
      from: input.inbrengId ? "inbreng" : input.meldingId ? "melding" : input.agendaItemId ? "agenda" : null,
    });
    return { id: dossier.id };
  },
});

export async function createDossier(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  return createDossierAction.invoke(form);
}
