// Server action: (re)generate the verslag's draft from the logged inbreng.
import { generateDraft } from "../../verslag/draft.ts";
import { generateDraftSchema } from "../../validation/verslag.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { ensureVerslag, mayManageBijeenkomst } from "./verslag-access.ts";

export const generateVerslagDraftAction = defineAction({
  name: "verslag.generate-draft",
  roles: ["STADSDEELREGISSEUR", "BEHEERDER"],
  schema: generateDraftSchema,
  authorize: ({ user, tx }, input) => mayManageBijeenkomst(tx, user, input.bijeenkomstId),
  async handler({ tx, audit }, { bijeenkomstId }) {
    const verslag = await ensureVerslag(tx, bijeenkomstId);
    const b = await tx.bijeenkomst.findUniqueOrThrow({ where: { id: bijeenkomstId } });
    // one after another: a transaction is one connection (parallel queries on it are deprecated in pg)
    const inbreng = await tx.inbreng.findMany({ where: { bijeenkomstId }, orderBy: { createdAt: "asc" }, include: { theme: true, tafel: true, buurt: true } });
    const attended = await tx.registration.aggregate({ where: { bijeenkomstId, status: "ATTENDED" }, _sum: { partySize: true } });
    const confirmed = await tx.registration.aggregate({ where: { bijeenkomstId, status: "CONFIRMED" }, _sum: { partySize: true } });
    const body = generateDraft(b, attended._sum.partySize ?? confirmed._sum.partySize ?? 0, inbreng);
    await tx.verslag.update({ where: { id: verslag.id }, data: { draftBody: body } });
    await audit("Verslag", verslag.id, { generated: true, inbreng: inbreng.length });
    return { body };
  },
});

export async function generateVerslagDraft(_prev: unknown, form: FormData): Promise<ActionResult<{ body: string }>> {
  "use server";
  return generateVerslagDraftAction.invoke(form);
}
