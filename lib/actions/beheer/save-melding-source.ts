// Server action (beheerder): where Signalen is, how the portal logs in — a
// system account's static token, or OIDC client credentials (issuer,
// client id and secret) — and the Signalen source name written on pushed
// meldingen and where staff open a melding there (a link with {id}). An
// empty token/secret field keeps the stored one; it is never
// shown or audited. Saving clears "niet verbonden", so the next pull tries.
import { fieldError } from "../../errors.ts";
import { saveMeldingSourceSchema } from "../../validation/melding-source.ts";
import { type ActionResult, defineAction } from "../define-action.ts";

export const saveMeldingSourceAction = defineAction({
  name: "meldingsource.save",
  roles: ["BEHEERDER"],
  schema: saveMeldingSourceSchema,
  authorize: () => true,
  async handler({ tx, audit }, { baseUrl, token, authKind, issuerUrl, clientId, sourceName, linkTemplate }) {
    const existing = await tx.meldingSource.findUnique({ where: { id: "signalen" } });
    const kindChanged = existing !== null && existing.authKind !== authKind;
    if ((!existing || kindChanged) && !token)
      throw fieldError("token", authKind === "oidc" ? "Vul het client secret in." : "Vul het token van het systeemaccount in.");
    const data = {
      baseUrl: baseUrl.replace(/\/$/, ""),
      authKind,
      issuerUrl: authKind === "oidc" ? issuerUrl!.replace(/\/$/, "") : null,
      clientId: authKind === "oidc" ? clientId! : null,
      sourceName,
      linkTemplate: linkTemplate ?? null,
      ...(token ? { token } : {}),
      status: "nieuw",
      lastError: null,
    };
    await tx.meldingSource.upsert({ where: { id: "signalen" }, create: { id: "signalen", ...data, token: token ?? existing!.token }, update: data });
    await audit("MeldingSource", "signalen", {
      baseUrl: data.baseUrl,
      authKind,
      issuerUrl: data.issuerUrl,
      clientId: data.clientId,
      sourceName,
      linkTemplate: data.linkTemplate,
      secretChanged: Boolean(token),
    });
    return { saved: true };
  },
});

export async function saveMeldingSource(_prev: unknown, form: FormData): Promise<ActionResult<{ saved: boolean }>> {
  "use server";
  return saveMeldingSourceAction.invoke(form);
}
