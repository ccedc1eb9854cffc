// Helpers for server-action tests: the SessionUser of a demo account, and a
// fingerprint of the database to prove a refused action changed nothing.
import type { SessionUser } from "../../lib/auth/permissions.ts";
import type { PrismaClient } from "../../lib/prisma-client.ts";
import { issueToken, type TokenPurpose } from "../../lib/tokens.ts";

export async function sessionUser(prisma: PrismaClient, email: string): Promise<SessionUser> {
  const u = await prisma.user.findUniqueOrThrow({ where: { email }, include: { stadsdelen: true } });
  return {
    id: u.id, email: u.email, name: u.name, role: u.role, departmentId: u.departmentId,
    stadsdeelIds: u.stadsdelen.map((s) => s.stadsdeelId), wethouderStadsdeelId: u.wethouderStadsdeelId,
  };
}

/** Row counts plus the newest change per table: equal fingerprints mean nothing changed. */
export async function fingerprint(prisma: PrismaClient): Promise<unknown> {
  const tables = ["Bijeenkomst", "Gesprekstafel", "Registration", "Inbreng", "Melding", "MeldingStatusChange", "OutboxMessage", "AuditEvent", "AgendaItemInbreng"];
  const out: Record<string, unknown> = {};
  for (const t of tables) {
    const [row] = await prisma.$queryRawUnsafe<{ n: bigint; h: string | null }[]>(
      `SELECT count(*) AS n, md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))) AS h FROM "${t}" t`,
    );
    out[t] = `${row.n}:${row.h}`;
  }
  return out;
}

/** A resident's link token, as a mail would carry it, for the person with this e-mail address. */
export async function tokenFor(prisma: PrismaClient, purpose: TokenPurpose, email: string, scope: { registrationId?: string; bijeenkomstId?: string } = {}): Promise<string> {
  const p = await prisma.participant.findUniqueOrThrow({ where: { email } });
  return issueToken(prisma, purpose, { participantId: p.id, ...scope });
}
