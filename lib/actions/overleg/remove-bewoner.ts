// Server action: whoever runs an overleg ends a resident's seat (a member
// who stopped coming, or an invitation sent by mistake). The consent is
// marked withdrawn; someone who never said yes and has nothing else with us
// is erased at once (lib/overleg/resident-seats.ts).
import { fieldError } from "../../errors.ts";
import { endResidentSeat, residentSeatSelect } from "../../overleg/resident-seats.ts";
import { removeBewonerSchema } from "../../validation/overleg.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { managesSeat, overlegRunnerRoles } from "./manages-overleg.ts";

export const removeBewonerAction = defineAction({
  name: "overleg.bewoner.remove",
  roles: overlegRunnerRoles,
  schema: removeBewonerSchema,
  authorize: ({ user, tx }, input) => managesSeat(tx, user, input.seatId),
  async handler({ tx, audit }, input) {
    const seat = await tx.overlegSeat.findUniqueOrThrow({ where: { id: input.seatId }, select: residentSeatSelect });
    if (!seat.participantId) throw fieldError("seatId", "Dit is geen plaats van een bewoner.");
    const { erased } = await endResidentSeat(tx, { ...seat, participantId: seat.participantId });
    await audit("OverlegSeat", seat.id, { overlegId: seat.overlegId, resident: true, wasMember: !!seat.confirmedAt, erased });
    return { id: seat.id };
  },
});

export async function removeBewoner(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  return removeBewonerAction.invoke(form);
}
