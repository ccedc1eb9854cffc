// Server action: whoever runs an overleg invites a resident to sit at it —
// name and e-mail only. The seat waits for the resident's own "ja" through
// the link in the mail (14 days); until then they get no overleg mail. A
// person already known by this address is reused and nothing of theirs is
// changed (the typed name stays on the seat only), and the answer is the
// same whether the address was known or not.
import { AppError, fieldError } from "../../errors.ts";
import { baseUrl, messages, residentLinks } from "../../mail/messages.ts";
import { enqueueMessage } from "../../outbox/enqueue-message.ts";
import { issueToken } from "../../tokens.ts";
import { inviteBewonerSchema } from "../../validation/overleg.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { managesOverleg, overlegRunnerRoles } from "./manages-overleg.ts";

export const inviteBewonerAction = defineAction({
  name: "overleg.bewoner.invite",
  roles: overlegRunnerRoles,
  schema: inviteBewonerSchema,
  authorize: ({ user, tx }, input) => managesOverleg(tx, user, input.overlegId),
  async handler({ tx, audit }, input) {
    const o = await tx.overleg.findUniqueOrThrow({
      where: { id: input.overlegId },
      select: { id: true, name: true, active: true, stadsdeel: { select: { name: true } } },
    });
    if (!o.active) throw new AppError("CONFLICT", "Dit overleg is gestopt; er kunnen geen leden meer bij.");
    const person =
      (await tx.participant.findUnique({ where: { email: input.email }, select: { id: true } })) ??
      (await tx.participant.create({ data: { email: input.email }, select: { id: true } }));
    if (await tx.overlegSeat.count({ where: { overlegId: o.id, participantId: person.id } }))
      throw fieldError("email", "Deze bewoner is al lid van dit overleg of al uitgenodigd.");
    const now = new Date();
    const seat = await tx.overlegSeat.create({
      data: { overlegId: o.id, participantId: person.id, residentName: input.residentName, invitedAt: now },
      select: { id: true },
    });
    const token = await issueToken(tx, "overleg", { participantId: person.id, seatId: seat.id }, now);
    const mail = messages.overlegInvitation(
      { name: input.residentName, urls: await residentLinks(tx, person.id) },
      { overleg: o.name, area: o.stadsdeel ? `stadsdeel ${o.stadsdeel.name}` : "de hele stad", url: `${baseUrl()}/overleg-uitnodiging/${token}` },
    );
    await enqueueMessage(tx, { kind: "overleg.invitation", toEmail: input.email, ...mail, relatedType: "OverlegSeat", relatedId: seat.id });
    await audit("OverlegSeat", seat.id, { overlegId: o.id, resident: true });
    return { id: seat.id };
  },
});

export async function inviteBewoner(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  return inviteBewonerAction.invoke(form);
}
