// Server action: add an item to a stadsdeel's agenda — by its regisseur, or
// by an afdelingsmedewerker for their own department.
import { redirect } from "next/navigation";
import { canEditAgendaItem } from "../../auth/permissions.ts";
import { createAgendaItemSchema } from "../../validation/agenda.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { checkChoice } from "../catalog-choice.ts";
import { checkedAreas } from "./agenda-areas.ts";

export const createAgendaItemAction = defineAction({
  name: "agenda.create",
  roles: ["STADSDEELREGISSEUR", "AFDELINGSMEDEWERKER", "BEHEERDER"],
  schema: createAgendaItemSchema,
  authorize: ({ user }, input) => canEditAgendaItem(user, { stadsdeelId: input.stadsdeelId, departmentId: input.departmentId ?? null }),
  async handler({ tx, audit }, { buurtIds, wijkIds, ...input }) {
    await checkChoice(tx, "theme", "themeId", input.themeId);
    await checkChoice(tx, "department", "departmentId", input.departmentId);
    const areas = await checkedAreas(tx, input.stadsdeelId, buurtIds, wijkIds);
    const item = await tx.agendaItem.create({
      data: {
        ...input,
        description: input.description ?? "",
        themeId: input.themeId ?? null,
        departmentId: input.departmentId ?? null,
        areas: { create: areas },
      },
    });
    await audit("AgendaItem", item.id, { title: item.title, stadsdeelId: item.stadsdeelId, areas: areas.length });
    return { id: item.id };
  },
});

export async function createAgendaItem(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  const result = await createAgendaItemAction.invoke(form);
  if (result.ok) redirect(`/medewerker/agenda/${result.data.id}?aangemaakt=1`);
  return result;
}
