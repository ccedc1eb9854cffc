// Staff: one overleg within overlegScope — its seats (with who fills them),
// cadence, and its sessies around today (the coming ones and the last held).
// A resident's name on their seat reaches only whoever runs the overleg;
// colleagues at the table, wethouders and partners read "bewoner".
// Refuses with AppError FORBIDDEN / NOT_FOUND (always NOT_FOUND for a partner).
import "server-only";
import { cache } from "react";
import { canManageOverleg, type SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { isMemberSeat } from "@/lib/overleg/member-seat";
import { NOTHING, overlegScope, refuse } from "../scope";

const sessie = {
  select: { id: true, startsAt: true, endsAt: true, status: true, location: true, listsSentAt: true, _count: { select: { punten: true } } },
} as const;

export const getOverleg = cache(async (user: SessionUser, id: string) => {
  const now = new Date();
  const o = await prisma.overleg.findFirst({
    where: { id, ...(overlegScope(user) ?? NOTHING) },
    select: {
      id: true,
      name: true,
      kind: true,
      rrule: true,
      firstOn: true,
      startTime: true,
      durationMinutes: true,
      location: true,
      active: true,
      chairId: true,
      secretaryId: true,
      stadsdeelId: true,
      stadsdeel: { select: { name: true, slug: true } },
      chair: { select: { name: true } },
      secretary: { select: { name: true } },
      seats: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          user: { select: { name: true, role: true, organisation: { select: { name: true } }, department: { select: { name: true } } } },
          department: { select: { name: true } },
          organisation: { select: { name: true, kind: true } },
          participantId: true,
          residentName: true,
          invitedAt: true,
          confirmedAt: true,
        },
      },
    },
  });
  // a partner is not told that an overleg they do not sit at exists
  if (!o) return refuse(user.role === "PARTNER" ? Promise.resolve(0) : prisma.overleg.count({ where: { id } }));
  const [upcoming, past] = await Promise.all([
    prisma.sessie.findMany({ where: { overlegId: o.id, endsAt: { gte: now } }, orderBy: { startsAt: "asc" }, take: 6, ...sessie }),
    prisma.sessie.findMany({ where: { overlegId: o.id, endsAt: { lt: now } }, orderBy: { startsAt: "desc" }, take: 12, ...sessie }),
  ]);
  const names = canManageOverleg(user, o);
  // others see a confirmed resident as "bewoner" and no invitation at all
  const all = o.seats.map(({ participantId, ...s }) => ({ ...s, resident: participantId !== null }));
  const seats = names ? all : all.filter(isMemberSeat).map((s) => (s.resident ? { ...s, residentName: null } : s));
  return { ...o, seats, upcoming, past };
});

/** A seat in words: the person, or "Afdeling X (open)", or the organisation (and who fills it), or the resident (by name only for whoever runs it). */
export function seatLabel(seat: Awaited<ReturnType<typeof getOverleg>>["seats"][number]): string {
  if (seat.resident) return `Bewoner${seat.residentName ? `: ${seat.residentName}` : ""}`;
  const who = seat.user
    ? `${seat.user.name}${seat.user.department ? ` (${seat.user.department.name})` : seat.user.organisation ? ` (${seat.user.organisation.name})` : ""}`
    : null;
  if (seat.department) return `Afdeling ${seat.department.name}: ${who ?? "plaats voor een collega van de afdeling"}`;
  if (seat.organisation) return `${seat.organisation.name}: ${who ?? "plaats voor de organisatie"}`;
  return who ?? "—";
}

/** For whoever runs the overleg: per department or organisation seat, who may fill it (its active colleagues or partners). Null for others. */
export async function listSeatCandidates(user: SessionUser, overlegId: string) {
  const o = await getOverleg(user, overlegId);
  if (!canManageOverleg(user, o)) return null;
  const people = { where: { active: true }, orderBy: { name: "asc" as const }, select: { id: true, name: true, role: true } };
  const seats = await prisma.overlegSeat.findMany({
    where: { overlegId: o.id, OR: [{ departmentId: { not: null } }, { organisationId: { not: null } }] },
    select: { id: true, userId: true, department: { select: { users: people } }, organisation: { select: { users: people } } },
  });
  return new Map(
    seats.map((s) => [
      s.id,
      {
        current: s.userId ?? "",
        options: (s.department?.users ?? s.organisation?.users ?? []).filter((u) => u.role === "AFDELINGSMEDEWERKER" || u.role === "PARTNER"),
      },
    ]),
  );
}
