// Server action: an actie's status — gereed, vervallen (with a note saying
// why) or open again. Its owner may (a person, or for an organisation's
// actie a partner of that organisation), and the regisseur of the dossier's
// stadsdeel (or the beheerder); nobody else.
import { canManageStadsdeel, ownsActie } from "../../auth/permissions.ts";
import { fieldError } from "../../errors.ts";
import { updateActieSchema } from "../../validation/dossier.ts";
import { type ActionResult, defineAction } from "../define-action.ts";

export const updateActieAction = defineAction({
  name: "actie.update",
  roles: ["STADSDEELREGISSEUR", "AFDELINGSMEDEWERKER", "BEHEERDER", "PARTNER"],
  schema: updateActieSchema,
  async authorize({ user, tx }, input) {
    const a = await tx.actie.findUnique({
      where: { id: input.actieId },
      select: { ownerUserId: true, ownerOrganisationId: true, dossier: { select: { stadsdeelId: true } } },
    });
    if (!a) return false;
    return ownsActie(user, a) || (a.dossier !== null && canManageStadsdeel(user, a.dossier.stadsdeelId));
  },
  async handler({ tx, audit }, input) {
    const a = await tx.actie.findUniqueOrThrow({ where: { id: input.actieId } });
    if (input.status === "VERVALLEN" && !input.note) throw fieldError("note", "Schrijf erbij waarom de actie vervalt.");
    await tx.actie.update({
      where: { id: a.id },
      data: { status: input.status, note: input.note ?? a.note, doneAt: input.status === "OPEN" ? null : (a.doneAt ?? new Date()) },
    });
    await audit("Actie", a.id, { from: a.status, to: input.status });
    return { id: a.id, status: input.status };
  },
});

export async function updateActie(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string; status: string }>> {
  "use server";
  return updateActieAction.invoke(form);
}
