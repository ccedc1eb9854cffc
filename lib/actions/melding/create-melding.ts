// Server action: create a melding directly (not from an inbreng), for a
// buurt or a point in one of the regisseur's own stadsdelen.
import { canManageStadsdeel } from "../../auth/permissions.ts";
import { locateInStadsdeel } from "../../geo/locate-in-stadsdeel.ts";
import { directMeldingSchema } from "../../validation/melding.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { initialHistory, resolveRouting } from "./melding-routing.ts";

export const createMeldingAction = defineAction({
  name: "melding.create",
  roles: ["STADSDEELREGISSEUR", "BEHEERDER"],
  schema: directMeldingSchema,
  authorize: ({ user }, input) => canManageStadsdeel(user, input.stadsdeelId),
  async handler({ tx, user, audit }, input) {
    const stadsdeel = await tx.stadsdeel.findUniqueOrThrow({ where: { id: input.stadsdeelId }, select: { id: true, name: true } });
    const place = await locateInStadsdeel(tx, stadsdeel, input);
    const { departmentId, dueAt } = await resolveRouting(tx, input);
    const melding = await tx.melding.create({
      data: {
        categoryId: input.categoryId,
        themeId: input.themeId,
        departmentId,
        description: input.description,
        lat: place.lat,
        lng: place.lng,
        buurtId: place.buurtId,
        stadsdeelId: stadsdeel.id,
        status: input.forward ? "DOORGEZET" : "NIEUW",
        dueAt,
        externalReference: input.externalReference,
        history: { create: initialHistory(user.id, input.forward, "Rechtstreeks aangemaakt") },
      },
    });
    await audit("Melding", melding.id, { departmentId, forwarded: input.forward });
    return { id: melding.id };
  },
});

export async function createMelding(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  return createMeldingAction.invoke(form);
}
