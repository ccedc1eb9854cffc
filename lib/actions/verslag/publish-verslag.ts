// Server action: publish the next version of the verslag. The map of all
// inbreng is frozen into the version (a later edit of an inbreng does not
// change a sent version), and every attendee — those checked in, or
// everyone confirmed when no check-in was done — gets the link by mail.
// The text sent is the one on the regisseur's screen (saved first, in the
// same transaction), never an older saved draft.
import { AppError, fieldError } from "../../errors.ts";
import { baseUrl, messages, residentLinks } from "../../mail/messages.ts";
import { enqueueMessage } from "../../outbox/enqueue-message.ts";
import { issueToken } from "../../tokens.ts";
import { verslagRecipientStatus } from "../../verslag/recipients.ts";
import { publishVerslagSchema } from "../../validation/verslag.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { ensureVerslag, mayManageBijeenkomst } from "./verslag-access.ts";

export const publishVerslagAction = defineAction({
  name: "verslag.publish",
  roles: ["STADSDEELREGISSEUR", "BEHEERDER"],
  schema: publishVerslagSchema,
  authorize: ({ user, tx }, input) => mayManageBijeenkomst(tx, user, input.bijeenkomstId),
  async handler({ tx, user, audit }, { bijeenkomstId, changeNote, body }) {
    const verslag = await ensureVerslag(tx, bijeenkomstId);
    if (body !== undefined && body !== verslag.draftBody) {
      if (body.length < 20) throw fieldError("body", "Het verslag is te kort (minstens 20 tekens).");
      await tx.verslag.update({ where: { id: verslag.id }, data: { draftBody: body } });
      verslag.draftBody = body; // the text on screen is what goes out
    }
    const b = await tx.bijeenkomst.findUniqueOrThrow({ where: { id: bijeenkomstId } });
    if (b.startsAt > new Date()) throw new AppError("CONFLICT", "Een verslag kan pas na de bijeenkomst worden verstuurd.");
    if (verslag.draftBody.trim().length < 20) throw fieldError("body", "Schrijf eerst het verslag (of maak een concept uit de inbreng).");
    const number = verslag.versions.length + 1;
    if (number > 1 && !changeNote) throw fieldError("changeNote", "Schrijf kort wat er is veranderd; dat staat in de mail aan de deelnemers.");
    const inbreng = await tx.inbreng.findMany({ where: { bijeenkomstId }, orderBy: { createdAt: "asc" }, include: { theme: true, buurt: true } });
    const item = (i: (typeof inbreng)[number]) => ({
      id: i.id,
      kind: i.kind,
      theme: i.theme.name,
      text: i.text,
      buurt: i.buurt?.name ?? null,
      followUp: i.followUpStatus,
      answer: i.publicAnswer,
    });
    const mapSnapshot = {
      type: "FeatureCollection",
      features: inbreng
        .filter((i) => i.lat !== null && i.lng !== null)
        .map((i) => ({ type: "Feature", geometry: { type: "Point", coordinates: [i.lng, i.lat] }, properties: item(i) })),
      unplaced: inbreng.filter((i) => i.lat === null).map(item),
    };
    const now = new Date();
    const version = await tx.verslagVersion.create({
      data: { verslagId: verslag.id, number, body: verslag.draftBody, changeNote: changeNote ?? null, mapSnapshot, publishedById: user.id, sentAt: now },
    });
    const status = await verslagRecipientStatus(tx, bijeenkomstId);
    const recipients = await tx.registration.findMany({ where: { bijeenkomstId, status }, include: { participant: true } });
    let sent = 0;
    for (const r of recipients) {
      const email = r.participant.email;
      if (!email) continue;
      const url = `${baseUrl()}/verslagen/${bijeenkomstId}?versie=${number}&t=${await issueToken(tx, "verslag", { participantId: r.participantId, bijeenkomstId })}`;
      const person = { name: r.participant.name, urls: await residentLinks(tx, r.participantId) };
      await enqueueMessage(tx, {
        kind: "verslag.published",
        toEmail: email,
        ...messages.verslag(person, b, url, number, changeNote ?? null),
        relatedType: "VerslagVersion",
        relatedId: version.id,
      });
      sent++;
    }
    await audit("VerslagVersion", version.id, { number, recipients: sent, inbreng: inbreng.length });
    return { number, sent, onTime: now <= verslag.deadlineAt };
  },
});

export async function publishVerslag(_prev: unknown, form: FormData): Promise<ActionResult<{ number: number; sent: number; onTime: boolean }>> {
  "use server";
  return publishVerslagAction.invoke(form);
}
