// A resident's seat at an overleg ending — they leave through their manage
// link, whoever runs the overleg removes them, they say no to the
// invitation, or it expires — in the caller's transaction. The seat (with
// its attendance and invitation link) goes, the consent for this overleg is
// marked withdrawn (the record stays as proof), and from then on the
// ordinary retention counts from today. Someone who never said yes and
// has nothing else with us (no registration, no pool, no other seat) is
// erased at once: their name and e-mail were only here for the invitation.
import type { Tx } from "../actions/define-action.ts";
import { erasePerson } from "../registration/erase-person.ts";

export const OVERLEG_TEXT_VERSION = "overleg-lid-2026-12";
/** Invitations not answered within this many days expire (the link's lifetime). */
export const INVITATION_DAYS = 14;

/** What ending a resident's seat needs to know of it (read with this select wherever a seat is ended). */
export const residentSeatSelect = { id: true, overlegId: true, participantId: true, confirmedAt: true } as const;

export async function endResidentSeat(
  tx: Tx,
  seat: { id: string; overlegId: string; participantId: string; confirmedAt: Date | null },
  now = new Date(),
): Promise<{ erased: boolean }> {
  await tx.overlegSeat.delete({ where: { id: seat.id } });
  if (seat.confirmedAt) {
    await tx.consent.updateMany({
      where: { participantId: seat.participantId, purpose: "OVERLEG_MEMBER", overlegId: seat.overlegId, withdrawnAt: null },
      data: { withdrawnAt: now },
    });
    await tx.participant.update({ where: { id: seat.participantId }, data: { lastActiveAt: now } });
    return { erased: false };
  }
  return { erased: await eraseIfNothingElse(tx, seat.participantId, now) };
}

/** Erases a person who has no registration, pool membership, seat or consent left. */
export async function eraseIfNothingElse(tx: Tx, participantId: string, now = new Date()): Promise<boolean> {
  const p = await tx.participant.findUnique({
    where: { id: participantId },
    select: {
      inPool: true,
      anonymisedAt: true,
      _count: { select: { registrations: true, overlegSeats: true, reacties: true, consents: { where: { withdrawnAt: null } } } },
    },
  });
  if (!p || p.anonymisedAt || p.inPool) return false;
  const c = p._count;
  if (c.registrations + c.overlegSeats + c.reacties + c.consents > 0) return false;
  return erasePerson(tx, participantId, now);
}
