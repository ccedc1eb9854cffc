// Staff: the registrations of one bijeenkomst — counts, needs summarised,
// the check-in list — and its evaluation results. Showing names and e-mail
// addresses is a view of personal data, so it is audited. The caller checks access.
import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

export async function getRegistrationOverview(user: SessionUser, bijeenkomstId: string) {
  const registrations = await prisma.registration.findMany({
    where: { bijeenkomstId },
    orderBy: [{ status: "asc" }, { createdAt: "asc" }],
    include: { participant: { select: { name: true, email: true, buurt: { select: { name: true } } } }, evaluation: true },
  });
  await prisma.auditEvent.create({
    data: { actorId: user.id, actorKind: "staff", action: "registrations.view", entityType: "Bijeenkomst", entityId: bijeenkomstId, details: { rows: registrations.length } },
  });
  const people = (statuses: string[]) => registrations.filter((r) => statuses.includes(r.status)).reduce((s, r) => s + r.partySize, 0);
  const coming = registrations.filter((r) => ["CONFIRMED", "ATTENDED", "NO_SHOW"].includes(r.status));
  const needs: Record<string, number> = {};
  for (const r of coming) for (const n of r.needs) needs[n] = (needs[n] ?? 0) + 1;
  const evaluations = registrations.flatMap((r) => (r.evaluation ? [r.evaluation] : []));
  const avg = (k: "scoreOverall" | "scoreHeard" | "scoreOrganisation") => (evaluations.length ? evaluations.reduce((s, e) => s + e[k], 0) / evaluations.length : null);
  const attendedOrConfirmed = registrations.filter((r) => r.status === "ATTENDED").length || coming.length;
  return {
    registrations,
    counts: { confirmed: people(["CONFIRMED", "ATTENDED", "NO_SHOW"]), attended: people(["ATTENDED"]), noShow: people(["NO_SHOW"]), waitlisted: people(["WAITLISTED"]), cancelled: people(["CANCELLED"]) },
    needs,
    needsOther: coming.flatMap((r) => (r.needsOther ? [r.needsOther] : [])),
    evaluation: {
      count: evaluations.length,
      responseRate: attendedOrConfirmed ? evaluations.length / attendedOrConfirmed : 0,
      overall: avg("scoreOverall"), heard: avg("scoreHeard"), organisation: avg("scoreOrganisation"),
      comments: evaluations.flatMap((e) => (e.comment ? [e.comment] : [])),
    },
  };
}
