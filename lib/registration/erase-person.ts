// Erasing a resident (AVG art. 17), for "delete my data", "dit was ik niet"
// and the retention job alike, in the caller's transaction: every column the
// schema marks as the person's (`@avg bewoner.*`, erased with the person) is
// cleared — name, e-mail, postcode, free-text needs, evaluation comments,
// reactions, mail bodies and addresses, links, rate-limit counters on the
// address, seats at overleggen (with their attendance). What stays (buurt, age band, chosen facilities, attendance)
// cannot be traced back to anyone. Open registrations are the caller's to
// cancel first (so the waitlist moves up).
import { Prisma } from "../../generated/prisma/client.ts";
import type { Tx } from "../actions/define-action.ts";
import { sha256Hex as sha256 } from "../hash.ts";

/** The rate-limit keys derived from an e-mail address (see register_participants and request-new-link). */
export function emailRateLimitKeys(email: string): string[] {
  const lower = email.toLowerCase();
  return [`registrationPerEmail:${sha256(lower)}`, `newLinkEmail:${sha256(lower)}`];
}

export async function erasePerson(tx: Tx, participantId: string, now = new Date()): Promise<boolean> {
  const p = await tx.participant.findUnique({ where: { id: participantId }, select: { id: true, email: true, anonymisedAt: true } });
  if (!p || p.anonymisedAt) return false;
  await tx.registration.updateMany({ where: { participantId }, data: { needsOther: null } });
  await tx.evaluation.updateMany({ where: { registration: { participantId } }, data: { comment: null } });
  await tx.reactie.deleteMany({ where: { participantId } });
  if (p.email) {
    await tx.outboxMessage.deleteMany({ where: { toEmail: p.email, status: { in: ["PENDING", "FAILED"] } } });
    await tx.outboxMessage.updateMany({
      where: { toEmail: p.email },
      data: { toEmail: "", text: "", html: null, attachments: Prisma.DbNull, redactedAt: now },
    });
    await tx.rateLimit.deleteMany({ where: { key: { in: emailRateLimitKeys(p.email) } } });
  }
  await tx.residentToken.deleteMany({ where: { participantId } });
  await tx.overlegSeat.deleteMany({ where: { participantId } });
  await tx.consent.updateMany({ where: { participantId, withdrawnAt: null }, data: { withdrawnAt: now } });
  await tx.participant.update({ where: { id: participantId }, data: { name: null, email: null, postcode: null, inPool: false, anonymisedAt: now } });
  return true;
}
