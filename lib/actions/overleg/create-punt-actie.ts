// Server action: an actie agreed at an agenda point — what, exactly one
// owner (a colleague or a partner organisation), a due date today or later.
// It belongs to the point's dossier when the point has one (and then shows
// there too); refused on a closed dossier.
import { AppError } from "../../errors.ts";
import { createPuntActieSchema } from "../../validation/overleg.ts";
import { resolveActieOwner } from "../dossier/actie-owner.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { managesPunt, overlegRunnerRoles } from "./manages-overleg.ts";

export const createPuntActieAction = defineAction({
  name: "sessie.actie.create",
  roles: overlegRunnerRoles,
  schema: createPuntActieSchema,
  authorize: ({ user, tx }, input) => managesPunt(tx, user, input.puntId),
  async handler({ tx, audit }, input) {
    const p = await tx.sessiePunt.findUniqueOrThrow({ where: { id: input.puntId }, select: { id: true, dossier: { select: { id: true, status: true } } } });
    if (p.dossier?.status === "AFGESLOTEN") throw new AppError("CONFLICT", "Het dossier van dit punt is afgesloten; er kunnen geen acties meer bij.");
    const owner = await resolveActieOwner(tx, input.owner);
    const actie = await tx.actie.create({
      data: { sessiePuntId: p.id, dossierId: p.dossier?.id ?? null, description: input.description, dueOn: new Date(`${input.dueOn}T00:00:00Z`), ...owner },
    });
    await audit("Actie", actie.id, { sessiePuntId: p.id, dossierId: p.dossier?.id ?? null, owner: "ownerUserId" in owner ? "user" : "organisation" });
    return { id: actie.id };
  },
});

export async function createPuntActie(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  return createPuntActieAction.invoke(form);
}
