// Server action (beheerder): the municipality's details — name, contact,
// the privacy officer (FG) and the accessibility statement. One row;
// audited with the fields that changed. Pages show the change at once
// (this process) and mails from the next one sent.
import { forgetGemeente } from "../../data/gemeente/get-gemeente.ts";
import { readGemeente } from "../../gemeente.ts";
import { saveGemeenteSchema } from "../../validation/gemeente.ts";
import { type ActionResult, defineAction } from "../define-action.ts";

export const saveGemeenteAction = defineAction({
  name: "gemeente.save",
  roles: ["BEHEERDER"],
  schema: saveGemeenteSchema,
  authorize: () => true,
  async handler({ tx, audit }, input) {
    const before = await readGemeente(tx);
    const data = {
      name: input.name,
      contactEmail: input.contactEmail,
      contactPhone: input.contactPhone ?? null,
      postalAddress: input.postalAddress ?? null,
      privacyOfficerName: input.privacyOfficerName ?? null,
      privacyOfficerEmail: input.privacyOfficerEmail,
      accessibilityStatus: input.accessibilityStatus,
      accessibilityEvaluatedOn: input.accessibilityEvaluatedOn ?? null,
      accessibilityReportUrl: input.accessibilityReportUrl ?? null,
      minN: input.minN,
    };
    await tx.gemeente.upsert({ where: { id: "gemeente" }, create: { id: "gemeente", ...data }, update: data });
    const changed = Object.keys(data).filter((k) => String(before[k as keyof typeof data]) !== String(data[k as keyof typeof data]));
    await audit("Gemeente", "gemeente", { changed });
    return { changed };
  },
});

export async function saveGemeente(_prev: unknown, form: FormData): Promise<ActionResult<{ changed: string[] }>> {
  "use server";
  const result = await saveGemeenteAction.invoke(form);
  if (result.ok) forgetGemeente(); // after the commit, so no reader keeps the old row
  return result;
}
