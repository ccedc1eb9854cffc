// Cancelling a registration (or changing its party size) frees seats; the
// first waitlisted registrations that fit move up and get a mail. All under
// the bijeenkomst's row lock, so seats are never double-given.
import type { Tx } from "../actions/define-action.ts";
import { AppError, fieldError } from "../errors.ts";
import { bijeenkomstIcs } from "../ics.ts";
import { baseUrl, messages, residentLinks } from "../mail/messages.ts";
import { enqueueMessage } from "../outbox/enqueue-message.ts";
import { lockBijeenkomst, seatsTaken } from "./register-participant.ts";

/** Moves up the oldest waitlisted registrations that fit in the free seats. */
export async function promoteWaitlist(tx: Tx, bijeenkomstId: string): Promise<string[]> {
  const b = await tx.bijeenkomst.findUniqueOrThrow({ where: { id: bijeenkomstId } });
  if (b.status !== "PLANNED") return [];
  let free = b.capacity - (await seatsTaken(tx, bijeenkomstId));
  const waiting = await tx.registration.findMany({
    where: { bijeenkomstId, status: "WAITLISTED" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { participant: { select: { id: true, name: true, email: true } } },
  });
  const promoted: string[] = [];
  for (const r of waiting) {
    if (free <= 0) break;
    if (r.partySize > free) continue; // a smaller party further down may still fit
    await tx.registration.update({ where: { id: r.id }, data: { status: "CONFIRMED" } });
    free -= r.partySize;
    promoted.push(r.id);
    if (r.participant.email) {
      await enqueueMessage(tx, {
        kind: "registration.promoted",
        toEmail: r.participant.email,
        ...messages.promoted({ name: r.participant.name, urls: await residentLinks(tx, r.participant.id) }, b),
        relatedType: "Registration",
        relatedId: r.id,
        attachments: [
          {
            filename: "bijeenkomst.ics",
            contentType: "text/calendar",
            content: Buffer.from(bijeenkomstIcs(b, `${baseUrl()}/bijeenkomsten/${b.id}`)).toString("base64"),
          },
        ],
      });
    }
    await tx.auditEvent.create({
      data: { actorKind: "system", action: "registration.promote", entityType: "Registration", entityId: r.id, details: { bijeenkomstId } },
    });
  }
  return promoted;
}

async function ownRegistration(tx: Tx, registrationId: string, participantId: string) {
  const r = await tx.registration.findUnique({ where: { id: registrationId }, include: { bijeenkomst: true, participant: true } });
  if (!r || r.participantId !== participantId) throw new AppError("NOT_FOUND", "Deze aanmelding hoort niet bij deze link.");
  if (r.bijeenkomst.startsAt < new Date()) throw new AppError("CONFLICT", "Deze bijeenkomst is al begonnen of geweest.");
  return r;
}

export async function cancelOwnRegistration(tx: Tx, registrationId: string, participantId: string) {
  const current = await ownRegistration(tx, registrationId, participantId);
  await lockBijeenkomst(tx, current.bijeenkomstId);
  const r = await tx.registration.findUniqueOrThrow({ where: { id: registrationId } });
  if (r.status !== "CONFIRMED" && r.status !== "WAITLISTED") throw new AppError("CONFLICT", "Deze aanmelding is al afgemeld.");
  await tx.registration.update({ where: { id: r.id }, data: { status: "CANCELLED", cancelledAt: new Date() } });
  if (current.participant.email) {
    await enqueueMessage(tx, {
      kind: "registration.cancelled",
      toEmail: current.participant.email,
      ...messages.cancelledByResident({ name: current.participant.name, urls: await residentLinks(tx, current.participant.id) }, current.bijeenkomst),
      relatedType: "Registration",
      relatedId: r.id,
    });
  }
  await tx.auditEvent.create({ data: { actorKind: "resident", action: "registration.cancel", entityType: "Registration", entityId: r.id } });
  const promoted = await promoteWaitlist(tx, current.bijeenkomstId);
  return { id: r.id, promoted: promoted.length };
}

export async function changePartySize(tx: Tx, registrationId: string, participantId: string, partySize: number) {
  const current = await ownRegistration(tx, registrationId, participantId);
  await lockBijeenkomst(tx, current.bijeenkomstId);
  const r = await tx.registration.findUniqueOrThrow({ where: { id: registrationId } });
  if (r.status === "CONFIRMED") {
    const others = await seatsTaken(tx, r.bijeenkomstId, r.id);
    if (others + partySize > current.bijeenkomst.capacity) {
      throw fieldError(
        "partySize",
        `Er zijn niet genoeg plaatsen vrij voor ${partySize} personen (nog ${Math.max(0, current.bijeenkomst.capacity - others)}).`,
      );
    }
  } else if (r.status !== "WAITLISTED") throw new AppError("CONFLICT", "Deze aanmelding is afgemeld.");
  await tx.registration.update({ where: { id: r.id }, data: { partySize } });
  await tx.auditEvent.create({
    data: {
      actorKind: "resident",
      action: "registration.party-size",
      entityType: "Registration",
      entityId: r.id,
      details: { from: r.partySize, to: partySize },
    },
  });
  const promoted = partySize < r.partySize ? await promoteWaitlist(tx, r.bijeenkomstId) : [];
  return { id: r.id, promoted: promoted.length };
}
