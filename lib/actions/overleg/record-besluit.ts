// Server action: the besluit on an agenda point, written during the
// meeting (it can be corrected until the lists go out). Marks the sessie held.
import { AppError } from "../../errors.ts";
import { recordBesluitSchema } from "../../validation/overleg.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { managesPunt, overlegRunnerRoles } from "./manages-overleg.ts";

export const recordBesluitAction = defineAction({
  name: "sessie.besluit",
  roles: overlegRunnerRoles,
  schema: recordBesluitSchema,
  authorize: ({ user, tx }, input) => managesPunt(tx, user, input.puntId),
  async handler({ tx, audit }, input) {
    const p = await tx.sessiePunt.findUniqueOrThrow({ where: { id: input.puntId }, select: { id: true, sessie: { select: { id: true, listsSentAt: true } } } });
    if (p.sessie.listsSentAt) throw new AppError("CONFLICT", "De besluitenlijst van deze sessie is al verstuurd; besluiten liggen vast.");
    await tx.sessiePunt.update({ where: { id: p.id }, data: { besluit: input.besluit } });
    await tx.sessie.update({ where: { id: p.sessie.id }, data: { status: "GEHOUDEN" } });
    await audit("SessiePunt", p.id, { besluit: true });
    return { id: p.id };
  },
});

export async function recordBesluit(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  return recordBesluitAction.invoke(form);
}
