// Public action behind the manage link: a resident deletes their data.
// Open registrations are cancelled first (so the waitlist moves up), then
// everything of the person is erased (lib/registration/erase-person.ts); what
// stays (buurt, age band, attendance) cannot be traced back to the person.
import { AppError } from "../../errors.ts";
import { cancelOwnRegistration } from "../../registration/cancel-registration.ts";
import { residentFromToken } from "../../registration/resident-from-token.ts";
import { erasePerson } from "../../registration/erase-person.ts";
import { deleteDataSchema } from "../../validation/registration.ts";
import type { ActionResult } from "../define-action.ts";
import { definePublicAction } from "../define-public-action.ts";

export const deleteMyDataAction = definePublicAction({
  name: "participant.delete",
  schema: deleteDataSchema,
  async handler({ tx }, input) {
    const me = await residentFromToken(tx, input.token, "manage");
    if (!me) throw new AppError("NOT_FOUND", "Deze link is verlopen of ongeldig, of uw gegevens zijn al verwijderd.");
    const p = await tx.participant.findUnique({ where: { id: me.id }, include: { registrations: { include: { bijeenkomst: true } } } });
    if (!p || p.anonymisedAt) throw new AppError("NOT_FOUND", "Uw gegevens zijn al verwijderd.");
    for (const r of p.registrations) {
      if ((r.status === "CONFIRMED" || r.status === "WAITLISTED") && r.bijeenkomst.startsAt > new Date()) await cancelOwnRegistration(tx, r.id, p.id);
    }
    await erasePerson(tx, p.id);
    await tx.auditEvent.create({ data: { actorKind: "resident", action: "participant.delete", entityType: "Participant", entityId: p.id } });
    return { deleted: true };
  },
});

export async function deleteMyData(_prev: unknown, form: FormData): Promise<ActionResult<{ deleted: boolean }>> {
  "use server";
  return deleteMyDataAction.invoke(form);
}
