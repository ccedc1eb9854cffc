// The overleggen's daily jobs, idempotent: planning each active overleg's
// sessies a year ahead (generateSessies), one digest mail per owner per day
// for open acties due within two working days or overdue, and the agenda to
// every member three working days before a sessie, with the besluiten of
// the one before (residents who confirmed their seat get theirs without
// staff links). Mails go through the outbox; a row there per kind and
// subject is what makes a second run send nothing.
import { addWorkingDays, fromLocalInput, todayKey } from "../datetime.ts";
import { formatDate, formatTime } from "../format.ts";
import { baseUrl, messages } from "../mail/messages.ts";
import { staffMessages } from "../mail/staff-messages.ts";
import { generateSessies } from "../overleg/generate-sessies.ts";
import { queueMemberMails, seatMailSelect } from "../overleg/members.ts";
import type { PrismaClient } from "../prisma-client.ts";

export async function planSessies(prisma: PrismaClient, now = new Date()): Promise<number> {
  let added = 0;
  for (const o of await prisma.overleg.findMany({ where: { active: true }, select: { id: true } })) {
    added += (await prisma.$transaction((tx) => generateSessies(tx, o.id, now))).added;
  }
  return added;
}

async function sent(prisma: PrismaClient, kind: string, relatedType: string, ids: string[]): Promise<Set<string>> {
  const rows = await prisma.outboxMessage.findMany({ where: { kind, relatedType, relatedId: { in: ids } }, select: { relatedId: true } });
  return new Set(rows.map((r) => r.relatedId!));
}

/** One mail per owner (a colleague, or each partner of an organisation) listing their open acties due within two working days or overdue. */
export async function queueActieDigests(prisma: PrismaClient, now = new Date()): Promise<number> {
  const today = todayKey(now);
  const acties = await prisma.actie.findMany({
    where: {
      status: "OPEN",
      dueOn: { lte: new Date(`${addWorkingDays(today, 2)}T00:00:00Z`) },
      OR: [{ ownerUser: { active: true } }, { ownerOrganisation: { active: true } }],
    },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    select: {
      description: true,
      dueOn: true,
      dossier: { select: { title: true } },
      ownerUser: { select: { id: true, name: true, email: true } },
      ownerOrganisation: { select: { id: true, users: { where: { active: true }, select: { id: true, name: true, email: true } } } },
    },
  });
  // to each person: their own acties, and (partners) their organisation's
  const byPerson = new Map<string, { name: string; email: string; lines: string[] }>();
  for (const a of acties) {
    const line = `- ${a.description}${a.dossier ? ` (${a.dossier.title})` : ""}: uiterlijk ${formatDate(a.dueOn)}${a.dueOn.toISOString().slice(0, 10) < today ? " — verlopen" : ""}`;
    for (const p of a.ownerUser ? [a.ownerUser] : (a.ownerOrganisation?.users ?? [])) {
      const entry = byPerson.get(p.id) ?? { name: p.name, email: p.email, lines: [] };
      entry.lines.push(line);
      byPerson.set(p.id, entry);
    }
  }
  const key = (id: string) => `${id}:${today}`;
  const done = await sent(prisma, "actie.digest", "User", [...byPerson.keys()].map(key));
  let n = 0;
  for (const [id, p] of byPerson) {
    if (done.has(key(id))) continue;
    await prisma.outboxMessage.create({
      data: { kind: "actie.digest", toEmail: p.email, ...staffMessages.actieDigest(p.name, p.lines), relatedType: "User", relatedId: key(id), sendAfter: now },
    });
    n++;
  }
  return n;
}

/** The agenda of each planned sessie starting within three working days, to every member, once; with the previous sessie's besluiten. */
export async function queueSessieAgendas(prisma: PrismaClient, now = new Date()): Promise<number> {
  const until = fromLocalInput(`${addWorkingDays(todayKey(now), 3)}T23:59`)!;
  const sessies = await prisma.sessie.findMany({
    where: { status: "GEPLAND", startsAt: { gt: now, lte: until }, overleg: { active: true } },
    select: {
      id: true,
      startsAt: true,
      location: true,
      punten: { orderBy: { position: "asc" }, select: { title: true } },
      overleg: { select: { id: true, name: true, seats: { select: seatMailSelect } } },
    },
  });
  const done = await sent(
    prisma,
    "sessie.agenda",
    "Sessie",
    sessies.map((s) => s.id),
  );
  let n = 0;
  for (const s of sessies.filter((x) => !done.has(x.id))) {
    const previous = await prisma.sessie.findFirst({
      where: { overlegId: s.overleg.id, startsAt: { lt: s.startsAt }, status: "GEHOUDEN" },
      orderBy: { startsAt: "desc" },
      select: { punten: { where: { besluit: { not: null } }, orderBy: { position: "asc" }, select: { title: true, besluit: true } } },
    });
    const content = {
      overleg: s.overleg.name,
      when: `${formatDate(s.startsAt)} om ${formatTime(s.startsAt)}`,
      location: s.location,
      punten: s.punten.map((p, i) => `${i + 1}. ${p.title}`),
      previous: (previous?.punten ?? []).map((p) => `- ${p.title}: ${p.besluit}`),
    };
    const url = `${baseUrl()}/medewerker/overleggen/${s.overleg.id}/sessies/${s.id}`;
    await prisma.$transaction((tx) =>
      queueMemberMails(
        tx,
        s.overleg.seats,
        { staff: (name) => staffMessages.sessieAgenda(name, { ...content, url }), resident: (p) => messages.overlegAgenda(p, content) },
        { kind: "sessie.agenda", relatedType: "Sessie", relatedId: s.id, sendAfter: now },
      ),
    );
    n++;
  }
  return n;
}
