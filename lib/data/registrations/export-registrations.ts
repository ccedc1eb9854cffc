// Staff: a bijeenkomst's attendee list for export — personal data, so only
// for those who organise it (authorisation in the where), and audited.
// Refuses with AppError FORBIDDEN / NOT_FOUND.
import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { getBijeenkomst } from "../bijeenkomsten/get-bijeenkomst";
import { bijeenkomstWhere } from "../scope";

export async function exportRegistrations(user: SessionUser, bijeenkomstId: string) {
  await getBijeenkomst(user, bijeenkomstId, "manage");
  const rows = await prisma.registration.findMany({
    where: { bijeenkomstId, bijeenkomst: bijeenkomstWhere(user, "manage"), status: { in: ["CONFIRMED", "ATTENDED", "NO_SHOW", "WAITLISTED"] } },
    orderBy: [{ status: "asc" }, { createdAt: "asc" }],
    include: { participant: { select: { name: true, email: true, buurt: { select: { name: true } } } } },
  });
  await prisma.auditEvent.create({
    data: {
      actorId: user.id,
      actorKind: "staff",
      action: "registrations.export",
      entityType: "Bijeenkomst",
      entityId: bijeenkomstId,
      details: { rows: rows.length },
    },
  });
  return rows;
}
