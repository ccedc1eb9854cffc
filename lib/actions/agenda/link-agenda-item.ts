// Server action: link (or unlink) an inbreng or a bijeenkomst to an agenda
// item. Linking an inbreng without an answer yet makes the item its
// "wat is ermee gedaan".
import { canEditAgendaItem } from "../../auth/permissions.ts";
import { fieldError } from "../../errors.ts";
import { linkAgendaSchema } from "../../validation/agenda.ts";
import { type ActionResult, defineAction } from "../define-action.ts";

export const linkAgendaItemAction = defineAction({
  name: "agenda.link",
  roles: ["STADSDEELREGISSEUR", "AFDELINGSMEDEWERKER", "BEHEERDER"],
  schema: linkAgendaSchema,
  async authorize({ user, tx }, input) {
    const item = await tx.agendaItem.findUnique({ where: { id: input.agendaItemId }, select: { stadsdeelId: true, departmentId: true } });
    return item !== null && canEditAgendaItem(user, item);
  },
  async handler({ tx, audit }, { agendaItemId, inbrengId, bijeenkomstId, unlink }) {
    const item = await tx.agendaItem.findUniqueOrThrow({ where: { id: agendaItemId } });
    if (inbrengId) {
      const inbreng = await tx.inbreng.findUnique({
        where: { id: inbrengId },
        select: { followUpStatus: true, bijeenkomst: { select: { stadsdeelId: true } } },
      });
      if (!inbreng || inbreng.bijeenkomst.stadsdeelId !== item.stadsdeelId) throw fieldError("inbrengId", "Kies inbreng uit hetzelfde stadsdeel.");
      if (unlink) {
        await tx.agendaItemInbreng.deleteMany({ where: { agendaItemId, inbrengId } });
      } else {
        await tx.agendaItemInbreng.upsert({ where: { agendaItemId_inbrengId: { agendaItemId, inbrengId } }, create: { agendaItemId, inbrengId }, update: {} });
        if (inbreng.followUpStatus === "OPEN" || inbreng.followUpStatus === "IN_BEHANDELING") {
          await tx.inbreng.update({
            where: { id: inbrengId },
            data: { followUpStatus: "AGENDA", publicAnswer: `Opgenomen in de stadsdeelagenda: ${item.title}.`, answeredAt: new Date() },
          });
        }
      }
    }
    if (bijeenkomstId) {
      const b = await tx.bijeenkomst.findUnique({ where: { id: bijeenkomstId }, select: { stadsdeelId: true } });
      if (!b || b.stadsdeelId !== item.stadsdeelId) throw fieldError("bijeenkomstId", "Kies een bijeenkomst uit hetzelfde stadsdeel.");
      if (unlink) await tx.agendaItemBijeenkomst.deleteMany({ where: { agendaItemId, bijeenkomstId } });
      else
        await tx.agendaItemBijeenkomst.upsert({
          where: { agendaItemId_bijeenkomstId: { agendaItemId, bijeenkomstId } },
          create: { agendaItemId, bijeenkomstId },
          update: {},
        });
    }
    await audit("AgendaItem", agendaItemId, { inbrengId, bijeenkomstId, unlink });
    return { id: agendaItemId };
  },
});

export async function linkAgendaItem(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  return linkAgendaItemAction.invoke(form);
}
