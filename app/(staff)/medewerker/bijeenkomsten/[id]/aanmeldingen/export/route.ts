// Export of a bijeenkomst's attendee list (CSV). Personal data: only for
// staff who may manage its stadsdeel, and audited.
import { getCurrentUser } from "@/lib/auth/current-user";
import { canManageStadsdeel } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { toCsv } from "@/lib/export/to-csv";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Log eerst in.", { status: 401 });
  const { id } = await params;
  const b = await prisma.bijeenkomst.findUnique({ where: { id }, select: { stadsdeelId: true, title: true } });
  if (!b) return new Response("Onbekende bijeenkomst.", { status: 404 });
  if (!canManageStadsdeel(user, b.stadsdeelId)) return new Response("Geen toegang.", { status: 403 });
  const rows = await prisma.registration.findMany({
    where: { bijeenkomstId: id, status: { in: ["CONFIRMED", "ATTENDED", "NO_SHOW", "WAITLISTED"] } },
    orderBy: [{ status: "asc" }, { createdAt: "asc" }],
    include: { participant: { select: { name: true, email: true, buurt: { select: { name: true } } } } },
  });
  await prisma.auditEvent.create({ data: { actorId: user.id, actorKind: "staff", action: "registrations.export", entityType: "Bijeenkomst", entityId: id, details: { rows: rows.length } } });
  const csv = toCsv(["naam", "e-mail", "buurt", "personen", "status", "nodig", "anders", "aangemeld op"], rows.map((r) => [
    r.participant.name, r.participant.email, r.participant.buurt?.name, r.partySize, r.status, r.needs.join(", "), r.needsOther, r.createdAt.toISOString().slice(0, 10),
  ]));
  return new Response(csv, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="deelnemers-${id}.csv"`, "Cache-Control": "no-store" } });
}
