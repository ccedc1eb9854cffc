// Public action: the short evaluation after a bijeenkomst, through the link
// in the invitation — only after the bijeenkomst, once per registration.
import { AppError } from "../../errors.ts";
import { redeemToken } from "../../tokens.ts";
import { evaluationSchema } from "../../validation/registration.ts";
import type { ActionResult } from "../define-action.ts";
import { definePublicAction } from "../define-public-action.ts";

export const submitEvaluationAction = definePublicAction({
  name: "evaluation.submit",
  schema: evaluationSchema,
  async handler({ tx }, { token, ...scores }) {
    const t = await redeemToken(tx, token, "evaluation");
    if (!t?.registrationId) throw new AppError("FORBIDDEN", "Deze link is verlopen of ongeldig.");
    const r = await tx.registration.findUnique({ where: { id: t.registrationId }, include: { bijeenkomst: true, evaluation: true } });
    if (!r || r.participantId !== t.participantId) throw new AppError("NOT_FOUND", "Deze aanmelding bestaat niet (meer).");
    if (r.bijeenkomst.endsAt > new Date()) throw new AppError("CONFLICT", "De evaluatie kan pas na afloop van de bijeenkomst.");
    if (r.evaluation) throw new AppError("CONFLICT", "U heeft deze evaluatie al ingevuld. Dank u wel!");
    await tx.evaluation.create({ data: { registrationId: r.id, ...scores, comment: scores.comment ?? null } });
    await tx.auditEvent.create({ data: { actorKind: "resident", action: "evaluation.submit", entityType: "Registration", entityId: r.id } });
    return { saved: true };
  },
});

export async function submitEvaluation(_prev: unknown, form: FormData): Promise<ActionResult<{ saved: boolean }>> {
  "use server";
  return submitEvaluationAction.invoke(form);
}
