// Export of a bijeenkomst's attendee list (CSV). Personal data: only for
// staff who organise it (the data function refuses everyone else), audited.
import { getCurrentUser } from "@/lib/auth/current-user";
import { refusalResponse } from "@/lib/auth/refuse";
import { exportRegistrations } from "@/lib/data/registrations/export-registrations";
import { toCsv } from "@/lib/export/to-csv";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Log eerst in.", { status: 401 });
  const { id } = await params;
  const rows = await exportRegistrations(user, id).catch(refusalResponse);
  if (rows instanceof Response) return rows;
  const csv = toCsv(
    ["naam", "e-mail", "buurt", "personen", "status", "nodig", "anders", "aangemeld op"],
    rows.map((r) => [
      r.participant.name,
      r.participant.email,
      r.participant.buurt?.name,
      r.partySize,
      r.status,
      r.needs.join(", "),
      r.needsOther,
      r.createdAt.toISOString().slice(0, 10),
    ]),
  );
  return new Response(csv, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="deelnemers-${id}.csv"`, "Cache-Control": "no-store" },
  });
}
