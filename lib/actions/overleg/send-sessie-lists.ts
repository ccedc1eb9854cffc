// Server action: after the meeting, the besluitenlijst and actielijst to
// every member by mail (through the outbox, in this transaction; who that
// is, and the residents' version: lib/overleg/members.ts). Once per sessie; the agenda and besluiten
// are fixed from then on.
import { AppError } from "../../errors.ts";
import { formatDate } from "../../format.ts";
import { staffMessages } from "../../mail/staff-messages.ts";
import { baseUrl, messages } from "../../mail/messages.ts";
import { queueMemberMails, seatMailSelect } from "../../overleg/members.ts";
import { sendSessieListsSchema } from "../../validation/overleg.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { managesSessie, overlegRunnerRoles } from "./manages-overleg.ts";

export const sendSessieListsAction = defineAction({
  name: "sessie.lists.send",
  roles: overlegRunnerRoles,
  schema: sendSessieListsSchema,
  authorize: ({ user, tx }, input) => managesSessie(tx, user, input.sessieId),
  async handler({ tx, audit }, input) {
    const s = await tx.sessie.findUniqueOrThrow({
      where: { id: input.sessieId },
      select: {
        id: true,
        startsAt: true,
        status: true,
        listsSentAt: true,
        overleg: {
          select: {
            id: true,
            name: true,
            seats: { select: seatMailSelect },
          },
        },
        punten: {
          orderBy: { position: "asc" },
          select: {
            title: true,
            besluit: true,
            acties: {
              orderBy: { dueOn: "asc" },
              select: { description: true, dueOn: true, ownerUser: { select: { name: true } }, ownerOrganisation: { select: { name: true } } },
            },
          },
        },
      },
    });
    if (s.listsSentAt) throw new AppError("CONFLICT", `De lijsten zijn al verstuurd op ${formatDate(s.listsSentAt)}.`);
    if (s.status !== "GEHOUDEN")
      throw new AppError("CONFLICT", "Leg eerst de aanwezigheid of een besluit vast; dan is de sessie gehouden en kunnen de lijsten weg.");
    const content = {
      overleg: s.overleg.name,
      date: formatDate(s.startsAt),
      besluiten: s.punten.filter((p) => p.besluit).map((p, i) => `${i + 1}. ${p.title}: ${p.besluit}`),
      acties: s.punten
        .flatMap((p) => p.acties)
        .map((a) => `- ${a.description} — ${a.ownerUser?.name ?? a.ownerOrganisation?.name}, uiterlijk ${formatDate(a.dueOn)}`),
    };
    const url = `${baseUrl()}/medewerker/overleggen/${s.overleg.id}/sessies/${s.id}/lijst`;
    const recipients = await queueMemberMails(
      tx,
      s.overleg.seats,
      { staff: (name) => staffMessages.sessieLists(name, { ...content, url }), resident: (p) => messages.overlegLists(p, content) },
      { kind: "sessie.lists", relatedType: "Sessie", relatedId: s.id },
    );
    await tx.sessie.update({ where: { id: s.id }, data: { listsSentAt: new Date() } });
    await audit("Sessie", s.id, { recipients });
    return { id: s.id, recipients };
  },
});

export async function sendSessieLists(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string; recipients: number }>> {
  "use server";
  return sendSessieListsAction.invoke(form);
}
