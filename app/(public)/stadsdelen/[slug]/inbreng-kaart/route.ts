// Public JSON for the "wat is ermee gedaan" map of a stadsdeel: compact
// points [lat, lng, kind, follow-up] of past bijeenkomsten' inbreng,
// with the same filters as the list. No personal data.
import { getStadsdeel } from "@/lib/data/areas/get-stadsdeel";
import { listPublicInbrengPoints } from "@/lib/data/public/list-public-inbreng";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const stadsdeel = await getStadsdeel((await params).slug);
  if (!stadsdeel) return Response.json({ error: "Onbekend stadsdeel" }, { status: 404 });
  const sp = new URL(request.url).searchParams;
  const points = await listPublicInbrengPoints(stadsdeel.id, {
    kind: sp.get("soort") ?? undefined, themeId: sp.get("thema") ?? undefined, status: sp.get("status") ?? undefined, buurtId: sp.get("buurt") ?? undefined,
  });
  return Response.json({ points }, { headers: { "Cache-Control": "public, max-age=60" } });
}
