// Server action: the regisseur records "wat is ermee gedaan" for an inbreng:
// a follow-up status and a public answer. Saving settles a proposed answer
// (a closing text from the meldingen system): confirmed, edited or replaced.
import { answerInbrengSchema } from "../../validation/inbreng.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { manageableInbreng } from "./inbreng-access.ts";

export const answerInbrengAction = defineAction({
  name: "inbreng.answer",
  roles: ["STADSDEELREGISSEUR", "BEHEERDER"],
  schema: answerInbrengSchema,
  authorize: async ({ user, tx }, input) => (await manageableInbreng(tx, user, input.inbrengId)) !== null,
  async handler({ tx, audit }, input) {
    await tx.inbreng.update({
      where: { id: input.inbrengId },
      data: {
        followUpStatus: input.followUpStatus,
        publicAnswer: input.publicAnswer ?? null,
        answeredAt: input.publicAnswer ? new Date() : null,
        proposedAnswer: null,
        proposedAt: null,
      },
    });
    await audit("Inbreng", input.inbrengId, { followUpStatus: input.followUpStatus });
    return { id: input.inbrengId };
  },
});

export async function answerInbreng(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  return answerInbrengAction.invoke(form);
}
