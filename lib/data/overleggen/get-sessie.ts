// Staff: one sessie of an overleg within overlegScope — its agenda points in
// order (with dossier, besluit and the acties agreed there), the seats and
// who was present; for whoever runs the overleg also what the agenda
// builder proposes. Refuses with AppError FORBIDDEN / NOT_FOUND.
import "server-only";
import { cache } from "react";
import { canManageOverleg, type SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { NOTHING, overlegScope, refuse } from "../scope";
import { getOverleg } from "./get-overleg";

export const getSessie = cache(async (user: SessionUser, overlegId: string, sessieId: string) => {
  const overleg = await getOverleg(user, overlegId);
  const s = await prisma.sessie.findFirst({
    where: { id: sessieId, overlegId: overleg.id, overleg: overlegScope(user) ?? NOTHING },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      location: true,
      status: true,
      listsSentAt: true,
      attendance: { select: { seatId: true, present: true } },
      punten: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          title: true,
          besluit: true,
          dossier: { select: { id: true, title: true, status: true } },
          carriedFrom: { select: { sessie: { select: { startsAt: true } } } },
          acties: {
            orderBy: { dueOn: "asc" },
            select: {
              id: true,
              description: true,
              dueOn: true,
              status: true,
              ownerUser: { select: { name: true } },
              ownerOrganisation: { select: { name: true } },
            },
          },
        },
      },
    },
  });
  if (!s) return refuse(prisma.sessie.count({ where: { id: sessieId, overlegId } }));
  return { ...s, overleg, manage: canManageOverleg(user, overleg) };
});

/**
 * The agenda builder: dossiers in discussion in the overleg's stadsdeel (all,
 * for a city-wide overleg) not yet on this agenda, open acties agreed at this
 * overleg that fall due before the sessie, and points of earlier sessies
 * without besluit that were not carried over yet. Only for those who run it.
 */
export async function getAgendaProposals(user: SessionUser, overlegId: string, sessieId: string) {
  const s = await getSessie(user, overlegId, sessieId);
  if (!s.manage || s.listsSentAt) return null;
  const onAgenda = s.punten.flatMap((p) => (p.dossier ? [p.dossier.id] : []));
  const [dossiers, acties, carried] = await Promise.all([
    prisma.dossier.findMany({
      where: {
        status: { in: ["AANGEMELD", "IN_BESPREKING"] },
        id: { notIn: onAgenda },
        ...(s.overleg.stadsdeelId ? { stadsdeelId: s.overleg.stadsdeelId } : {}),
      },
      orderBy: { aangemeldAt: "asc" },
      take: 20,
      select: { id: true, title: true, status: true, aangemeldAt: true },
    }),
    prisma.actie.findMany({
      where: { status: "OPEN", dueOn: { lt: s.startsAt }, sessiePunt: { sessie: { overlegId: s.overleg.id, id: { not: s.id } } } },
      orderBy: { dueOn: "asc" },
      take: 20,
      select: {
        id: true,
        description: true,
        dueOn: true,
        dossierId: true,
        ownerUser: { select: { name: true } },
        ownerOrganisation: { select: { name: true } },
      },
    }),
    prisma.sessiePunt.findMany({
      where: { besluit: null, carriedTo: { none: {} }, sessie: { overlegId: s.overleg.id, startsAt: { lt: s.startsAt } } },
      orderBy: [{ sessie: { startsAt: "desc" } }, { position: "asc" }],
      take: 20,
      select: { id: true, title: true, sessie: { select: { startsAt: true } } },
    }),
  ]);
  return { dossiers, acties, carried };
}
