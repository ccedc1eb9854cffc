// Public action behind the unsubscribe link in every mail: the link opens a
// page, and only its button (this POST) leaves the participation pool and
// withdraws that consent, so a mail scanner that follows links unsubscribes
// nobody. Mails about the resident's own registrations still arrive. The
// RFC 8058 one-click POST from a mail program uses `unsubscribeByToken` too.
import { AppError } from "../../errors.ts";
import type { PrismaClient } from "../../prisma-client.ts";
import { residentFromToken } from "../../registration/resident-from-token.ts";
import { unsubscribeSchema } from "../../validation/registration.ts";
import type { ActionResult, Tx } from "../define-action.ts";
import { definePublicAction } from "../define-public-action.ts";
import { setPool } from "./set-pool-membership.ts";

export async function unsubscribeByToken(tx: Tx | PrismaClient, token: string): Promise<{ unsubscribed: true }> {
  const me = await residentFromToken(tx, token, "unsubscribe");
  if (!me) throw new AppError("NOT_FOUND", "Deze link is verlopen of ongeldig. Neem contact op met de gemeente als u geen e-mail meer wilt ontvangen.");
  await setPool(tx as Tx, me.id, false);
  return { unsubscribed: true };
}

export const unsubscribeAction = definePublicAction({
  name: "pool.unsubscribe",
  schema: unsubscribeSchema,
  handler: ({ tx }, input) => unsubscribeByToken(tx, input.token),
});

export async function unsubscribe(_prev: unknown, form: FormData): Promise<ActionResult<{ unsubscribed: true }>> {
  "use server";
  return unsubscribeAction.invoke(form);
}
