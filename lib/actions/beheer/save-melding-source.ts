// Server action (beheerder): where Signalen is and the system account's
// token (an empty token field keeps the stored one; the token is never
// shown or audited). Saving clears "niet verbonden", so the next pull tries.
import { fieldError } from "../../errors.ts";
import { saveMeldingSourceSchema } from "../../validation/melding-source.ts";
import { type ActionResult, defineAction } from "../define-action.ts";

export const saveMeldingSourceAction = defineAction({
  name: "meldingsource.save",
  roles: ["BEHEERDER"],
  schema: saveMeldingSourceSchema,
  authorize: () => true,
  async handler({ tx, audit }, { baseUrl, token }) {
    const existing = await tx.meldingSource.findUnique({ where: { id: "signalen" } });
    if (!existing && !token) throw fieldError("token", "Vul het token van het systeemaccount in.");
    const data = { baseUrl: baseUrl.replace(/\/$/, ""), ...(token ? { token } : {}), status: "nieuw", lastError: null };
    await tx.meldingSource.upsert({ where: { id: "signalen" }, create: { id: "signalen", ...data, token: token ?? existing!.token }, update: data });
    await audit("MeldingSource", "signalen", { baseUrl: data.baseUrl, tokenChanged: Boolean(token) });
    return { saved: true };
  },
});

export async function saveMeldingSource(_prev: unknown, form: FormData): Promise<ActionResult<{ saved: boolean }>> {
  "use server";
  return saveMeldingSourceAction.invoke(form);
}
