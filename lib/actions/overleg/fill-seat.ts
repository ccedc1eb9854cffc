// Server action: who fills a department's or organisation's seat at an
// overleg — an active colleague of that department, or an active partner of
// that organisation — or the seat left open again (then mail goes to the
// department's mailbox or the organisation's partners). For whoever runs
// the overleg; a person's own seat is not refilled.
import { AppError, fieldError } from "../../errors.ts";
import { fillSeatSchema } from "../../validation/overleg.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { managesSeat, overlegRunnerRoles } from "./manages-overleg.ts";

export const fillSeatAction = defineAction({
  name: "overleg.seat.fill",
  roles: overlegRunnerRoles,
  schema: fillSeatSchema,
  authorize: ({ user, tx }, input) => managesSeat(tx, user, input.seatId),
  async handler({ tx, audit }, input) {
    const seat = await tx.overlegSeat.findUniqueOrThrow({
      where: { id: input.seatId },
      select: { id: true, overlegId: true, departmentId: true, organisationId: true },
    });
    if (!seat.departmentId && !seat.organisationId) throw new AppError("CONFLICT", "Dit is de plaats van één persoon; voeg een ander toe als eigen plaats.");
    if (input.userId) {
      const person = await tx.user.findFirst({
        where: {
          id: input.userId,
          active: true,
          ...(seat.departmentId
            ? { departmentId: seat.departmentId, role: "AFDELINGSMEDEWERKER" as const }
            : { organisationId: seat.organisationId, role: "PARTNER" as const }),
        },
        select: { id: true },
      });
      if (!person)
        throw fieldError("userId", seat.departmentId ? "Kies een actieve collega van deze afdeling." : "Kies een actieve partner van deze organisatie.");
      if (await tx.overlegSeat.count({ where: { overlegId: seat.overlegId, userId: person.id, id: { not: seat.id } } }))
        throw fieldError("userId", "Deze persoon heeft al een plaats aan dit overleg.");
    }
    await tx.overlegSeat.update({ where: { id: seat.id }, data: { userId: input.userId ?? null } });
    await audit("OverlegSeat", seat.id, { filled: !!input.userId });
    return { id: seat.id };
  },
});

export async function fillSeat(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  return fillSeatAction.invoke(form);
}
