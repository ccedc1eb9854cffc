// The daily retention job (AVG): residents are erased (lib/registration/
// erase-person.ts) RETENTION_MONTHS (24) after their last bijeenkomst unless
// they are in the participation pool or a member of an overleg (leaving
// either starts the clock again); invitations to an overleg seat not
// answered in 14 days end (lib/overleg/resident-seats.ts); sent and failed mails lose address and
// body after OUTBOX_BODY_DAYS (7); expired rate-limit counters and expired
// or revoked links are deleted. Each run is audited with its counts.
import type { PrismaClient } from "../prisma-client.ts";
import { endResidentSeat, INVITATION_DAYS, residentSeatSelect } from "../overleg/resident-seats.ts";
import { erasePerson } from "../registration/erase-person.ts";
import { Prisma } from "../../generated/prisma/client.ts";

const DAY = 86_400_000;
export type RetentionResult = { erased: number; invitationsExpired: number; mailsRedacted: number; rateLimits: number; links: number };

export async function applyRetention(prisma: PrismaClient, options: { months?: number; outboxDays?: number; now?: Date } = {}): Promise<RetentionResult> {
  const months = options.months ?? Number(process.env.RETENTION_MONTHS ?? 24);
  const outboxDays = options.outboxDays ?? Number(process.env.OUTBOX_BODY_DAYS ?? 7);
  const now = options.now ?? new Date();
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  const expired = await prisma.overlegSeat.findMany({
    where: { participantId: { not: null }, confirmedAt: null, invitedAt: { lt: new Date(now.getTime() - INVITATION_DAYS * DAY) } },
    select: residentSeatSelect,
  });
  let erased = 0;
  for (const seat of expired)
    if ((await prisma.$transaction((tx) => endResidentSeat(tx, { ...seat, participantId: seat.participantId! }, now))).erased) erased++;
  const due = await prisma.participant.findMany({
    where: {
      anonymisedAt: null,
      inPool: false,
      overlegSeats: { none: {} },
      lastActiveAt: { lt: cutoff },
      registrations: { none: { bijeenkomst: { startsAt: { gte: cutoff } } } },
    },
    select: { id: true },
  });
  for (const { id } of due) if (await prisma.$transaction((tx) => erasePerson(tx, id, now))) erased++;
  const mailCutoff = new Date(now.getTime() - outboxDays * DAY);
  const redacted = await prisma.outboxMessage.updateMany({
    where: {
      redactedAt: null,
      OR: [
        { status: "SENT", sentAt: { lt: mailCutoff } },
        { status: "FAILED", createdAt: { lt: mailCutoff } },
      ],
    },
    data: { toEmail: "", text: "", html: null, attachments: Prisma.DbNull, redactedAt: now },
  });
  const rateLimits = await prisma.rateLimit.deleteMany({ where: { expire: { lte: now.getTime() } } });
  const links = await prisma.residentToken.deleteMany({ where: { OR: [{ expiresAt: { lte: now } }, { revokedAt: { not: null } }] } });
  const result = { erased, invitationsExpired: expired.length, mailsRedacted: redacted.count, rateLimits: rateLimits.count, links: links.count };
  await prisma.auditEvent.create({
    data: { actorKind: "system", action: "retention.run", entityType: "Participant", details: { months, outboxDays, cutoff: cutoff.toISOString(), ...result } },
  });
  return result;
}
