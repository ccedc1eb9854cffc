// Public action behind the manage link: join or leave the participation
// pool (with the consent recorded or withdrawn).
import { AppError } from "../../errors.ts";
import { residentFromToken } from "../../registration/resident-from-token.ts";
import { POOL_TEXT_VERSION, poolSchema } from "../../validation/registration.ts";
import type { ActionResult } from "../define-action.ts";
import type { Tx } from "../define-action.ts";
import { definePublicAction } from "../define-public-action.ts";

export async function setPool(tx: Tx, participantId: string, join: boolean, now = new Date()) {
  const p = await tx.participant.findUnique({ where: { id: participantId } });
  if (!p || p.anonymisedAt) throw new AppError("NOT_FOUND", "Uw gegevens zijn niet (meer) bij ons bekend.");
  if (join && !p.inPool) {
    await tx.participant.update({ where: { id: p.id }, data: { inPool: true, poolJoinedAt: now } });
    await tx.consent.create({ data: { participantId: p.id, purpose: "PARTICIPATION_POOL", textVersion: POOL_TEXT_VERSION, givenAt: now } });
  } else if (!join && p.inPool) {
    await tx.participant.update({ where: { id: p.id }, data: { inPool: false } });
    await tx.consent.updateMany({ where: { participantId: p.id, purpose: "PARTICIPATION_POOL", withdrawnAt: null }, data: { withdrawnAt: now } });
  }
  await tx.auditEvent.create({ data: { actorKind: "resident", action: join ? "pool.join" : "pool.leave", entityType: "Participant", entityId: p.id } });
  return { inPool: join };
}

export const setPoolMembershipAction = definePublicAction({
  name: "pool.set",
  schema: poolSchema,
  async handler({ tx }, input) {
    const me = await residentFromToken(tx, input.token, "manage");
    if (!me) throw new AppError("FORBIDDEN", "Deze link is verlopen of ongeldig.");
    return setPool(tx, me.id, input.join);
  },
});

export async function setPoolMembership(_prev: unknown, form: FormData): Promise<ActionResult<{ inPool: boolean }>> {
  "use server";
  return setPoolMembershipAction.invoke(form);
}
