// Download of all a resident's data (AVG right of access), via their
// manage link. Audited.
import { getMyData } from "@/lib/data/residents/get-my-data";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const me = await getMyData((await params).token, { export: true });
  if (!me) return Response.json({ error: "Link verlopen of ongeldig" }, { status: 403 });
  const body = {
    exportedAt: new Date().toISOString(),
    person: {
      name: me.name,
      email: me.email,
      postcode: me.postcode,
      buurt: me.buurt?.name ?? null,
      ageBand: me.ageBand,
      inPool: me.inPool,
      poolJoinedAt: me.poolJoinedAt,
      createdAt: me.createdAt,
    },
    consents: me.consents,
    registrations: me.registrations.map((r) => ({
      bijeenkomst: r.bijeenkomst.title,
      startsAt: r.bijeenkomst.startsAt,
      status: r.status,
      partySize: r.partySize,
      needs: r.needs,
      needsOther: r.needsOther,
      registeredAt: r.createdAt,
      cancelledAt: r.cancelledAt,
      evaluation: r.evaluation,
    })),
    reactions: me.reacties,
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="mijn-gegevens.json"',
      "Cache-Control": "no-store",
    },
  });
}
