// Public action: a resident registers for a bijeenkomst (no account). It
// never changes a known person's data (see register_participants).
// Honeypot and rate limits (per IP, per e-mail; counted by the database in
// the registration statement itself) keep bots out.
import { registerParticipant } from "../../registration/register-participant.ts";
import { registerSchema } from "../../validation/registration.ts";
import type { ActionResult } from "../define-action.ts";
import { definePublicAction } from "../define-public-action.ts";
import type { RegisterOutcome } from "../../registration/register-participant.ts";

export const registerAction = definePublicAction({
  name: "registration.create",
  schema: registerSchema,
  transaction: false, // registerParticipant is one statement: its own transaction
  handler: ({ prisma, ip }, input) => registerParticipant(prisma, input, ip),
});

/**
 * What the resident's browser gets: whether there was a seat, nothing more.
 * A repeat registration answers as a new one would (the status a new one
 * would get), and no ids are sent, so the answer never tells a stranger
 * whether an address was known; the mail to that address tells the rest.
 */
export type PublicRegisterOutcome = Pick<RegisterOutcome, "status" | "title"> & { poolRequested: boolean };

export function toPublicOutcome(result: ActionResult<RegisterOutcome>, form: FormData): ActionResult<PublicRegisterOutcome> {
  return result.ok ? { ok: true, data: { status: result.data.status, title: result.data.title, poolRequested: form.get("pool") === "on" } } : result;
}

export async function registerForBijeenkomst(_prev: unknown, form: FormData): Promise<ActionResult<PublicRegisterOutcome>> {
  "use server";
  return toPublicOutcome(await registerAction.invoke(form), form);
}
