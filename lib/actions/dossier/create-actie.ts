// Server action: an actie on a dossier — what, exactly one owner (a
// colleague or a partner organisation; the database holds to one with a
// CHECK) and a due date, today or later. The regisseur of the dossier's
// stadsdeel (or the beheerder); not on a closed dossier.
import { AppError, fieldError } from "../../errors.ts";
import { createActieSchema } from "../../validation/dossier.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { managesDossier } from "./manages-dossier.ts";

export const createActieAction = defineAction({
  name: "actie.create",
  roles: ["STADSDEELREGISSEUR", "BEHEERDER"],
  schema: createActieSchema,
  authorize: ({ user, tx }, input) => managesDossier(tx, user, input.dossierId),
  async handler({ tx, audit }, input) {
    const d = await tx.dossier.findUniqueOrThrow({ where: { id: input.dossierId }, select: { id: true, status: true } });
    if (d.status === "AFGESLOTEN") throw new AppError("CONFLICT", "Dit dossier is afgesloten; er kunnen geen acties meer bij.");
    const [kind, ownerId] = input.owner.split(":");
    const owner =
      kind === "user"
        ? await tx.user.findFirst({ where: { id: ownerId, active: true, role: { in: ["STADSDEELREGISSEUR", "AFDELINGSMEDEWERKER", "BEHEERDER"] } }, select: { id: true } })
        : await tx.organisation.findFirst({ where: { id: ownerId, active: true }, select: { id: true } });
    if (!owner) throw fieldError("owner", "Kies een actieve collega of organisatie.");
    const actie = await tx.actie.create({
      data: {
        dossierId: d.id, description: input.description, dueOn: new Date(`${input.dueOn}T00:00:00Z`),
        ...(kind === "user" ? { ownerUserId: owner.id } : { ownerOrganisationId: owner.id }),
      },
    });
    await audit("Actie", actie.id, { dossierId: d.id, owner: kind });
    return { id: actie.id };
  },
});

export async function createActie(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  return createActieAction.invoke(form);
}
