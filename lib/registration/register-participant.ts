// Registering a resident for a bijeenkomst. In one transaction: the
// participant (found by e-mail), consent records, the registration —
// confirmed while seats are left (counting party size), otherwise
// waitlisted — the mail in the outbox and the audit event. Seats are counted
// while the bijeenkomst row is locked (SELECT … FOR UPDATE), so simultaneous
// registrations can never overbook; registering twice is harmless. The
// transaction is a single call of the `register_participant` SQL function,
// so the lock is held for microseconds, not for round trips.
import { randomUUID } from "node:crypto";
import type { Tx } from "../actions/define-action.ts";
import type { PrismaClient } from "../prisma-client.ts";
import { AppError, fieldError } from "../errors.ts";
import { bijeenkomstIcs } from "../ics.ts";
import { messages, baseUrl } from "../mail/messages.ts";
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

const errors: Record<string, AppError> = {
  NOT_FOUND: new AppError("NOT_FOUND", "Deze bijeenkomst bestaat niet (meer)."),
  CANCELLED: new AppError("CONFLICT", "Deze bijeenkomst gaat niet door."),
  NOT_OPEN: new AppError("CONFLICT", "Aanmelden voor deze bijeenkomst kan nog niet."),
  CLOSED: new AppError("CONFLICT", "Aanmelden voor deze bijeenkomst is gesloten."),
  BAD_BUURT: fieldError("buurtId", "Kies uw buurt uit de lijst."),
};

/**
 * One registration in one database round trip (the `register_participant`
 * function, see its migration): both possible mails are written here first,
 * the database picks the one that matches the seat decision.
 */
export async function registerParticipant(db: Tx | PrismaClient, input: RegisterInput): Promise<RegisterOutcome> {
  const b = await db.bijeenkomst.findUnique({ where: { id: input.bijeenkomstId } });
  if (!b) throw errors.NOT_FOUND;
  const person = { name: input.name, email: input.email };
  const confirm = messages.confirmation(person, b, input.partySize);
  const wait = messages.waitlisted(person, b);
  const ics = [{ filename: "bijeenkomst.ics", contentType: "text/calendar", content: Buffer.from(bijeenkomstIcs(b, `${baseUrl()}/bijeenkomsten/${b.id}`)).toString("base64") }];
  const ids = Array.from({ length: 6 }, () => randomUUID());
  const [row] = await db.$queryRaw<{ registration_id: string | null; participant_id: string | null; status: string | null; duplicate: boolean; error: string | null }[]>`
    SELECT * FROM "register_participant"(
      ${b.id}, ${input.email}, ${input.name}, ${input.buurtId ?? null}, ${input.postcode || null}, ${input.ageBand ?? null}::"AgeBand", ${input.partySize}::int,
      ${input.needs}::"Facility"[], ${input.needsOther ?? null}, ${input.pool}, ${PRIVACY_TEXT_VERSION}, ${POOL_TEXT_VERSION},
      ${confirm.subject}, ${confirm.text}, ${confirm.html}, ${JSON.stringify(ics)}::jsonb,
      ${wait.subject}, ${wait.text}, ${wait.html}, ${ids}::text[])`;
  if (row.error) throw errors[row.error] ?? new AppError("CONFLICT", "Aanmelden is niet gelukt.");
  return { registrationId: row.registration_id!, participantId: row.participant_id!, status: row.status === "WAITLISTED" ? "WAITLISTED" : "CONFIRMED", duplicate: row.duplicate, title: b.title };
}
