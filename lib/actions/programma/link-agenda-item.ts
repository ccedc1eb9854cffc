// Server action: an agenda item of the programma's stadsdeel becomes an
// activity of the plan towards a doel (also in a vastgesteld programma: the
// yearly plan is filled in under it). An item of another stadsdeel is
// refused. Audited.
import { fieldError } from "../../errors.ts";
import { linkAgendaItemSchema } from "../../validation/programma.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { managesDoel, programmaWriters } from "./programma-access.ts";

export const linkAgendaItemAction = defineAction({
  name: "programma.link-agenda-item",
  roles: [...programmaWriters],
  schema: linkAgendaItemSchema,
  authorize: ({ tx, user }, input) => managesDoel(tx, user, input.doelId),
  async handler({ tx, audit }, input) {
    const doel = await tx.doel.findUniqueOrThrow({
      where: { id: input.doelId },
      select: { opgave: { select: { programma: { select: { stadsdeelId: true, status: true } } } } },
    });
    const { stadsdeelId, status } = doel.opgave.programma;
    if (status === "VERVALLEN") throw fieldError("doelId", "Dit programma is vervallen; koppel activiteiten aan de geldende versie.");
    const item = await tx.agendaItem.findUnique({ where: { id: input.agendaItemId }, select: { stadsdeelId: true } });
    if (!item || item.stadsdeelId !== stadsdeelId) throw fieldError("agendaItemId", "Kies een agendapunt van het stadsdeel van dit programma.");
    const exists = await tx.agendaItemDoel.findUnique({ where: { agendaItemId_doelId: { agendaItemId: input.agendaItemId, doelId: input.doelId } } });
    if (exists) throw fieldError("agendaItemId", "Dit agendapunt hoort al bij dit doel.");
    await tx.agendaItemDoel.create({ data: { agendaItemId: input.agendaItemId, doelId: input.doelId } });
    await audit("AgendaItemDoel", input.doelId, { agendaItemId: input.agendaItemId });
    return { doelId: input.doelId };
  },
});

export async function linkAgendaItem(_prev: unknown, form: FormData): Promise<ActionResult<{ doelId: string }>> {
  "use server";
  return linkAgendaItemAction.invoke(form);
}
