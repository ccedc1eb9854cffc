// Who gets an overleg's mail: people on their own seat (or filling a
// department or organisation seat), an open organisation seat's active
// partners, an open department seat's mailbox. One entry per address.
export type SeatForMail = {
  user: { name: string; email: string; active: boolean } | null;
  department: { name: string; email: string | null } | null;
  organisation: { users: { name: string; email: string }[] } | null;
};

export const seatMailSelect = {
  user: { select: { name: true, email: true, active: true } },
  department: { select: { name: true, email: true } },
  organisation: { select: { users: { where: { active: true }, select: { name: true, email: true } } } },
} as const;

/** E-mail address (lower case) → how to greet them. */
export function memberRecipients(seats: SeatForMail[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const seat of seats) {
    if (seat.user?.active) out.set(seat.user.email.toLowerCase(), seat.user.name);
    else if (seat.organisation) for (const u of seat.organisation.users) out.set(u.email.toLowerCase(), u.name);
    else if (seat.department?.email) out.set(seat.department.email.toLowerCase(), `collega's van ${seat.department.name}`);
  }
  return out;
}
