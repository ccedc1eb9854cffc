// Who counts as a member of an overleg — one rule for the attendance list,
// the sessie page, what colleagues see of the seats, and who gets the mail:
// every staff, department and organisation seat, and a resident's seat once
// the resident said yes to the invitation.

/** The rule as a query condition on OverlegSeat. */
export const memberSeatWhere = { OR: [{ participantId: null }, { confirmedAt: { not: null } }] };

/** The same rule for a seat already read. */
export function isMemberSeat(seat: { resident: boolean; confirmedAt: Date | null }): boolean {
  return !seat.resident || seat.confirmedAt !== null;
}
