// "Add to calendar" for one bijeenkomst.
import { publicBaseUrl } from "@/lib/config";
import { getPublicBijeenkomst } from "@/lib/data/bijeenkomsten/get-public-bijeenkomst";
import { bijeenkomstIcs } from "@/lib/ics";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const b = await getPublicBijeenkomst((await params).id);
  if (!b) return new Response("Onbekende bijeenkomst", { status: 404 });
  const url = `${publicBaseUrl()}/bijeenkomsten/${b.id}`;
  return new Response(bijeenkomstIcs(b, url), {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": `attachment; filename="bijeenkomst.ics"` },
  });
}
