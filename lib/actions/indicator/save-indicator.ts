// Server action (beheerder): adds an indicator to the catalogue or, by the
// same code, changes its description. The portal's own derived indicators
// are not edited here (their definition is the computation). Audited.
import { fieldError } from "../../errors.ts";
import { indicatorSchema } from "../../validation/indicator.ts";
import { type ActionResult, defineAction } from "../define-action.ts";

export const saveIndicatorAction = defineAction({
  name: "indicator.save",
  roles: ["BEHEERDER"],
  schema: indicatorSchema,
  authorize: () => true,
  async handler({ tx, audit }, input): Promise<{ id: string; code: string; created: boolean }> {
    const existing = await tx.indicator.findUnique({ where: { code: input.code }, select: { id: true, derived: true } });
    if (existing?.derived) throw fieldError("code", "Deze indicator berekent het portaal zelf; die kunt u niet wijzigen.");
    if (input.cbsKey) {
      const other = await tx.indicator.findFirst({
        where: { cbsKey: { equals: input.cbsKey, mode: "insensitive" }, code: { not: input.code } },
        select: { name: true },
      });
      if (other) throw fieldError("cbsKey", `Deze CBS-sleutel hoort al bij ‘${other.name}’.`);
    }
    const data = {
      name: input.name,
      unit: input.unit,
      polarity: input.polarity,
      kind: input.kind,
      source: input.source,
      sourceUrl: input.sourceUrl ?? null,
      licence: input.licence ?? "",
      question: input.question ?? null,
      cbsKey: input.cbsKey ?? null,
    };
    const saved = existing
      ? await tx.indicator.update({ where: { id: existing.id }, data, select: { id: true } })
      : await tx.indicator.create({ data: { code: input.code, ...data }, select: { id: true } });
    await audit("Indicator", saved.id, { code: input.code, created: !existing });
    return { id: saved.id, code: input.code, created: !existing };
  },
});

export async function saveIndicator(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string; code: string; created: boolean }>> {
  "use server";
  return saveIndicatorAction.invoke(form);
}
