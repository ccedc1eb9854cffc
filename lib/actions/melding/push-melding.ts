// Server action: "Doorzetten naar het meldingensysteem" — the regisseur
// sends a melding made from inbreng to Signalen. Nothing is sent here: the
// click writes an IntegrationMessage in the same transaction as the status
// change (the worker sends it, lib/signalen/push-signals.ts), so a push is
// never lost and never doubled by a second click. A push that failed for
// good can be tried again with the same button.
import { canManageStadsdeel } from "../../auth/permissions.ts";
import { AppError } from "../../errors.ts";
import { PUSH_KIND } from "../../signalen/push-signals.ts";
import { closingStatuses, pushMeldingSchema } from "../../validation/melding.ts";
import { type ActionResult, defineAction } from "../define-action.ts";

export const pushMeldingAction = defineAction({
  name: "melding.push",
  roles: ["STADSDEELREGISSEUR", "BEHEERDER"],
  schema: pushMeldingSchema,
  async authorize({ user, tx }, input) {
    const m = await tx.melding.findUnique({ where: { id: input.meldingId }, select: { stadsdeelId: true } });
    return m !== null && canManageStadsdeel(user, m.stadsdeelId);
  },
  async handler({ tx, user, audit }, input) {
    await tx.$queryRaw`SELECT id FROM "Melding" WHERE id = ${input.meldingId} FOR UPDATE`;
    const m = await tx.melding.findUniqueOrThrow({ where: { id: input.meldingId }, include: { integrationMessages: { where: { kind: PUSH_KIND } } } });
    const refuse = (message: string) => new AppError("CONFLICT", message);
    if (m.origin !== "PORTAAL" || !m.inbrengId) throw refuse("Alleen een melding uit inbreng kan naar het meldingensysteem worden doorgezet.");
    if (m.externalId) throw refuse(`Deze melding staat al in het meldingensysteem (${m.externalReference}).`);
    const earlier = m.integrationMessages[0];
    if (earlier && earlier.status !== "FAILED") throw refuse("Deze melding wordt al doorgezet naar het meldingensysteem.");
    if (closingStatuses.includes(m.status)) throw refuse("Een afgesloten melding wordt niet meer doorgezet.");
    if (m.lat === null || m.lng === null) throw refuse("Deze melding heeft geen plek op de kaart; het meldingensysteem vraagt een punt.");
    if (!(await tx.meldingSource.findUnique({ where: { id: "signalen" }, select: { id: true } })))
      throw refuse("Er is nog geen meldingensysteem gekoppeld (Beheer → Meldingensysteem).");
    if (!(await tx.signalenCategory.findFirst({ where: { categoryId: m.categoryId }, select: { path: true } })))
      throw refuse("De categorie van deze melding is nog niet aan een categorie in het meldingensysteem gekoppeld (Beheer → Meldingensysteem).");
    if (earlier)
      await tx.integrationMessage.update({ where: { id: earlier.id }, data: { status: "PENDING", attempts: 0, lastError: null, sendAfter: new Date() } });
    else await tx.integrationMessage.create({ data: { kind: PUSH_KIND, meldingId: m.id } });
    if (m.status === "NIEUW") {
      await tx.melding.update({
        where: { id: m.id },
        data: {
          status: "DOORGEZET",
          history: { create: { fromStatus: m.status, toStatus: "DOORGEZET", note: "Doorgezet naar het meldingensysteem", changedById: user.id } },
        },
      });
    }
    await audit("Melding", m.id, { push: "signalen", again: Boolean(earlier) });
    return { id: m.id };
  },
});

export async function pushMelding(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  return pushMeldingAction.invoke(form);
}
