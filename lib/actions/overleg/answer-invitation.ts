// Public action behind the invitation link: the resident says yes (the
// seat is theirs from now on, with a consent record for this overleg and
// this text version) or no (the seat goes and, if we have nothing else of
// theirs, so do their name and e-mail). The link works once. Nothing of the
// person's own data is changed either way.
import { AppError } from "../../errors.ts";
import { endResidentSeat, OVERLEG_TEXT_VERSION, residentSeatSelect } from "../../overleg/resident-seats.ts";
import { redeemToken } from "../../tokens.ts";
import { answerInvitationSchema } from "../../validation/overleg.ts";
import type { ActionResult } from "../define-action.ts";
import { definePublicAction } from "../define-public-action.ts";

export const answerInvitationAction = definePublicAction({
  name: "overleg.invitation.answer",
  schema: answerInvitationSchema,
  async handler({ tx }, input) {
    const t = await redeemToken(tx, input.token, "overleg");
    const seat = t?.seatId ? await tx.overlegSeat.findUnique({ where: { id: t.seatId }, select: residentSeatSelect }) : null;
    if (!t || !seat || seat.participantId !== t.participantId || seat.confirmedAt)
      throw new AppError("FORBIDDEN", "Deze uitnodiging is verlopen, al beantwoord of ongeldig.");
    const now = new Date();
    if (input.answer === "ja") {
      await tx.residentToken.updateMany({ where: { seatId: seat.id, revokedAt: null }, data: { revokedAt: now } }); // the link works once ("nee" deletes the seat and its link)
      await tx.overlegSeat.update({ where: { id: seat.id }, data: { confirmedAt: now } });
      await tx.consent.create({
        data: { participantId: t.participantId, purpose: "OVERLEG_MEMBER", overlegId: seat.overlegId, textVersion: OVERLEG_TEXT_VERSION, givenAt: now },
      });
      await tx.participant.update({ where: { id: t.participantId }, data: { lastActiveAt: now } });
    } else {
      await endResidentSeat(tx, { ...seat, participantId: t.participantId }, now);
    }
    await tx.auditEvent.create({
      data: {
        actorKind: "resident",
        action: input.answer === "ja" ? "overleg.invitation.accept" : "overleg.invitation.decline",
        entityType: "OverlegSeat",
        entityId: seat.id,
      },
    });
    return { answer: input.answer };
  },
});

export async function answerInvitation(_prev: unknown, form: FormData): Promise<ActionResult<{ answer: "ja" | "nee" }>> {
  "use server";
  return answerInvitationAction.invoke(form);
}
