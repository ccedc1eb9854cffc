// Server action: who was there — every seat of the overleg present or not
// (the form's ticked seats present, the rest absent). Marks the sessie held.
import { fieldError } from "../../errors.ts";
import { recordAttendanceSchema } from "../../validation/overleg.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { managesSessie, overlegRunnerRoles } from "./manages-overleg.ts";
import { memberSeatWhere } from "../../overleg/member-seat.ts";

export const recordAttendanceAction = defineAction({
  name: "sessie.attendance",
  roles: overlegRunnerRoles,
  schema: recordAttendanceSchema,
  authorize: ({ user, tx }, input) => managesSessie(tx, user, input.sessieId),
  async handler({ tx, audit }, input) {
    const s = await tx.sessie.findUniqueOrThrow({
      where: { id: input.sessieId },
      select: { id: true, overleg: { select: { seats: { where: memberSeatWhere, select: { id: true } } } } },
    });
    const seats = s.overleg.seats.map((x) => x.id);
    if (input.present.some((id) => !seats.includes(id))) throw fieldError("present", "Een aangevinkte plaats hoort niet bij dit overleg.");
    await tx.sessieAanwezigheid.deleteMany({ where: { sessieId: s.id } });
    await tx.sessieAanwezigheid.createMany({ data: seats.map((seatId) => ({ sessieId: s.id, seatId, present: input.present.includes(seatId) })) });
    await tx.sessie.update({ where: { id: s.id }, data: { status: "GEHOUDEN" } });
    await audit("Sessie", s.id, { present: input.present.length, seats: seats.length });
    return { id: s.id, present: input.present.length };
  },
});

export async function recordAttendance(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string; present: number }>> {
  "use server";
  return recordAttendanceAction.invoke(form);
}
