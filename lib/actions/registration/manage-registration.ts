// Public action behind the manage link: cancel a registration or change the
// number of people. The signed link identifies the resident.
import { AppError } from "../../errors.ts";
import { cancelOwnRegistration, changePartySize } from "../../registration/cancel-registration.ts";
import { residentFromToken } from "../../registration/resident-from-token.ts";
import { manageRegistrationSchema } from "../../validation/registration.ts";
import type { ActionResult } from "../define-action.ts";
import { definePublicAction } from "../define-public-action.ts";

export const manageRegistrationAction = definePublicAction({
  name: "registration.manage",
  schema: manageRegistrationSchema,
  async handler({ tx }, input) {
    const me = await residentFromToken(tx, input.token, "manage");
    if (!me) throw new AppError("FORBIDDEN", "Deze link is verlopen of ongeldig. Vraag een nieuwe aan via de bevestigingsmail.");
    if (input.intent === "cancel") return { ...(await cancelOwnRegistration(tx, input.registrationId, me.id)), intent: input.intent };
    if (!input.partySize) throw new AppError("INVALID_INPUT", "Kies met hoeveel personen u komt.", { partySize: "Kies met hoeveel personen u komt." });
    return { ...(await changePartySize(tx, input.registrationId, me.id, input.partySize)), intent: input.intent };
  },
});

export async function manageRegistration(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string; promoted: number; intent: string }>> {
  "use server";
  return manageRegistrationAction.invoke(form);
}
