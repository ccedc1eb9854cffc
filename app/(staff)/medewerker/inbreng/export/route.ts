// Export of the filtered staff inbreng list as CSV or GeoJSON (audited).
import { getCurrentUser } from "@/lib/auth/current-user";
import { exportStaffInbreng } from "@/lib/data/inbreng/list-staff-inbreng";
import { toCsv } from "@/lib/export/to-csv";
import { followUpLabels, inbrengKindLabels } from "@/lib/format";

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Log eerst in.", { status: 401 });
  const sp = new URL(request.url).searchParams;
  const filters = Object.fromEntries(sp.entries());
  const format = sp.get("formaat") === "geojson" ? "geojson" : "csv";
  const rows = await exportStaffInbreng(user, filters, format);
  const stamp = new Date().toISOString().slice(0, 10);
  if (format === "geojson") {
    const body = {
      type: "FeatureCollection",
      features: rows
        .filter((r) => r.lat !== null)
        .map((r) => ({
          type: "Feature",
          geometry: { type: "Point", coordinates: [r.lng, r.lat] },
          properties: {
            id: r.id,
            soort: inbrengKindLabels[r.kind],
            thema: r.theme.name,
            tekst: r.text,
            buurt: r.buurt?.name ?? null,
            buurtcode: r.buurt?.code ?? null,
            stadsdeel: r.bijeenkomst.stadsdeel.name,
            bijeenkomst: r.bijeenkomst.title,
            datum: r.bijeenkomst.startsAt.toISOString(),
            opvolging: followUpLabels[r.followUpStatus],
            antwoord: r.publicAnswer,
            melding: r.melding?.status ?? null,
          },
        })),
    };
    return new Response(JSON.stringify(body), {
      headers: { "Content-Type": "application/geo+json; charset=utf-8", "Content-Disposition": `attachment; filename="inbreng-${stamp}.geojson"` },
    });
  }
  const csv = toCsv(
    ["id", "soort", "thema", "tekst", "buurt", "buurtcode", "stadsdeel", "bijeenkomst", "datum", "tafel", "lat", "lng", "opvolging", "antwoord", "melding"],
    rows.map((r) => [
      r.id,
      inbrengKindLabels[r.kind],
      r.theme.name,
      r.text,
      r.buurt?.name,
      r.buurt?.code,
      r.bijeenkomst.stadsdeel.name,
      r.bijeenkomst.title,
      r.bijeenkomst.startsAt.toISOString().slice(0, 10),
      r.tafel?.name,
      r.lat,
      r.lng,
      followUpLabels[r.followUpStatus],
      r.publicAnswer,
      r.melding?.status,
    ]),
  );
  return new Response(csv, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="inbreng-${stamp}.csv"` } });
}
