// Public action behind "Dit was ik niet" in a confirmation mail: someone
// registered with this resident's address. The registration is cancelled (the
// waitlist moves up) and what was typed with it is removed; when the address
// has nothing else with us (no other registration, not in the pool), the
// person is removed altogether, as with "delete my data".
import { AppError } from "../../errors.ts";
import { cancelOwnRegistration } from "../../registration/cancel-registration.ts";
import { residentFromToken } from "../../registration/resident-from-token.ts";
import { revokeTokens } from "../../tokens.ts";
import { notMeSchema } from "../../validation/registration.ts";
import type { ActionResult } from "../define-action.ts";
import { definePublicAction } from "../define-public-action.ts";

export const notMeAction = definePublicAction({
  name: "registration.not-me",
  schema: notMeSchema,
  async handler({ tx }, input) {
    const me = await residentFromToken(tx, input.token, "manage");
    if (!me) throw new AppError("NOT_FOUND", "Deze link is verlopen of ongeldig.");
    const r = await tx.registration.findFirst({ where: { id: input.registrationId, participantId: me.id }, include: { bijeenkomst: { select: { startsAt: true } } } });
    if (!r) throw new AppError("NOT_FOUND", "Deze aanmelding hoort niet bij deze link.");
    const open = r.status === "CONFIRMED" || r.status === "WAITLISTED";
    if (open && r.bijeenkomst.startsAt > new Date()) await cancelOwnRegistration(tx, r.id, me.id);
    else if (open) await tx.registration.update({ where: { id: r.id }, data: { status: "CANCELLED", cancelledAt: new Date() } });
    await tx.registration.update({ where: { id: r.id }, data: { needs: [], needsOther: null } });
    const p = await tx.participant.findUniqueOrThrow({ where: { id: me.id }, include: { _count: { select: { registrations: { where: { id: { not: r.id } } } } } } });
    const removed = p._count.registrations === 0 && !p.inPool;
    if (removed) {
      const now = new Date();
      await tx.participant.update({ where: { id: p.id }, data: { name: null, email: null, postcode: null, ageBand: null, buurtId: null, anonymisedAt: now } });
      await tx.consent.updateMany({ where: { participantId: p.id, withdrawnAt: null }, data: { withdrawnAt: now } });
      await tx.outboxMessage.deleteMany({ where: { toEmail: me.email ?? "", status: { in: ["PENDING", "FAILED"] } } });
      await revokeTokens(tx, p.id, undefined, now);
    }
    await tx.auditEvent.create({ data: { actorKind: "resident", action: "registration.not-me", entityType: "Registration", entityId: r.id, details: { participantRemoved: removed } } });
    return { removed };
  },
});

export async function notMe(_prev: unknown, form: FormData): Promise<ActionResult<{ removed: boolean }>> {
  "use server";
  return notMeAction.invoke(form);
}
