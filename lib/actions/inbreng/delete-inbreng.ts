// Server action: delete a logged inbreng (a melding made from it stays).
import { deleteInbrengSchema } from "../../validation/inbreng.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { manageableInbreng } from "./inbreng-access.ts";

export const deleteInbrengAction = defineAction({
  name: "inbreng.delete",
  roles: ["STADSDEELREGISSEUR", "BEHEERDER"],
  schema: deleteInbrengSchema,
  authorize: async ({ user, tx }, input) => (await manageableInbreng(tx, user, input.inbrengId)) !== null,
  async handler({ tx, audit }, { inbrengId }) {
    const row = await tx.inbreng.delete({ where: { id: inbrengId } });
    await audit("Inbreng", inbrengId, { text: row.text, bijeenkomstId: row.bijeenkomstId });
    return { id: inbrengId };
  },
});

export async function deleteInbreng(input: unknown): Promise<ActionResult<{ id: string }>> {
  "use server";
  return deleteInbrengAction.invoke(input);
}
