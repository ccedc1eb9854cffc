// Server action: a point one place up or down the agenda (buttons, so the
// order changes without dragging): swaps positions with its neighbour.
import { AppError } from "../../errors.ts";
import { moveSessiePuntSchema } from "../../validation/overleg.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { managesPunt, overlegRunnerRoles } from "./manages-overleg.ts";

export const moveSessiePuntAction = defineAction({
  name: "sessie.punt.move",
  roles: overlegRunnerRoles,
  schema: moveSessiePuntSchema,
  authorize: ({ user, tx }, input) => managesPunt(tx, user, input.puntId),
  async handler({ tx, audit }, input) {
    const p = await tx.sessiePunt.findUniqueOrThrow({ where: { id: input.puntId }, select: { id: true, sessieId: true, position: true } });
    const up = input.direction === "up";
    const other = await tx.sessiePunt.findFirst({
      where: { sessieId: p.sessieId, position: up ? { lt: p.position } : { gt: p.position } },
      orderBy: { position: up ? "desc" : "asc" },
      select: { id: true, position: true },
    });
    if (!other) throw new AppError("CONFLICT", up ? "Dit punt staat al bovenaan." : "Dit punt staat al onderaan.");
    await tx.sessiePunt.update({ where: { id: p.id }, data: { position: other.position } });
    await tx.sessiePunt.update({ where: { id: other.id }, data: { position: p.position } });
    await audit("SessiePunt", p.id, { direction: input.direction });
    return { id: p.id };
  },
});

export async function moveSessiePunt(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  return moveSessiePuntAction.invoke(form);
}
