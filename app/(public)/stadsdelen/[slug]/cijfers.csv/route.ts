// The stadsdeelanalyse of one indicator as CSV: the same rows as the page's
// table (and hidden values left empty with the reason), from the same data
// function, so page and export never differ.
import { refusalResponse } from "@/lib/auth/refuse";
import { getStadsdeelAnalyse } from "@/lib/data/indicators/get-analyse";
import { toCsv } from "@/lib/export/to-csv";
import { formatIndicatorPeriod } from "@/lib/indicators/format";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  try {
    const a = await getStadsdeelAnalyse(null, slug, new URL(request.url).searchParams.get("indicator") ?? undefined);
    if (!a.indicator) return new Response("Geen cijfers voor dit stadsdeel", { status: 404 });
    const period = a.period ? formatIndicatorPeriod(a.period.start, a.period.end) : "";
    const note = (f: { value: number | null; suppressed: boolean }) => (f.suppressed ? `verborgen: minder dan ${a.minN} waarnemingen` : f.value === null ? "geen cijfer" : "");
    const rows = [
      ...a.rows.map((r) => [r.code, r.name, r.value, a.city?.value ?? null, r.difference, r.n, period, note(r)]),
      [a.stadsdeel.slug, `Stadsdeel ${a.stadsdeel.name}`, a.own?.value ?? null, a.city?.value ?? null, null, a.own?.n ?? null, period, a.own ? note(a.own) : ""],
    ];
    const csv = toCsv(["gebiedscode", "gebied", a.indicator.name, "stad", "verschil", "n", "periode", "opmerking"], rows);
    return new Response(csv, {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="cijfers-${a.stadsdeel.slug}-${a.indicator.code}.csv"` },
    });
  } catch (error) {
    return refusalResponse(error);
  }
}
