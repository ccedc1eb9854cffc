// Server action: put a failed mail back in the queue (beheerder only: the
// outbox holds every resident's e-mail address, across all stadsdelen).
import { AppError } from "../../errors.ts";
import { retryOutboxSchema } from "../../validation/staff-registration.ts";
import { type ActionResult, defineAction } from "../define-action.ts";

export const retryOutboxAction = defineAction({
  name: "outbox.retry",
  roles: ["BEHEERDER"],
  schema: retryOutboxSchema,
  authorize: () => true, // the role is the check: only the beheerder works the portal-wide outbox
  async handler({ tx, audit }, { messageId }) {
    const m = await tx.outboxMessage.findUnique({ where: { id: messageId } });
    if (!m) throw new AppError("NOT_FOUND", "Dit bericht bestaat niet (meer).");
    if (m.status !== "FAILED") throw new AppError("CONFLICT", "Alleen mislukte berichten kunnen opnieuw worden verstuurd.");
    await tx.outboxMessage.update({ where: { id: messageId }, data: { status: "PENDING", attempts: 0, sendAfter: new Date() } });
    await audit("OutboxMessage", messageId, { kind: m.kind });
    return { id: messageId };
  },
});

export async function retryOutboxMessage(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  return retryOutboxAction.invoke(form);
}
