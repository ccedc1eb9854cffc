// Server action: check-in on the evening (attended / no-show, or undo),
// by the regisseur of the bijeenkomst's stadsdeel, from two hours before it starts.
import { canManageStadsdeel } from "../../auth/permissions.ts";
import { AppError } from "../../errors.ts";
import { checkInSchema } from "../../validation/staff-registration.ts";
import { type ActionResult, defineAction } from "../define-action.ts";

export const checkInAction = defineAction({
  name: "registration.check-in",
  roles: ["STADSDEELREGISSEUR", "BEHEERDER"],
  schema: checkInSchema,
  async authorize({ user, tx }, input) {
    const r = await tx.registration.findUnique({ where: { id: input.registrationId }, select: { bijeenkomst: { select: { stadsdeelId: true } } } });
    return r !== null && canManageStadsdeel(user, r.bijeenkomst.stadsdeelId);
  },
  async handler({ tx, audit }, { registrationId, status }) {
    const r = await tx.registration.findUniqueOrThrow({ where: { id: registrationId }, include: { bijeenkomst: true } });
    if (!["CONFIRMED", "ATTENDED", "NO_SHOW"].includes(r.status)) throw new AppError("CONFLICT", "Alleen bevestigde aanmeldingen kunnen worden ingecheckt.");
    if (r.bijeenkomst.startsAt.getTime() - Date.now() > 2 * 3600_000) throw new AppError("CONFLICT", "Inchecken kan vanaf twee uur voor het begin.");
    await tx.registration.update({ where: { id: registrationId }, data: { status, checkedInAt: status === "CONFIRMED" ? null : new Date() } });
    if (status === "ATTENDED") await tx.participant.update({ where: { id: r.participantId }, data: { lastActiveAt: r.bijeenkomst.startsAt } });
    await audit("Registration", registrationId, { status });
    return { id: registrationId, status };
  },
});

export async function checkInRegistration(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string; status: string }>> {
  "use server";
  return checkInAction.invoke(form);
}
