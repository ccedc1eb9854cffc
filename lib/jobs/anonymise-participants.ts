// Retention (AVG): N months after their last bijeenkomst a participant's
// name, e-mail and postcode are removed, unless they are in the
// participation pool. Buurt and age band stay for the statistics. Each run
// is audited.
import type { PrismaClient } from "../prisma-client.ts";

export async function anonymiseParticipants(prisma: PrismaClient, months = Number(process.env.RETENTION_MONTHS ?? 24), now = new Date()): Promise<number> {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return prisma.$transaction(async (tx) => {
    const due = await tx.participant.findMany({
      where: { anonymisedAt: null, inPool: false, lastActiveAt: { lt: cutoff }, registrations: { none: { bijeenkomst: { startsAt: { gte: cutoff } } } } },
      select: { id: true },
    });
    const ids = due.map((p) => p.id);
    if (ids.length) await tx.participant.updateMany({ where: { id: { in: ids } }, data: { name: null, email: null, postcode: null, anonymisedAt: now } });
    await tx.auditEvent.create({
      data: { actorKind: "system", action: "retention.anonymise", entityType: "Participant", details: { months, cutoff: cutoff.toISOString(), anonymised: ids.length } },
    });
    return ids.length;
  });
}
