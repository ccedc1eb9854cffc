// Server action: a doel of an opgave in a concept programma — an effect or
// a prestatie, measured by an indicator for an area (the gemeente, the
// stadsdeel or one of its buurten) with baseline and target, or "niet
// meetbaar" without one. It gets a code (stadsdeel-startyear-n) that
// departments use in the agenda import's doel column. Audited.
import { fieldError } from "../../errors.ts";
import { areaLevelIn } from "../../indicators/areas.ts";
import { addDoelSchema } from "../../validation/programma.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { managesOpgave, programmaWriters, requireConcept } from "./programma-access.ts";

export const addDoelAction = defineAction({
  name: "programma.add-doel",
  roles: [...programmaWriters],
  schema: addDoelSchema,
  authorize: ({ tx, user }, input) => managesOpgave(tx, user, input.opgaveId),
  async handler({ tx, audit }, input) {
    const opgave = await tx.opgave.findUniqueOrThrow({ where: { id: input.opgaveId }, select: { programmaId: true } });
    const p = await requireConcept(tx, opgave.programmaId);
    let measure = {};
    if (input.indicatorCode) {
      const indicator = await tx.indicator.findUnique({ where: { code: input.indicatorCode }, select: { id: true } });
      if (!indicator) throw fieldError("indicatorCode", "Kies een indicator uit de lijst.");
      const stadsdeel = await tx.stadsdeel.findUniqueOrThrow({ where: { id: p.stadsdeelId }, select: { slug: true, buurten: { select: { code: true } } } });
      const code = input.areaCode!;
      const level = areaLevelIn(stadsdeel, code);
      if (!level) throw fieldError("areaCode", "Kies de gemeente, het stadsdeel of een buurt van dit stadsdeel.");
      measure = {
        indicatorId: indicator.id,
        areaLevel: level,
        areaCode: code,
        baselineValue: input.baselineValue,
        baselineYear: input.baselineYear,
        targetValue: input.targetValue,
        targetYear: input.targetYear,
      };
    }
    const slug = (await tx.stadsdeel.findUniqueOrThrow({ where: { id: p.stadsdeelId }, select: { slug: true } })).slug;
    const code = `${slug}-${p.startYear}-${(await tx.doel.count({ where: { opgave: { programmaId: p.id } } })) + 1}`;
    const d = await tx.doel.create({ data: { opgaveId: input.opgaveId, code, text: input.text, kind: input.kind, ...measure }, select: { id: true } });
    await audit("Doel", d.id, { opgaveId: input.opgaveId, indicator: input.indicatorCode ?? null });
    return { id: d.id };
  },
});

export async function addDoel(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  return addDoelAction.invoke(form);
}
