// Scheduled mails, idempotent (each registration gets each kind once):
// the reminder two days before a bijeenkomst, and the evaluation invitation
// the morning after.
import { baseUrl, messages, residentLinks } from "../mail/messages.ts";
import type { PrismaClient } from "../prisma-client.ts";
import { issueToken } from "../tokens.ts";

const DAY = 86_400_000;

async function alreadySent(prisma: PrismaClient, kind: string, ids: string[]): Promise<Set<string>> {
  const rows = await prisma.outboxMessage.findMany({ where: { kind, relatedType: "Registration", relatedId: { in: ids } }, select: { relatedId: true } });
  return new Set(rows.map((r) => r.relatedId!));
}

/** Reminders for bijeenkomsten starting within the next two days. */
export async function queueReminders(prisma: PrismaClient, now = new Date()): Promise<number> {
  const regs = await prisma.registration.findMany({
    where: {
      status: "CONFIRMED",
      bijeenkomst: { status: "PLANNED", startsAt: { gt: now, lte: new Date(now.getTime() + 2 * DAY) } },
      participant: { email: { not: null } },
    },
    include: { bijeenkomst: true, participant: true },
  });
  const done = await alreadySent(
    prisma,
    "registration.reminder",
    regs.map((r) => r.id),
  );
  let n = 0;
  for (const r of regs.filter((r) => !done.has(r.id))) {
    const mail = messages.reminder({ name: r.participant.name, urls: await residentLinks(prisma, r.participantId) }, r.bijeenkomst);
    await prisma.outboxMessage.create({
      data: { kind: "registration.reminder", toEmail: r.participant.email!, ...mail, relatedType: "Registration", relatedId: r.id },
    });
    n++;
  }
  return n;
}

/** Evaluation invitations for those who came (or, without check-in, were confirmed) to yesterday's bijeenkomsten. */
export async function queueEvaluationInvitations(prisma: PrismaClient, now = new Date()): Promise<number> {
  const regs = await prisma.registration.findMany({
    where: {
      bijeenkomst: { status: { not: "CANCELLED" }, endsAt: { lt: now, gt: new Date(now.getTime() - 3 * DAY) } },
      status: { in: ["ATTENDED", "CONFIRMED"] },
      participant: { email: { not: null } },
      evaluation: null,
    },
    include: { bijeenkomst: { include: { registrations: { where: { status: "ATTENDED" }, select: { id: true }, take: 1 } } }, participant: true },
  });
  // when check-in was done, only those who attended are invited
  const eligible = regs.filter((r) => r.status === "ATTENDED" || r.bijeenkomst.registrations.length === 0);
  const done = await alreadySent(
    prisma,
    "evaluation.invitation",
    eligible.map((r) => r.id),
  );
  let n = 0;
  for (const r of eligible.filter((r) => !done.has(r.id))) {
    const url = `${baseUrl()}/evaluatie/${await issueToken(prisma, "evaluation", { participantId: r.participantId, registrationId: r.id })}`;
    const mail = messages.evaluation({ name: r.participant.name, urls: await residentLinks(prisma, r.participantId) }, r.bijeenkomst, url);
    await prisma.outboxMessage.create({
      data: { kind: "evaluation.invitation", toEmail: r.participant.email!, ...mail, relatedType: "Registration", relatedId: r.id },
    });
    n++;
  }
  return n;
}

/** Reminds the regisseur(s) three days before a verslag is due when nothing was sent yet, once per bijeenkomst. */
export async function queueVerslagReminders(prisma: PrismaClient, now = new Date()): Promise<number> {
  const due = await prisma.bijeenkomst.findMany({
    where: {
      status: { not: "CANCELLED" },
      kind: { in: ["STADSDEELAVOND", "WIJKGESPREK"] },
      startsAt: { lte: new Date(now.getTime() - 11 * DAY), gt: new Date(now.getTime() - 14 * DAY) },
      OR: [{ verslag: null }, { verslag: { versions: { none: { sentAt: { not: null } } } } }],
    },
    include: { stadsdeel: { include: { regisseurs: { include: { user: true } } } } },
  });
  const done = new Set(
    (
      await prisma.outboxMessage.findMany({
        where: { kind: "verslag.reminder", relatedType: "Bijeenkomst", relatedId: { in: due.map((b) => b.id) } },
        select: { relatedId: true },
      })
    ).map((m) => m.relatedId),
  );
  let n = 0;
  for (const b of due.filter((b) => !done.has(b.id))) {
    const deadline = new Date(b.startsAt.getTime() + 14 * DAY);
    for (const { user } of b.stadsdeel.regisseurs.filter((r) => r.user.active)) {
      await prisma.outboxMessage.create({
        data: {
          kind: "verslag.reminder",
          toEmail: user.email,
          relatedType: "Bijeenkomst",
          relatedId: b.id,
          subject: `Verslag nog niet verstuurd: ${b.title}`,
          text: `Beste ${user.name},\n\nHet verslag van "${b.title}" moet uiterlijk ${deadline.toLocaleDateString("nl-NL", { dateStyle: "long", timeZone: "Europe/Amsterdam" })} naar de deelnemers (binnen 14 dagen). Er is nog geen versie verstuurd.\n\n${baseUrl()}/medewerker/bijeenkomsten/${b.id}/verslag\n\nStadsdeelportaal`,
        },
      });
      n++;
    }
  }
  return n;
}
