// Who gets an overleg's mail: people on their own seat (or filling a
// department or organisation seat), an open organisation seat's active
// partners, an open department seat's mailbox, and residents who confirmed
// their seat (an invited resident who has not said yes gets nothing).
// Residents get the resident's version of a mail (no staff links; their
// own manage link); everyone once per address.
import type { Tx } from "../actions/define-action.ts";
import { type Mail, type MailPerson, residentLinks } from "../mail/messages.ts";
import { isMemberSeat } from "./member-seat.ts";

export type SeatForMail = {
  user: { name: string; email: string; active: boolean } | null;
  department: { name: string; email: string | null } | null;
  organisation: { users: { name: string; email: string }[] } | null;
  residentName: string | null;
  confirmedAt: Date | null;
  participant: { id: string; email: string | null; anonymisedAt: Date | null } | null;
};

export const seatMailSelect = {
  user: { select: { name: true, email: true, active: true } },
  department: { select: { name: true, email: true } },
  organisation: { select: { users: { where: { active: true }, select: { name: true, email: true } } } },
  residentName: true,
  confirmedAt: true,
  participant: { select: { id: true, email: true, anonymisedAt: true } },
} as const;

export type Recipient = { name: string; participantId?: string };

/** E-mail address (lower case) → how to greet them (and, for a resident, who they are). */
export function memberRecipients(seats: SeatForMail[]): Map<string, Recipient> {
  const out = new Map<string, Recipient>();
  for (const seat of seats) {
    if (seat.participant) {
      if (isMemberSeat({ resident: true, confirmedAt: seat.confirmedAt }) && seat.participant.email && !seat.participant.anonymisedAt)
        out.set(seat.participant.email.toLowerCase(), { name: seat.residentName ?? "bewoner", participantId: seat.participant.id });
    } else if (seat.user?.active) out.set(seat.user.email.toLowerCase(), { name: seat.user.name });
    else if (seat.organisation) for (const u of seat.organisation.users) out.set(u.email.toLowerCase(), { name: u.name });
    else if (seat.department?.email) out.set(seat.department.email.toLowerCase(), { name: `collega's van ${seat.department.name}` });
  }
  return out;
}

/** Writes one mail per member to the outbox in this transaction: the staff version or, for residents, theirs with fresh personal links. */
export async function queueMemberMails(
  tx: Tx,
  seats: SeatForMail[],
  mail: { staff: (name: string) => Mail; resident: (person: MailPerson) => Mail },
  meta: { kind: string; relatedType: string; relatedId: string; sendAfter?: Date },
): Promise<number> {
  const recipients = memberRecipients(seats);
  for (const [toEmail, r] of recipients) {
    const content = r.participantId ? mail.resident({ name: r.name, urls: await residentLinks(tx, r.participantId) }) : mail.staff(r.name);
    await tx.outboxMessage.create({ data: { toEmail, ...content, ...meta, sendAfter: meta.sendAfter ?? new Date() } });
  }
  return recipients.size;
}
