// Server action: evidence for an opgave in a concept programma — an inbreng
// of a bijeenkomst in the programma's stadsdeel, the verslag of one, or an
// indicator for the gemeente, the stadsdeel or one of its buurten, whose
// latest shown value (not one hidden for too small an n) is kept as it
// stands now. Audited.
import { fieldError } from "../../errors.ts";
import { areaLevelIn } from "../../indicators/areas.ts";
import { addBouwsteenSchema } from "../../validation/programma.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { managesOpgave, programmaWriters, requireConcept } from "./programma-access.ts";

export const addBouwsteenAction = defineAction({
  name: "programma.add-bouwsteen",
  roles: [...programmaWriters],
  schema: addBouwsteenSchema,
  authorize: ({ tx, user }, input) => managesOpgave(tx, user, input.opgaveId),
  async handler({ tx, audit }, input) {
    const { programmaId } = await tx.opgave.findUniqueOrThrow({ where: { id: input.opgaveId }, select: { programmaId: true } });
    const p = await requireConcept(tx, programmaId);
    let data: { inbrengId?: string; verslagId?: string; indicatorId?: string; areaCode?: string; periodStart?: Date; periodEnd?: Date; value?: number } = {};
    if (input.inbrengId) {
      if (!(await tx.inbreng.findFirst({ where: { id: input.inbrengId, bijeenkomst: { stadsdeelId: p.stadsdeelId } }, select: { id: true } })))
        throw fieldError("inbrengId", "Kies inbreng uit dit stadsdeel.");
      data = { inbrengId: input.inbrengId };
    } else if (input.verslagId) {
      if (!(await tx.verslag.findFirst({ where: { id: input.verslagId, bijeenkomst: { stadsdeelId: p.stadsdeelId } }, select: { id: true } })))
        throw fieldError("verslagId", "Kies een verslag uit dit stadsdeel.");
      data = { verslagId: input.verslagId };
    } else {
      const indicator = await tx.indicator.findUnique({ where: { code: input.indicatorCode! }, select: { id: true } });
      if (!indicator) throw fieldError("indicatorCode", "Kies een indicator uit de lijst.");
      const sd = await tx.stadsdeel.findUniqueOrThrow({ where: { id: p.stadsdeelId }, select: { slug: true, buurten: { select: { code: true } } } });
      const code = input.areaCode!;
      const level = areaLevelIn(sd, code);
      if (!level) throw fieldError("areaCode", "Kies de gemeente, het stadsdeel of een buurt van dit stadsdeel.");
      const minN = (await tx.gemeente.findUnique({ where: { id: "gemeente" }, select: { minN: true } }))?.minN ?? 10;
      const w = await tx.indicatorWaarde.findFirst({
        where: { indicatorId: indicator.id, level, areaCode: code, OR: [{ n: null }, { n: { gte: minN } }] },
        orderBy: { periodEnd: "desc" },
      });
      if (!w) throw fieldError("areaCode", "Voor dit gebied is nog geen (getoond) cijfer van deze indicator.");
      data = { indicatorId: indicator.id, areaCode: code, periodStart: w.periodStart, periodEnd: w.periodEnd, value: w.value };
    }
    const b = await tx.opgaveBouwsteen.create({ data: { opgaveId: input.opgaveId, ...data }, select: { id: true } });
    await audit("OpgaveBouwsteen", b.id, { opgaveId: input.opgaveId, kind: input.inbrengId ? "inbreng" : input.verslagId ? "verslag" : "indicator" });
    return { id: b.id };
  },
});

export async function addBouwsteen(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  return addBouwsteenAction.invoke(form);
}
