// Server action: move a dossier on — aangemeld → in bespreking →
// duidelijkheid → in uitvoering → afgesloten (forward only; a step may be
// skipped, its date is then the same moment). From duidelijkheid on a text
// saying what is clear is required; it can be published as the public
// answer of the linked inbreng, so residents hear it. Closing with open
// acties is refused, naming them.
import { fieldError } from "../../errors.ts";
import { dossierStatusLabels, formatDate } from "../../format.ts";
import { changeDossierStatusSchema, dossierStatuses } from "../../validation/dossier.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { managesDossier } from "./manages-dossier.ts";

const dateField = { IN_BESPREKING: "inBesprekingAt", DUIDELIJKHEID: "duidelijkheidAt", IN_UITVOERING: "inUitvoeringAt", AFGESLOTEN: "afgeslotenAt" } as const;

export const changeDossierStatusAction = defineAction({
  name: "dossier.change-status",
  roles: ["STADSDEELREGISSEUR", "BEHEERDER"],
  schema: changeDossierStatusSchema,
  authorize: ({ user, tx }, input) => managesDossier(tx, user, input.dossierId),
  async handler({ tx, audit }, input) {
    await tx.$queryRaw`SELECT id FROM "Dossier" WHERE id = ${input.dossierId} FOR UPDATE`;
    const d = await tx.dossier.findUniqueOrThrow({
      where: { id: input.dossierId },
      include: {
        acties: {
          where: { status: "OPEN" },
          orderBy: { dueOn: "asc" },
          include: { ownerUser: { select: { name: true } }, ownerOrganisation: { select: { name: true } } },
        },
        inbreng: { select: { inbrengId: true } },
      },
    });
    const from = dossierStatuses.indexOf(d.status);
    const to = dossierStatuses.indexOf(input.toStatus);
    if (to <= from) throw fieldError("toStatus", `Dit dossier is ${dossierStatusLabels[d.status].toLowerCase()}; kies een volgende stap.`);
    const clarity = input.clarity ?? d.clarity;
    if (to >= dossierStatuses.indexOf("DUIDELIJKHEID") && !clarity)
      throw fieldError("clarity", "Schrijf op wat er duidelijk is; zonder die tekst is er geen duidelijkheid.");
    if (input.toStatus === "AFGESLOTEN" && d.acties.length) {
      const open = d.acties.map((a) => `${a.description} (${a.ownerUser?.name ?? a.ownerOrganisation?.name}, ${formatDate(a.dueOn)})`).join("; ");
      throw fieldError(
        "toStatus",
        `Het dossier kan niet dicht: er ${d.acties.length === 1 ? "staat nog 1 open actie" : `staan nog ${d.acties.length} open acties`}: ${open}. Zet ze op gereed of vervallen.`,
      );
    }
    const now = new Date();
    const dates = Object.fromEntries(dossierStatuses.slice(from + 1, to + 1).map((s) => [dateField[s as keyof typeof dateField], now]));
    await tx.dossier.update({ where: { id: d.id }, data: { status: input.toStatus, clarity, ...dates } });
    if (input.publish && d.inbreng.length) {
      await tx.inbreng.updateMany({
        where: { id: { in: d.inbreng.map((i) => i.inbrengId) } },
        data: { publicAnswer: clarity, answeredAt: now, proposedAnswer: null, proposedAt: null },
      });
    }
    await audit("Dossier", d.id, { from: d.status, to: input.toStatus, published: input.publish ? d.inbreng.length : 0 });
    return { id: d.id, status: input.toStatus };
  },
});

export async function changeDossierStatus(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string; status: string }>> {
  "use server";
  return changeDossierStatusAction.invoke(form);
}
