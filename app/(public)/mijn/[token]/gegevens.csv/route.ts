// Download of all a resident's data as CSV (for a spreadsheet), via their
// manage link: the same rows as the readable page. Audited like the JSON.
import { getMyData } from "@/lib/data/residents/get-my-data";
import { toCsv } from "@/lib/export/to-csv";
import { myDataRows } from "@/lib/privacy/my-data-rows";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const me = await getMyData((await params).token, { export: true });
  if (!me || me.anonymisedAt) return new Response("Link verlopen of ongeldig.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const rows = myDataRows(me).map((r) => [r.section, r.field, r.value]);
  return new Response(toCsv(["onderdeel", "gegeven", "waarde"], rows), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="mijn-gegevens.csv"', "Cache-Control": "no-store" },
  });
}
