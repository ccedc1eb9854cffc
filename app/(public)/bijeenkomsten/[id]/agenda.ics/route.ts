// "Add to calendar" for one bijeenkomst.
import { getPublicBijeenkomst } from "@/lib/data/bijeenkomsten/get-public-bijeenkomst";
import { bijeenkomstIcs } from "@/lib/ics";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const b = await getPublicBijeenkomst((await params).id);
  if (!b) return new Response("Onbekende bijeenkomst", { status: 404 });
  const url = `${new URL(request.url).origin}/bijeenkomsten/${b.id}`;
  return new Response(bijeenkomstIcs(b, url), { headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": `attachment; filename="bijeenkomst.ics"` } });
}
