// Export of the staff agenda list (same filters) as CSV or XLSX, with the
// same columns the import reads, so a file can go round trip.
import ExcelJS from "exceljs";
import { getCurrentUser } from "@/lib/auth/current-user";
import { exportStaffAgenda } from "@/lib/data/agenda/export-staff-agenda";
import { toCsv } from "@/lib/export/to-csv";
import { agendaColumns } from "@/lib/import/import-agenda";
import { isoDay } from "@/lib/period";

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Log eerst in.", { status: 401 });
  const sp = new URL(request.url).searchParams;
  const items = await exportStaffAgenda(user, { stadsdeel: sp.get("stadsdeel") });
  if (!items) return new Response("Geen toegang.", { status: 403 });
  const rows = items.map((i) => [
    i.externalKey ?? i.id,
    i.stadsdeel.name,
    i.title,
    i.description,
    i.kind.toLowerCase(),
    i.theme?.name ?? "",
    i.department?.name ?? "",
    isoDay(i.periodStart),
    isoDay(i.periodEnd),
    i.status.toLowerCase(),
    i.progress,
    i.isPublic ? "ja" : "nee",
    i.areas.flatMap((a) => (a.buurt ? [a.buurt.code] : [])).join(", "),
    i.areas.flatMap((a) => (a.wijk ? [a.wijk.code] : [])).join(", "),
    [...new Set(i.doelen.map((d) => d.doel.code))].join(", "),
  ]);
  const stamp = new Date().toISOString().slice(0, 10);
  if (sp.get("formaat") === "xlsx") {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Stadsdeelagenda");
    ws.addRow([...agendaColumns]);
    ws.getRow(1).font = { bold: true };
    for (const r of rows) ws.addRow(r);
    ws.columns.forEach((c) => (c.width = 18));
    return new Response(new Uint8Array(await wb.xlsx.writeBuffer()), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename="stadsdeelagenda-${stamp}.xlsx"`,
      },
    });
  }
  return new Response(toCsv([...agendaColumns], rows), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="stadsdeelagenda-${stamp}.csv"` },
  });
}
