// Public action behind "Dit was ik niet" in a confirmation mail: someone
// registered with this resident's address. The registration is cancelled (the
// waitlist moves up) and what was typed with it is removed; when the address
// has nothing else with us (no other registration, not in the pool), the
// person is removed altogether, as with "delete my data".
import { AppError } from "../../errors.ts";
import { cancelOwnRegistration } from "../../registration/cancel-registration.ts";
import { residentFromToken } from "../../registration/resident-from-token.ts";
import { erasePerson } from "../../registration/erase-person.ts";
import { notMeSchema } from "../../validation/registration.ts";
import type { ActionResult } from "../define-action.ts";
import { definePublicAction } from "../define-public-action.ts";

export const notMeAction = definePublicAction({
  name: "registration.not-me",
  schema: notMeSchema,
  async handler({ tx }, input) {
    const me = await residentFromToken(tx, input.token, "manage");
    if (!me) throw new AppError("NOT_FOUND", "Deze link is verlopen of ongeldig.");
    const r = await tx.registration.findFirst({
      where: { id: input.registrationId, participantId: me.id },
      include: { bijeenkomst: { select: { startsAt: true } } },
    });
    if (!r) throw new AppError("NOT_FOUND", "Deze aanmelding hoort niet bij deze link.");
    const open = r.status === "CONFIRMED" || r.status === "WAITLISTED";
    if (open && r.bijeenkomst.startsAt > new Date()) await cancelOwnRegistration(tx, r.id, me.id);
    else if (open) await tx.registration.update({ where: { id: r.id }, data: { status: "CANCELLED", cancelledAt: new Date() } });
    await tx.registration.update({ where: { id: r.id }, data: { needs: [], needsOther: null } });
    const p = await tx.participant.findUniqueOrThrow({
      where: { id: me.id },
      include: { _count: { select: { registrations: { where: { id: { not: r.id } } } } } },
    });
    const removed = p._count.registrations === 0 && !p.inPool;
    if (removed) {
      // what a stranger typed about this address says nothing true: buurt and age band go too
      await tx.participant.update({ where: { id: p.id }, data: { ageBand: null, buurtId: null } });
      await erasePerson(tx, p.id);
    }
    await tx.auditEvent.create({
      data: { actorKind: "resident", action: "registration.not-me", entityType: "Registration", entityId: r.id, details: { participantRemoved: removed } },
    });
    return { removed };
  },
});

export async function notMe(_prev: unknown, form: FormData): Promise<ActionResult<{ removed: boolean }>> {
  "use server";
  return notMeAction.invoke(form);
}
