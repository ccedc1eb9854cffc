// Registering a resident for a bijeenkomst. In one transaction: the
// participant (found by e-mail), consent records, the registration —
// confirmed while seats are left (counting party size), otherwise
// waitlisted — and the mail in the outbox. Seats are counted while the
// bijeenkomst row is locked (SELECT … FOR UPDATE), so simultaneous
// registrations can never overbook. Registering twice is harmless.
import type { Tx } from "../actions/define-action.ts";
import { AppError, fieldError } from "../errors.ts";
import { bijeenkomstIcs } from "../ics.ts";
import { messages, baseUrl } from "../mail/messages.ts";
import { enqueueMessage } from "../outbox/enqueue-message.ts";
import type { z } from "zod";
import { POOL_TEXT_VERSION, PRIVACY_TEXT_VERSION, type registerSchema } from "../validation/registration.ts";

export type RegisterInput = z.output<typeof registerSchema>;
export type RegisterOutcome = { registrationId: string; participantId: string; status: "CONFIRMED" | "WAITLISTED"; duplicate: boolean; title: string };

const SEAT_STATUSES = ["CONFIRMED", "ATTENDED", "NO_SHOW"] as const;

export async function seatsTaken(tx: Tx, bijeenkomstId: string, excludeRegistrationId?: string): Promise<number> {
  const r = await tx.registration.aggregate({
    where: { bijeenkomstId, status: { in: [...SEAT_STATUSES] }, ...(excludeRegistrationId ? { id: { not: excludeRegistrationId } } : {}) },
    _sum: { partySize: true },
  });
  return r._sum.partySize ?? 0;
}

export async function lockBijeenkomst(tx: Tx, bijeenkomstId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Bijeenkomst" WHERE id = ${bijeenkomstId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND", "Deze bijeenkomst bestaat niet (meer).");
}

export async function registerParticipant(tx: Tx, input: RegisterInput, now = new Date()): Promise<RegisterOutcome> {
  const b = await tx.bijeenkomst.findUnique({ where: { id: input.bijeenkomstId } });
  if (!b) throw new AppError("NOT_FOUND", "Deze bijeenkomst bestaat niet (meer).");
  if (b.status !== "PLANNED") throw new AppError("CONFLICT", b.status === "CANCELLED" ? "Deze bijeenkomst gaat niet door." : "Deze bijeenkomst is al geweest.");
  if (b.registrationOpensAt && now < b.registrationOpensAt) throw new AppError("CONFLICT", "Aanmelden voor deze bijeenkomst kan nog niet.");
  if ((b.registrationClosesAt && now > b.registrationClosesAt) || now > b.startsAt) throw new AppError("CONFLICT", "Aanmelden voor deze bijeenkomst is gesloten.");
  if (input.buurtId) {
    const buurt = await tx.buurt.findUnique({ where: { id: input.buurtId }, select: { id: true } });
    if (!buurt) throw fieldError("buurtId", "Kies uw buurt uit de lijst.");
  }

  const participant = await tx.participant.upsert({
    where: { email: input.email },
    create: {
      email: input.email, name: input.name, buurtId: input.buurtId, postcode: input.postcode || null, ageBand: input.ageBand,
      inPool: input.pool, poolJoinedAt: input.pool ? now : null, lastActiveAt: now,
    },
    update: {
      name: input.name, lastActiveAt: now,
      ...(input.buurtId ? { buurtId: input.buurtId } : {}), ...(input.postcode ? { postcode: input.postcode } : {}), ...(input.ageBand ? { ageBand: input.ageBand } : {}),
      ...(input.pool ? { inPool: true } : {}),
    },
  });
  const existing = await tx.registration.findUnique({ where: { participantId_bijeenkomstId: { participantId: participant.id, bijeenkomstId: b.id } } });
  if (existing && existing.status !== "CANCELLED") {
    return { registrationId: existing.id, participantId: participant.id, status: existing.status === "WAITLISTED" ? "WAITLISTED" : "CONFIRMED", duplicate: true, title: b.title };
  }

  await tx.consent.create({ data: { participantId: participant.id, purpose: "REGISTRATION", textVersion: PRIVACY_TEXT_VERSION, givenAt: now } });
  if (input.pool) {
    const hasPool = await tx.consent.findFirst({ where: { participantId: participant.id, purpose: "PARTICIPATION_POOL", withdrawnAt: null }, select: { id: true } });
    if (!hasPool) {
      await tx.consent.create({ data: { participantId: participant.id, purpose: "PARTICIPATION_POOL", textVersion: POOL_TEXT_VERSION, givenAt: now } });
      await tx.participant.update({ where: { id: participant.id }, data: { poolJoinedAt: participant.poolJoinedAt ?? now } });
    }
  }

  // The seat decision, serialised per bijeenkomst.
  await lockBijeenkomst(tx, b.id);
  const status = (await seatsTaken(tx, b.id)) + input.partySize <= b.capacity ? "CONFIRMED" : "WAITLISTED";
  const data = { status, partySize: input.partySize, needs: input.needs, needsOther: input.needsOther ?? null, cancelledAt: null } as const;
  const registration = existing
    ? await tx.registration.update({ where: { id: existing.id }, data: { ...data, createdAt: now } })
    : await tx.registration.create({ data: { ...data, participantId: participant.id, bijeenkomstId: b.id, createdAt: now } });

  const person = { id: participant.id, name: input.name, email: input.email };
  const mail = status === "CONFIRMED" ? messages.confirmation(person, b, input.partySize) : messages.waitlisted(person, b);
  await enqueueMessage(tx, {
    kind: status === "CONFIRMED" ? "registration.confirmed" : "registration.waitlisted",
    toEmail: input.email,
    ...mail,
    relatedType: "Registration",
    relatedId: registration.id,
    attachments:
      status === "CONFIRMED"
        ? [{ filename: "bijeenkomst.ics", contentType: "text/calendar", content: Buffer.from(bijeenkomstIcs(b, `${baseUrl()}/bijeenkomsten/${b.id}`)).toString("base64") }]
        : undefined,
  });
  await tx.auditEvent.create({
    data: { actorKind: "resident", action: "registration.create", entityType: "Registration", entityId: registration.id, details: { bijeenkomstId: b.id, status, partySize: input.partySize } },
  });
  return { registrationId: registration.id, participantId: participant.id, status, duplicate: false, title: b.title };
}
