// Public action behind the manage link: cancel a registration or change the
// number of people. The signed link identifies the resident.
import { AppError } from "../../errors.ts";
import { cancelOwnRegistration, changePartySize } from "../../registration/cancel-registration.ts";
import { verifyToken } from "../../tokens.ts";
import { manageRegistrationSchema } from "../../validation/registration.ts";
import type { ActionResult } from "../define-action.ts";
import { definePublicAction } from "../define-public-action.ts";

export const manageRegistrationAction = definePublicAction({
  name: "registration.manage",
  schema: manageRegistrationSchema,
  async handler({ tx }, input) {
    const token = verifyToken(input.token, "manage");
    if (!token) throw new AppError("FORBIDDEN", "Deze link is verlopen of ongeldig. Vraag een nieuwe aan via de bevestigingsmail.");
    if (input.intent === "cancel") return { ...(await cancelOwnRegistration(tx, input.registrationId, token.p)), intent: input.intent };
    if (!input.partySize) throw new AppError("INVALID_INPUT", "Kies met hoeveel personen u komt.", { partySize: "Kies met hoeveel personen u komt." });
    return { ...(await changePartySize(tx, input.registrationId, token.p, input.partySize)), intent: input.intent };
  },
});

export async function manageRegistration(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string; promoted: number; intent: string }>> {
  "use server";
  return manageRegistrationAction.invoke(form);
}
