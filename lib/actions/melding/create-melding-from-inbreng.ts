// Server action: turn an inbreng into a melding in one step — text and
// place carried over, the link kept, and the inbreng's follow-up set.
import { canManageStadsdeel } from "../../auth/permissions.ts";
import { AppError } from "../../errors.ts";
import { meldingFromInbrengSchema } from "../../validation/melding.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { initialHistory, resolveRouting } from "./melding-routing.ts";

export const createMeldingFromInbrengAction = defineAction({
  name: "melding.create-from-inbreng",
  roles: ["STADSDEELREGISSEUR", "BEHEERDER"],
  schema: meldingFromInbrengSchema,
  async authorize({ user, tx }, input) {
    const i = await tx.inbreng.findUnique({ where: { id: input.inbrengId }, select: { bijeenkomst: { select: { stadsdeelId: true } } } });
    return i !== null && canManageStadsdeel(user, i.bijeenkomst.stadsdeelId);
  },
  async handler({ tx, user, audit }, input) {
    const inbreng = await tx.inbreng.findUniqueOrThrow({
      where: { id: input.inbrengId },
      include: { melding: true, bijeenkomst: { select: { stadsdeelId: true } } },
    });
    if (inbreng.melding) throw new AppError("CONFLICT", "Van deze inbreng is al een melding gemaakt.");
    const { departmentId, dueAt } = await resolveRouting(tx, { ...input, themeId: inbreng.themeId });
    const melding = await tx.melding.create({
      data: {
        inbrengId: inbreng.id,
        categoryId: input.categoryId,
        themeId: inbreng.themeId,
        departmentId,
        description: inbreng.text,
        lat: inbreng.lat,
        lng: inbreng.lng,
        buurtId: inbreng.buurtId,
        stadsdeelId: inbreng.bijeenkomst.stadsdeelId,
        status: input.forward ? "DOORGEZET" : "NIEUW",
        dueAt,
        externalReference: input.externalReference,
        history: { create: initialHistory(user.id, input.forward, "Aangemaakt vanuit inbreng") },
      },
    });
    await tx.inbreng.update({ where: { id: inbreng.id }, data: { followUpStatus: "MELDING" } });
    await audit("Melding", melding.id, { inbrengId: inbreng.id, departmentId, forwarded: input.forward });
    return { id: melding.id };
  },
});

export async function createMeldingFromInbreng(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  return createMeldingFromInbrengAction.invoke(form);
}
