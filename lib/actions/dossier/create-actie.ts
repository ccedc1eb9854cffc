// Server action: an actie on a dossier — what, exactly one owner (a
// colleague or a partner organisation; the database holds to one with a
// CHECK) and a due date, today or later. The regisseur of the dossier's
// stadsdeel (or the beheerder); not on a closed dossier.
import { AppError } from "../../errors.ts";
import { createActieSchema } from "../../validation/dossier.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { resolveActieOwner } from "./actie-owner.ts";
import { managesDossier } from "./manages-dossier.ts";

export const createActieAction = defineAction({
  name: "actie.create",
  roles: ["STADSDEELREGISSEUR", "BEHEERDER"],
  schema: createActieSchema,
  authorize: ({ user, tx }, input) => managesDossier(tx, user, input.dossierId),
  async handler({ tx, audit }, input) {
    const d = await tx.dossier.findUniqueOrThrow({ where: { id: input.dossierId }, select: { id: true, status: true } });
    if (d.status === "AFGESLOTEN") throw new AppError("CONFLICT", "Dit dossier is afgesloten; er kunnen geen acties meer bij.");
    const owner = await resolveActieOwner(tx, input.owner);
    const actie = await tx.actie.create({ data: { dossierId: d.id, description: input.description, dueOn: new Date(`${input.dueOn}T00:00:00Z`), ...owner } });
    await audit("Actie", actie.id, { dossierId: d.id, owner: "ownerUserId" in owner ? "user" : "organisation" });
    return { id: actie.id };
  },
});

export async function createActie(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  return createActieAction.invoke(form);
}
