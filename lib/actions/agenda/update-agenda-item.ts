// Server action: edit an agenda item; a changed progress or status stamps
// the progress date (items without an update for 90 days are flagged).
import { canEditAgendaItem } from "../../auth/permissions.ts";
import { updateAgendaItemSchema } from "../../validation/agenda.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { checkChoice } from "../catalog-choice.ts";
import { checkedAreas } from "./agenda-areas.ts";

export const updateAgendaItemAction = defineAction({
  name: "agenda.update",
  roles: ["STADSDEELREGISSEUR", "AFDELINGSMEDEWERKER", "BEHEERDER"],
  schema: updateAgendaItemSchema,
  async authorize({ user, tx }, input) {
    const item = await tx.agendaItem.findUnique({ where: { id: input.agendaItemId }, select: { stadsdeelId: true, departmentId: true } });
    // both the current item and what it would become must be the user's to write
    return (
      item !== null && canEditAgendaItem(user, item) && canEditAgendaItem(user, { stadsdeelId: item.stadsdeelId, departmentId: input.departmentId ?? null })
    );
  },
  async handler({ tx, audit }, { agendaItemId, buurtIds, wijkIds, ...input }) {
    const current = await tx.agendaItem.findUniqueOrThrow({ where: { id: agendaItemId } });
    await checkChoice(tx, "theme", "themeId", input.themeId, current.themeId);
    await checkChoice(tx, "department", "departmentId", input.departmentId, current.departmentId);
    const areas = await checkedAreas(tx, current.stadsdeelId, buurtIds, wijkIds);
    await tx.agendaItemArea.deleteMany({ where: { agendaItemId } });
    await tx.agendaItem.update({
      where: { id: agendaItemId },
      data: {
        ...input,
        description: input.description ?? "",
        themeId: input.themeId ?? null,
        departmentId: input.departmentId ?? null,
        areas: { create: areas },
        ...(current.progress !== input.progress || current.status !== input.status ? { progressUpdatedAt: new Date() } : {}),
      },
    });
    await audit("AgendaItem", agendaItemId, { status: input.status, progress: input.progress });
    return { id: agendaItemId };
  },
});

export async function updateAgendaItem(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  return updateAgendaItemAction.invoke(form);
}
