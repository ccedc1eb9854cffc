// Staff (beheerder only, refused in the function): the outbox — every
// e-mail the portal writes, with counts per status. Bodies are shown with
// the codes of residents' personal links masked, so no one at the gemeente
// can open a resident's page from here; mails whose body was cleared by the
// retention job say so; the municipality's details are filled in as the
// worker will. Every view is audited.
import "server-only";
import type { OutboxStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { fillGemeente, readGemeente } from "@/lib/gemeente";
import { requireAdministrator } from "@/lib/data/scope";

const LINK_CODE = /(\/(?:mijn|afmelden|evaluatie)\/)[A-Za-z0-9_-]{20,}|([?&]t=)[A-Za-z0-9_-]{20,}/g;

/** A mail body with the link codes replaced by "…", for staff eyes. */
export function maskLinks(text: string): string {
  return text.replace(LINK_CODE, (_m, path?: string, param?: string) => `${path ?? param}…`);
}

export const OUTBOX_PAGE_SIZE = 50;

/** The outbox, newest first, by status and/or a search in address and subject, a page at a time. */
export async function listOutbox(user: SessionUser, filters: { status?: OutboxStatus; q?: string; page?: number } = {}) {
  requireAdministrator(user);
  const { status, q } = filters;
  const page = Math.max(1, Math.floor(filters.page ?? 1));
  const search = q?.trim().slice(0, 200);
  const where = {
    ...(status ? { status } : {}),
    ...(search
      ? { OR: [{ toEmail: { contains: search, mode: "insensitive" as const } }, { subject: { contains: search, mode: "insensitive" as const } }] }
      : {}),
  };
  const [counts, messages, total, gemeente] = await Promise.all([
    prisma.outboxMessage.groupBy({ by: ["status"], _count: true }),
    prisma.outboxMessage.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take: OUTBOX_PAGE_SIZE, skip: (page - 1) * OUTBOX_PAGE_SIZE }),
    prisma.outboxMessage.count({ where }),
    readGemeente(prisma),
  ]);
  await prisma.auditEvent.create({
    data: {
      actorId: user.id,
      actorKind: "staff",
      action: "outbox.view",
      entityType: "OutboxMessage",
      details: { status: status ?? "all", searched: Boolean(search), page, rows: messages.length },
    },
  });
  return {
    total,
    page,
    counts,
    messages: messages.map((m) => ({
      id: m.id,
      subject: m.subject,
      toEmail: m.toEmail,
      status: m.status,
      attempts: m.attempts,
      lastError: m.lastError,
      redacted: m.redactedAt !== null,
      text: maskLinks(fillGemeente(m.text, gemeente)),
    })),
  };
}
