// Staff: what a new dossier is opened from (an inbreng, a melding or an
// agenda item), read only if the user manages its stadsdeel — its title
// and stadsdeel for the form. Refuses with AppError FORBIDDEN / NOT_FOUND.
import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { agendaItemScope, inbrengWhere, meldingScope, NOTHING, refuse, stadsdeelIdFilter } from "../scope";

type Source = { kind: "inbreng" | "melding" | "agenda"; id: string; label: string; title: string; stadsdeelId: string } | null;

export async function getDossierSource(user: SessionUser, q: { inbreng?: string; melding?: string; agendapunt?: string }): Promise<Source> {
  const managed = stadsdeelIdFilter(user, "manage");
  if (q.inbreng) {
    const i = await prisma.inbreng.findFirst({
      where: { id: q.inbreng, ...inbrengWhere(user, "manage") },
      select: { id: true, text: true, bijeenkomst: { select: { stadsdeelId: true } } },
    });
    return i
      ? { kind: "inbreng", id: i.id, label: "inbreng", title: i.text, stadsdeelId: i.bijeenkomst.stadsdeelId }
      : refuse(prisma.inbreng.count({ where: { id: q.inbreng } }));
  }
  if (q.melding) {
    const m = await prisma.melding.findFirst({
      where: { id: q.melding, stadsdeelId: managed, ...(meldingScope(user) ?? NOTHING) },
      select: { id: true, description: true, stadsdeelId: true },
    });
    return m
      ? { kind: "melding", id: m.id, label: "melding", title: m.description, stadsdeelId: m.stadsdeelId }
      : refuse(prisma.melding.count({ where: { id: q.melding } }));
  }
  if (q.agendapunt) {
    const a = await prisma.agendaItem.findFirst({
      where: { id: q.agendapunt, stadsdeelId: managed, ...(agendaItemScope(user) ?? NOTHING) },
      select: { id: true, title: true, stadsdeelId: true },
    });
    return a
      ? { kind: "agenda", id: a.id, label: "agendapunt", title: a.title, stadsdeelId: a.stadsdeelId }
      : refuse(prisma.agendaItem.count({ where: { id: q.agendapunt } }));
  }
  return null;
}
