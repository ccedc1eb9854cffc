// Helpers for server-action tests: the SessionUser of a demo account, and a
// fingerprint of the database to prove a refused action changed nothing.
import type { SessionUser } from "../../lib/auth/permissions.ts";
import type { PrismaClient } from "../../lib/prisma-client.ts";
import { issueToken, type TokenPurpose } from "../../lib/tokens.ts";

export async function sessionUser(prisma: PrismaClient, email: string): Promise<SessionUser> {
  const u = await prisma.user.findUniqueOrThrow({ where: { email }, include: { stadsdelen: true } });
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    departmentId: u.departmentId,
    stadsdeelIds: u.stadsdelen.map((s) => s.stadsdeelId),
    wethouderStadsdeelId: u.wethouderStadsdeelId,
    organisationId: u.organisationId,
  };
}

/** Row counts plus the newest change per table: equal fingerprints mean nothing changed. */
export async function fingerprint(prisma: PrismaClient): Promise<unknown> {
  const tables = [
    "Bijeenkomst",
    "Gesprekstafel",
    "Registration",
    "Inbreng",
    "Melding",
    "MeldingStatusChange",
    "OutboxMessage",
    "AuditEvent",
    "AgendaItemInbreng",
    "User",
    "UserStadsdeel",
    "StaffToken",
    "Department",
    "Theme",
    "MeldingCategory",
    "AgendaItem",
    "Stadsdeel",
    "Wijk",
    "Buurt",
    "PopulationFigure",
    "Gemeente",
    "IntegrationMessage",
    "MeldingSource",
    "Indicator",
    "IndicatorWaarde",
    "Programma",
    "Opgave",
    "Doel",
    "AgendaItemDoel",
    "MonitorRapport",
    "Document",
    "Participant",
    "Consent",
    "Overleg",
    "OverlegSeat",
    "SessieAanwezigheid",
  ];
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
export async function tokenFor(
  prisma: PrismaClient,
  purpose: TokenPurpose,
  email: string,
  scope: { registrationId?: string; bijeenkomstId?: string } = {},
): Promise<string> {
  const p = await prisma.participant.findUniqueOrThrow({ where: { email } });
  return issueToken(prisma, purpose, { participantId: p.id, ...scope });
}

/** A planned bijeenkomst in `inDays` days (two hours long) in the stadsdeel of a buurt; returns it with that buurt's id. */
export async function plannedMeeting(prisma: PrismaClient, title: string, capacity: number, inDays = 9) {
  const buurt = await prisma.buurt.findFirstOrThrow({ orderBy: { code: "asc" } });
  const startsAt = new Date(Date.now() + inDays * 86_400_000);
  const b = await prisma.bijeenkomst.create({
    data: {
      kind: "WIJKGESPREK",
      title,
      stadsdeelId: buurt.stadsdeelId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 7_200_000),
      locationName: "X",
      address: "Y",
      capacity,
    },
  });
  return { bijeenkomstId: b.id, buurtId: buurt.id };
}
