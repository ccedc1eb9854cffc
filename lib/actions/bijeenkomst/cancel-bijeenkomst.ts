// Server action: cancel a bijeenkomst. Every open registration is cancelled
// and its resident gets a notification through the outbox (with their
// manage and unsubscribe links, like every resident mail), in the same
// transaction.
import { AppError } from "../../errors.ts";
import { messages, residentLinks } from "../../mail/messages.ts";
import { enqueueMessage } from "../../outbox/enqueue-message.ts";
import { cancelBijeenkomstSchema } from "../../validation/bijeenkomst.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { managesBijeenkomst } from "./manages-bijeenkomst.ts";

export const cancelBijeenkomstAction = defineAction({
  name: "bijeenkomst.cancel",
  roles: ["STADSDEELREGISSEUR", "BEHEERDER"],
  schema: cancelBijeenkomstSchema,
  authorize: managesBijeenkomst,
  async handler({ tx, audit }, { bijeenkomstId, reason }) {
    const b = await tx.bijeenkomst.findUniqueOrThrow({ where: { id: bijeenkomstId } });
    if (b.status === "CANCELLED") throw new AppError("CONFLICT", "Deze bijeenkomst is al geannuleerd.");
    if (b.status === "HELD") throw new AppError("CONFLICT", "Deze bijeenkomst is al geweest en kan niet meer worden geannuleerd.");
    const open = await tx.registration.findMany({
      where: { bijeenkomstId, status: { in: ["CONFIRMED", "WAITLISTED"] } },
      include: { participant: { select: { id: true, name: true, email: true } } },
    });
    const now = new Date();
    await tx.bijeenkomst.update({ where: { id: bijeenkomstId }, data: { status: "CANCELLED", cancelledAt: now, cancelReason: reason } });
    await tx.registration.updateMany({ where: { id: { in: open.map((r) => r.id) } }, data: { status: "CANCELLED", cancelledAt: now } });
    let notified = 0;
    for (const r of open) {
      if (!r.participant.email) continue;
      await enqueueMessage(tx, {
        kind: "bijeenkomst.cancelled",
        toEmail: r.participant.email,
        ...messages.cancelledByOrganiser({ name: r.participant.name, urls: await residentLinks(tx, r.participant.id) }, b, reason),
        relatedType: "Registration",
        relatedId: r.id,
      });
      notified++;
    }
    await audit("Bijeenkomst", bijeenkomstId, { reason, registrationsCancelled: open.length, notified });
    return { id: bijeenkomstId, notified };
  },
});

export async function cancelBijeenkomst(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string; notified: number }>> {
  "use server";
  return cancelBijeenkomstAction.invoke(form);
}
