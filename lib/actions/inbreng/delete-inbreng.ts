// Server action: delete a logged inbreng (a melding made from it stays).
// Inbreng that is evidence in a vastgesteld programma is kept (refused).
import { AppError } from "../../errors.ts";
import { deleteInbrengSchema } from "../../validation/inbreng.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { manageableInbreng } from "./inbreng-access.ts";

export const deleteInbrengAction = defineAction({
  name: "inbreng.delete",
  roles: ["STADSDEELREGISSEUR", "BEHEERDER"],
  schema: deleteInbrengSchema,
  authorize: async ({ user, tx }, input) => (await manageableInbreng(tx, user, input.inbrengId)) !== null,
  async handler({ tx, audit }, { inbrengId }) {
    const used = await tx.opgaveBouwsteen.findFirst({
      where: { inbrengId, opgave: { programma: { status: { not: "CONCEPT" } } } },
      select: { opgave: { select: { programma: { select: { title: true } } } } },
    });
    if (used)
      throw new AppError("CONFLICT", `Deze inbreng onderbouwt een opgave in het vastgestelde ‘${used.opgave.programma.title}’ en blijft daarom bewaard.`);
    const row = await tx.inbreng.delete({ where: { id: inbrengId } });
    await audit("Inbreng", inbrengId, { text: row.text, bijeenkomstId: row.bijeenkomstId });
    return { id: inbrengId };
  },
});

export async function deleteInbreng(input: unknown): Promise<ActionResult<{ id: string }>> {
  "use server";
  return deleteInbrengAction.invoke(input);
}
