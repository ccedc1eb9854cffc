// Server action: the stadsdeelmonitor of a plan year of a vastgesteld
// programma — the doelen's states as computed now (kept with the report),
// and the required "wat werkte" and "wat kan beter", which show up when the
// next year's plan is drafted. Once per programma and year. Audited.
import { AppError, fieldError } from "../../errors.ts";
import { computeDoelStates } from "../../programma/compute-states.ts";
import { publishMonitorSchema } from "../../validation/programma.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { managesProgramma, programmaWriters } from "./programma-access.ts";

export const publishMonitorAction = defineAction({
  name: "programma.publish-monitor",
  roles: [...programmaWriters],
  schema: publishMonitorSchema,
  authorize: ({ tx, user }, input) => managesProgramma(tx, user, input.programmaId),
  async handler({ tx, audit }, input) {
    const p = await tx.programma.findUniqueOrThrow({ where: { id: input.programmaId }, select: { status: true, startYear: true, endYear: true } });
    if (p.status !== "VASTGESTELD") throw new AppError("CONFLICT", "Een monitor hoort bij een vastgesteld programma.");
    if (input.year < p.startYear || input.year > p.endYear) throw fieldError("year", `Kies een jaar van het programma (${p.startYear}–${p.endYear}).`);
    if (await tx.monitorRapport.findUnique({ where: { programmaId_year: { programmaId: input.programmaId, year: input.year } }, select: { id: true } })) {
      throw fieldError("year", `De monitor van ${input.year} is al gepubliceerd.`);
    }
    const states = await computeDoelStates(tx, input.programmaId, input.year);
    const m = await tx.monitorRapport.create({
      data: { programmaId: input.programmaId, year: input.year, watWerkte: input.watWerkte, watKanBeter: input.watKanBeter, states },
    });
    await audit("MonitorRapport", m.id, { programmaId: input.programmaId, year: input.year });
    return { id: m.id };
  },
});

export async function publishMonitor(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  return publishMonitorAction.invoke(form);
}
