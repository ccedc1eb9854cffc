// Server action: invite the pool members of the bijeenkomst's stadsdeel
// (who are not registered and not invited yet) through the outbox.
import { AppError } from "../../errors.ts";
import { baseUrl, messages, residentLinks } from "../../mail/messages.ts";
import { enqueueMessage } from "../../outbox/enqueue-message.ts";
import { invitePoolSchema } from "../../validation/staff-registration.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { managesBijeenkomst } from "../bijeenkomst/manages-bijeenkomst.ts";

export const invitePoolAction = defineAction({
  name: "pool.invite",
  roles: ["STADSDEELREGISSEUR", "BEHEERDER"],
  schema: invitePoolSchema,
  authorize: managesBijeenkomst,
  async handler({ tx, audit }, { bijeenkomstId }) {
    const b = await tx.bijeenkomst.findUniqueOrThrow({ where: { id: bijeenkomstId } });
    if (b.status !== "PLANNED" || b.startsAt < new Date()) throw new AppError("CONFLICT", "Uitnodigen kan alleen voor een geplande bijeenkomst.");
    const members = await tx.participant.findMany({
      where: { inPool: true, anonymisedAt: null, email: { not: null }, buurt: { stadsdeelId: b.stadsdeelId }, registrations: { none: { bijeenkomstId } } },
      select: { id: true, name: true, email: true },
    });
    const invited = new Set(
      (
        await tx.outboxMessage.findMany({ where: { kind: "pool.invitation", relatedType: "Bijeenkomst", relatedId: bijeenkomstId }, select: { toEmail: true } })
      ).map((m) => m.toEmail),
    );
    let n = 0;
    for (const m of members) {
      if (invited.has(m.email!)) continue;
      await enqueueMessage(tx, {
        kind: "pool.invitation",
        toEmail: m.email!,
        ...messages.poolInvitation({ name: m.name, urls: await residentLinks(tx, m.id) }, b, `${baseUrl()}/bijeenkomsten/${b.id}`),
        relatedType: "Bijeenkomst",
        relatedId: bijeenkomstId,
      });
      n++;
    }
    await audit("Bijeenkomst", bijeenkomstId, { invited: n, alreadyInvited: invited.size });
    return { invited: n };
  },
});

export async function invitePool(_prev: unknown, form: FormData): Promise<ActionResult<{ invited: number }>> {
  "use server";
  return invitePoolAction.invoke(form);
}
