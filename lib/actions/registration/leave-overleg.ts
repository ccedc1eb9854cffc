// Public action behind the manage link: a resident stops being a member of
// an overleg (their seat goes, the consent is marked withdrawn, and the
// ordinary retention counts from today — lib/overleg/resident-seats.ts).
import { AppError } from "../../errors.ts";
import { endResidentSeat, residentSeatSelect } from "../../overleg/resident-seats.ts";
import { residentFromToken } from "../../registration/resident-from-token.ts";
import { leaveOverlegSchema } from "../../validation/overleg.ts";
import type { ActionResult } from "../define-action.ts";
import { definePublicAction } from "../define-public-action.ts";

export const leaveOverlegAction = definePublicAction({
  name: "overleg.leave",
  schema: leaveOverlegSchema,
  async handler({ tx }, input) {
    const me = await residentFromToken(tx, input.token, "manage");
    if (!me) throw new AppError("FORBIDDEN", "Deze link is verlopen of ongeldig.");
    // only the link's own person's seat: another id is simply not found
    const seat = await tx.overlegSeat.findFirst({ where: { id: input.seatId, participantId: me.id }, select: residentSeatSelect });
    if (!seat) throw new AppError("NOT_FOUND", "U bent geen lid (meer) van dit overleg.");
    await endResidentSeat(tx, { ...seat, participantId: me.id });
    await tx.auditEvent.create({ data: { actorKind: "resident", action: "overleg.leave", entityType: "OverlegSeat", entityId: seat.id } });
    return { id: seat.id };
  },
});

export async function leaveOverleg(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  return leaveOverlegAction.invoke(form);
}
