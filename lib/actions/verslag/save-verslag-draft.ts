// Server action: save the verslag's working text (Markdown).
import { verslagDraftSchema } from "../../validation/verslag.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { ensureVerslag, mayManageBijeenkomst } from "./verslag-access.ts";

export const saveVerslagDraftAction = defineAction({
  name: "verslag.save-draft",
  roles: ["STADSDEELREGISSEUR", "BEHEERDER"],
  schema: verslagDraftSchema,
  authorize: ({ user, tx }, input) => mayManageBijeenkomst(tx, user, input.bijeenkomstId),
  async handler({ tx, audit }, { bijeenkomstId, body }) {
    const verslag = await ensureVerslag(tx, bijeenkomstId);
    await tx.verslag.update({ where: { id: verslag.id }, data: { draftBody: body } });
    await audit("Verslag", verslag.id, { length: body.length });
    return { saved: true };
  },
});

export async function saveVerslagDraft(_prev: unknown, form: FormData): Promise<ActionResult<{ saved: boolean }>> {
  "use server";
  return saveVerslagDraftAction.invoke(form);
}
