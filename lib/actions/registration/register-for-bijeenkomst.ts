// Public action: a resident registers for a bijeenkomst (no account).
// Honeypot and rate limits (per IP, per e-mail) keep bots out.
import { consume } from "../../rate-limit.ts";
import { registerParticipant } from "../../registration/register-participant.ts";
import { registerSchema } from "../../validation/registration.ts";
import type { ActionResult } from "../define-action.ts";
import { definePublicAction } from "../define-public-action.ts";
import type { RegisterOutcome } from "../../registration/register-participant.ts";

export const registerAction = definePublicAction({
  name: "registration.create",
  schema: registerSchema,
  async guard(prisma, input, ip) {
    if (!(await consume(prisma, "registrationPerIp", ip))) return "Er zijn vanaf uw internetverbinding te veel aanmeldingen gedaan. Probeer het over tien minuten opnieuw.";
    if (!(await consume(prisma, "registrationPerEmail", input.email))) return "Met dit e-mailadres is het afgelopen uur te vaak geprobeerd aan te melden. Probeer het later opnieuw.";
    return null;
  },
  transaction: false, // registerParticipant is one statement: its own transaction
  handler: ({ prisma }, input) => registerParticipant(prisma, input),
});

export async function registerForBijeenkomst(_prev: unknown, form: FormData): Promise<ActionResult<RegisterOutcome>> {
  "use server";
  return registerAction.invoke(form);
}
