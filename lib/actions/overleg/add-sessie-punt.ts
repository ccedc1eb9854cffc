// Server action: a point on a sessie's agenda, at the end — a free subject,
// a dossier (in the overleg's stadsdeel, not yet on this agenda) or a point
// of an earlier sessie of the same overleg carried over. Not on a sessie
// whose lists have gone out.
import { AppError, fieldError } from "../../errors.ts";
import { addSessiePuntSchema } from "../../validation/overleg.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { managesSessie, overlegRunnerRoles } from "./manages-overleg.ts";

export const addSessiePuntAction = defineAction({
  name: "sessie.punt.add",
  roles: overlegRunnerRoles,
  schema: addSessiePuntSchema,
  authorize: ({ user, tx }, input) => managesSessie(tx, user, input.sessieId),
  async handler({ tx, audit }, input) {
    const sessie = await tx.sessie.findUniqueOrThrow({
      where: { id: input.sessieId },
      select: { id: true, overlegId: true, startsAt: true, listsSentAt: true, overleg: { select: { stadsdeelId: true } } },
    });
    if (sessie.listsSentAt) throw new AppError("CONFLICT", "De besluitenlijst van deze sessie is al verstuurd; de agenda ligt vast.");
    let title = input.title;
    let dossierId: string | null = null;
    let carriedFromId: string | null = null;
    if (input.carriedFromId) {
      const from = await tx.sessiePunt.findFirst({
        where: { id: input.carriedFromId, besluit: null, carriedTo: { none: {} }, sessie: { overlegId: sessie.overlegId, startsAt: { lt: sessie.startsAt } } },
        select: { id: true, title: true, dossierId: true },
      });
      if (!from)
        throw fieldError(
          "carriedFromId",
          "Dit punt kan niet worden doorgeschoven: het hoort niet bij een eerdere sessie, heeft een besluit of staat al verder.",
        );
      [title, dossierId, carriedFromId] = [title ?? from.title, from.dossierId, from.id];
    } else if (input.dossierId) {
      const d = await tx.dossier.findFirst({
        where: { id: input.dossierId, status: { not: "AFGESLOTEN" }, ...(sessie.overleg.stadsdeelId ? { stadsdeelId: sessie.overleg.stadsdeelId } : {}) },
        select: { id: true, title: true },
      });
      if (!d) throw fieldError("dossierId", "Kies een lopend dossier van dit stadsdeel.");
      [title, dossierId] = [title ?? d.title, d.id];
    }
    if (dossierId && (await tx.sessiePunt.count({ where: { sessieId: sessie.id, dossierId } })))
      throw fieldError("dossierId", "Dit dossier staat al op de agenda.");
    const last = await tx.sessiePunt.aggregate({ where: { sessieId: sessie.id }, _max: { position: true } });
    const punt = await tx.sessiePunt.create({
      data: { sessieId: sessie.id, position: (last._max.position ?? 0) + 1, title: title!, dossierId, carriedFromId },
    });
    await audit("SessiePunt", punt.id, { sessieId: sessie.id, dossierId, carriedFromId });
    return { id: punt.id };
  },
});

export async function addSessiePunt(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  return addSessiePuntAction.invoke(form);
}
