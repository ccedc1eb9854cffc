// Staff: the registrations of one bijeenkomst — counts, needs summarised,
// evaluation results — for everyone who may read its stadsdeel; the names,
// free-text needs and evaluation comments only for those who organise it
// (its stadsdeel's regisseur, the beheerder). Authorisation in the where;
// showing personal data is audited. Refuses with AppError FORBIDDEN / NOT_FOUND.
import "server-only";
import type { RegistrationStatus } from "@/generated/prisma/enums";
import { type SessionUser, canManageStadsdeel } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { getBijeenkomst } from "../bijeenkomsten/get-bijeenkomst";
import { bijeenkomstWhere } from "../scope";

const COMING: RegistrationStatus[] = ["CONFIRMED", "ATTENDED", "NO_SHOW"];

export async function getRegistrationOverview(user: SessionUser, bijeenkomstId: string) {
  const b = await getBijeenkomst(user, bijeenkomstId);
  const personal = canManageStadsdeel(user, b.stadsdeelId);
  const [groups, needRows, scores] = await Promise.all([
    prisma.registration.groupBy({ by: ["status"], where: { bijeenkomstId, bijeenkomst: bijeenkomstWhere(user) }, _sum: { partySize: true } }),
    prisma.registration.findMany({ where: { bijeenkomstId, bijeenkomst: bijeenkomstWhere(user), status: { in: COMING } }, select: { needs: true } }),
    prisma.evaluation.aggregate({
      where: { registration: { bijeenkomstId, bijeenkomst: bijeenkomstWhere(user) } },
      _count: true,
      _avg: { scoreOverall: true, scoreHeard: true, scoreOrganisation: true },
    }),
  ]);
  const people = (statuses: string[]) => groups.filter((g) => statuses.includes(g.status)).reduce((s, g) => s + (g._sum.partySize ?? 0), 0);
  const needs: Record<string, number> = {};
  for (const r of needRows) for (const n of r.needs) needs[n] = (needs[n] ?? 0) + 1;
  const attendedRows = await prisma.registration.count({ where: { bijeenkomstId, status: "ATTENDED" } });
  const base = attendedRows || needRows.length;
  const details = personal ? await personalDetails(user, bijeenkomstId) : null;
  return {
    personal,
    registrations: details?.registrations ?? [],
    counts: {
      confirmed: people(COMING),
      attended: people(["ATTENDED"]),
      noShow: people(["NO_SHOW"]),
      waitlisted: people(["WAITLISTED"]),
      cancelled: people(["CANCELLED"]),
    },
    needs,
    needsOther: details?.needsOther ?? [],
    evaluation: {
      count: scores._count,
      responseRate: base ? scores._count / base : 0,
      overall: scores._avg.scoreOverall,
      heard: scores._avg.scoreHeard,
      organisation: scores._avg.scoreOrganisation,
      comments: details?.comments ?? [],
    },
  };
}

async function personalDetails(user: SessionUser, bijeenkomstId: string) {
  const registrations = await prisma.registration.findMany({
    where: { bijeenkomstId, bijeenkomst: bijeenkomstWhere(user, "manage") },
    orderBy: [{ status: "asc" }, { createdAt: "asc" }],
    include: { participant: { select: { name: true, buurt: { select: { name: true } } } }, evaluation: { select: { comment: true } } },
  });
  await prisma.auditEvent.create({
    data: {
      actorId: user.id,
      actorKind: "staff",
      action: "registrations.view",
      entityType: "Bijeenkomst",
      entityId: bijeenkomstId,
      details: { rows: registrations.length },
    },
  });
  return {
    registrations,
    needsOther: registrations.filter((r) => COMING.includes(r.status)).flatMap((r) => (r.needsOther ? [r.needsOther] : [])),
    comments: registrations.flatMap((r) => (r.evaluation?.comment ? [r.evaluation.comment] : [])),
  };
}
