// Public action: a resident who lost their link, or fears it was forwarded,
// asks for a new one. The old manage links stop working and a fresh one is
// mailed to the address. The answer is the same whether or not the address
// is known; attempts are limited per source address and per e-mail address.
import { AppError } from "../../errors.ts";
import { sha256Hex as hash } from "../../hash.ts";
import { messages, residentLinks } from "../../mail/messages.ts";
import { enqueueMessage } from "../../outbox/enqueue-message.ts";
import { revokeTokens } from "../../tokens.ts";
import { newLinkSchema } from "../../validation/registration.ts";
import type { ActionResult } from "../define-action.ts";
import { definePublicAction } from "../define-public-action.ts";

const HOUR = 3_600_000;

export const requestNewLinkAction = definePublicAction({
  name: "resident.new-link",
  schema: newLinkSchema,
  async handler({ tx, ip }, { email }) {
    const [{ byIp, byEmail }] = await tx.$queryRaw<{ byIp: number; byEmail: number }[]>`
      SELECT "rate_limit_hit"(${`newLinkIp:${hash(ip)}`}, ${HOUR}::bigint, ${Date.now()}::bigint) AS "byIp",
             "rate_limit_hit"(${`newLinkEmail:${hash(email)}`}, ${HOUR}::bigint, ${Date.now()}::bigint) AS "byEmail"`;
    if (byIp > 10 || byEmail > 3) throw new AppError("CONFLICT", "Er is het afgelopen uur al vaak een nieuwe link gevraagd. Probeer het later opnieuw.");
    const p = await tx.participant.findUnique({ where: { email }, select: { id: true, name: true, anonymisedAt: true } });
    if (p && !p.anonymisedAt) {
      await revokeTokens(tx, p.id, ["manage"]);
      await enqueueMessage(tx, {
        kind: "resident.new-link",
        toEmail: email,
        ...messages.newLink({ name: p.name, urls: await residentLinks(tx, p.id) }),
        relatedType: "Participant",
        relatedId: p.id,
      });
      await tx.auditEvent.create({ data: { actorKind: "resident", action: "resident.new-link", entityType: "Participant", entityId: p.id } });
    }
    return { requested: true };
  },
});

export async function requestNewLink(_prev: unknown, form: FormData): Promise<ActionResult<{ requested: boolean }>> {
  "use server";
  return requestNewLinkAction.invoke(form);
}
