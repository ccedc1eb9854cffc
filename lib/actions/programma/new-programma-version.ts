// Server action: a vastgesteld programma is changed by making a new version
// — a concept copy with its opgaven (their betrokkenen and bouwstenen),
// doelen and plan activities — which is
// then edited and vastgesteld in its turn. One newer version at a time.
import { AppError } from "../../errors.ts";
import { programmaIdSchema } from "../../validation/programma.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { managesProgramma, programmaWriters } from "./programma-access.ts";

export const newProgrammaVersionAction = defineAction({
  name: "programma.new-version",
  roles: [...programmaWriters],
  schema: programmaIdSchema,
  authorize: ({ tx, user }, input) => managesProgramma(tx, user, input.programmaId),
  async handler({ tx, audit }, input) {
    const p = await tx.programma.findUniqueOrThrow({
      where: { id: input.programmaId },
      include: {
        next: { select: { id: true } },
        opgaven: { include: { betrokkenen: true, bouwstenen: true, doelen: { include: { activiteiten: { select: { agendaItemId: true } } } } } },
      },
    });
    if (p.status !== "VASTGESTELD")
      throw new AppError("CONFLICT", "Alleen van een vastgesteld programma maakt u een nieuwe versie; een concept wijzigt u gewoon.");
    if (p.next) throw new AppError("CONFLICT", "Er is al een nieuwere versie van dit programma.");
    const copy = await tx.programma.create({
      data: {
        kind: p.kind,
        stadsdeelId: p.stadsdeelId,
        focusgebiedId: p.focusgebiedId,
        title: p.title,
        startYear: p.startYear,
        endYear: p.endYear,
        version: p.version + 1,
        previousId: p.id,
      },
      select: { id: true },
    });
    for (const o of p.opgaven) {
      const made = await tx.opgave.create({
        data: {
          programmaId: copy.id,
          title: o.title,
          priority: o.priority,
          waarom: o.waarom,
          focusgebiedId: o.focusgebiedId,
          themeId: o.themeId,
          leadDepartmentId: o.leadDepartmentId,
          betrokkenen: { create: o.betrokkenen.map((b) => ({ departmentId: b.departmentId, organisationId: b.organisationId, userId: b.userId })) },
          bouwstenen: {
            create: o.bouwstenen.map((b) => ({
              inbrengId: b.inbrengId,
              verslagId: b.verslagId,
              indicatorId: b.indicatorId,
              areaCode: b.areaCode,
              periodStart: b.periodStart,
              periodEnd: b.periodEnd,
              value: b.value,
            })),
          },
        },
        select: { id: true },
      });
      for (const d of o.doelen) {
        await tx.doel.create({
          data: {
            opgaveId: made.id,
            code: d.code,
            text: d.text,
            kind: d.kind,
            indicatorId: d.indicatorId,
            areaLevel: d.areaLevel,
            areaCode: d.areaCode,
            baselineValue: d.baselineValue,
            baselineYear: d.baselineYear,
            targetValue: d.targetValue,
            targetYear: d.targetYear,
            activiteiten: { create: d.activiteiten.map((a) => ({ agendaItemId: a.agendaItemId })) },
          },
        });
      }
    }
    await audit("Programma", copy.id, { previousId: p.id, version: p.version + 1 });
    return { id: copy.id };
  },
});

export async function newProgrammaVersion(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  return newProgrammaVersionAction.invoke(form);
}
