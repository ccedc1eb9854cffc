// Export of one dashboard table (same filters as the page) as CSV or XLSX.
import ExcelJS from "exceljs";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canViewDashboard } from "@/lib/auth/permissions";
import { originFrom, periodFrom } from "@/lib/data/dashboard/dashboard-filters";
import { listDashboardStadsdelen } from "@/lib/data/dashboard/list-dashboard-stadsdelen";
import { dashboardTables } from "@/lib/data/dashboard/dashboard-tables";
import { getDashboard } from "@/lib/data/dashboard/get-dashboard";
import { toCsv } from "@/lib/export/to-csv";

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Log eerst in.", { status: 401 });
  if (!canViewDashboard(user)) return new Response("Geen toegang.", { status: 403 });
  const sp = Object.fromEntries(new URL(request.url).searchParams.entries());
  const period = periodFrom(sp);
  const { stadsdeelIds } = await listDashboardStadsdelen(user, sp.stadsdeel);
  const d = await getDashboard({ from: period.from, to: period.to, stadsdeelIds, themeId: sp.thema || null, origin: originFrom(sp.herkomst) });
  const table = dashboardTables(d)[sp.blok ?? ""];
  if (!table) return new Response("Onbekende tabel.", { status: 404 });
  const name = `dashboard-${sp.blok}-${period.label.replace(/\W+/g, "-")}`;
  if (sp.formaat === "xlsx") {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(table.title.slice(0, 31));
    ws.addRow(table.header).font = { bold: true };
    for (const r of table.rows) ws.addRow(r);
    return new Response(new Uint8Array(await wb.xlsx.writeBuffer()), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename="${name}.xlsx"`,
      },
    });
  }
  return new Response(toCsv(table.header, table.rows), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}.csv"` },
  });
}
