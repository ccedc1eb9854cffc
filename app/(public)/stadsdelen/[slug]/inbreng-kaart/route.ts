// Public JSON for the "wat is ermee gedaan" map of a stadsdeel: compact
// points [lat, lng, kind, follow-up] of past bijeenkomsten' inbreng,
// with the same filters as the list. With ?z=<zoom>&bbox=<w,s,e,n> only the
// clusters and points of that zoom level and viewport, clustered on the
// server (what the map asks for); without them every point (for downloads
// and other clients). No personal data.
import { getStadsdeel } from "@/lib/data/areas/get-stadsdeel";
import { listPublicInbrengClusters, listPublicInbrengPoints } from "@/lib/data/public/list-public-inbreng";
import { parseBbox } from "@/lib/geo/cluster-index";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const stadsdeel = await getStadsdeel((await params).slug);
  if (!stadsdeel) return Response.json({ error: "Onbekend stadsdeel" }, { status: 404 });
  const sp = new URL(request.url).searchParams;
  const filters = {
    kind: sp.get("soort") ?? undefined,
    themeId: sp.get("thema") ?? undefined,
    status: sp.get("status") ?? undefined,
    buurtId: sp.get("buurt") ?? undefined,
  };
  if (sp.has("z") || sp.has("bbox")) {
    const bbox = parseBbox(sp.get("bbox"));
    const zoom = Number(sp.get("z"));
    if (!bbox || !Number.isFinite(zoom)) return Response.json({ error: "Geef z (zoomniveau) en bbox (west,zuid,oost,noord) op." }, { status: 400 });
    return Response.json(await listPublicInbrengClusters(stadsdeel.id, filters, bbox, zoom), { headers: { "Cache-Control": "public, max-age=60" } });
  }
  const points = await listPublicInbrengPoints(stadsdeel.id, filters);
  return Response.json({ points }, { headers: { "Cache-Control": "public, max-age=60" } });
}
