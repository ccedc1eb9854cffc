// Staff (beheerder only, refused in the function): the outbox — every
// e-mail the portal writes, with counts per status. Bodies are shown with
// the codes of residents' personal links masked, so no one at the gemeente
// can open a resident's page from here; mails whose body was cleared by the
// retention job say so; the municipality's details are filled in as the
// worker will. Every view is audited.
import "server-only";
import type { OutboxStatus } from "@/generated/prisma/enums";
import { type SessionUser, canAdminister } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { fillGemeente, readGemeente } from "@/lib/gemeente";

const LINK_CODE = /(\/(?:mijn|afmelden|evaluatie)\/)[A-Za-z0-9_-]{20,}|([?&]t=)[A-Za-z0-9_-]{20,}/g;

/** A mail body with the link codes replaced by "…", for staff eyes. */
export function maskLinks(text: string): string {
  return text.replace(LINK_CODE, (_m, path?: string, param?: string) => `${path ?? param}…`);
}

export async function listOutbox(user: SessionUser, status?: OutboxStatus) {
  if (!canAdminister(user)) throw new AppError("FORBIDDEN", "Geen toegang.");
  const [counts, messages, gemeente] = await Promise.all([
    prisma.outboxMessage.groupBy({ by: ["status"], _count: true }),
    prisma.outboxMessage.findMany({ where: status ? { status } : {}, orderBy: { createdAt: "desc" }, take: 100 }),
    readGemeente(prisma),
  ]);
  await prisma.auditEvent.create({ data: { actorId: user.id, actorKind: "staff", action: "outbox.view", entityType: "OutboxMessage", details: { status: status ?? "all", rows: messages.length } } });
  return {
    counts,
    messages: messages.map((m) => ({ id: m.id, subject: m.subject, toEmail: m.toEmail, status: m.status, attempts: m.attempts, lastError: m.lastError, redacted: m.redactedAt !== null, text: maskLinks(fillGemeente(m.text, gemeente)) })),
  };
}
