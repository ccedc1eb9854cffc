// Public action: a resident registers for a bijeenkomst (no account).
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

export async function registerForBijeenkomst(_prev: unknown, form: FormData): Promise<ActionResult<RegisterOutcome>> {
  "use server";
  return registerAction.invoke(form);
}
