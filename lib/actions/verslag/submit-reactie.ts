// Public action: an attendee reacts on a version of the verslag, through
// the link in the verslag mail.
import { AppError } from "../../errors.ts";
import { verifyToken } from "../../tokens.ts";
import { reactieSchema } from "../../validation/verslag.ts";
import type { ActionResult } from "../define-action.ts";
import { definePublicAction } from "../define-public-action.ts";

export const submitReactieAction = definePublicAction({
  name: "verslag.reactie",
  schema: reactieSchema,
  async handler({ tx }, { token, versionId, text }) {
    const t = verifyToken(token, "verslag");
    if (!t?.r) throw new AppError("FORBIDDEN", "Deze link is verlopen of ongeldig.");
    const version = await tx.verslagVersion.findUnique({ where: { id: versionId }, include: { verslag: true } });
    if (!version || version.verslag.bijeenkomstId !== t.r) throw new AppError("NOT_FOUND", "Deze versie van het verslag hoort niet bij uw link.");
    const participant = await tx.participant.findUnique({ where: { email: t.p }, select: { id: true } });
    const reactie = await tx.reactie.create({ data: { versionId, participantId: participant?.id ?? null, text } });
    await tx.auditEvent.create({ data: { actorKind: "resident", action: "verslag.reactie", entityType: "Reactie", entityId: reactie.id } });
    return { id: reactie.id, version: version.number };
  },
});

export async function submitReactie(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string; version: number }>> {
  "use server";
  return submitReactieAction.invoke(form);
}
