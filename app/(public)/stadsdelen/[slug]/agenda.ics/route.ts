// iCal feed of a stadsdeel's public agenda, for calendar apps to subscribe to.
import { publicBaseUrl } from "@/lib/config";
import ical from "ical-generator";
import { getGemeente } from "@/lib/data/gemeente/get-gemeente";
import { getStadsdeel } from "@/lib/data/areas/get-stadsdeel";
import { listPublicAgendaItems } from "@/lib/data/agenda/list-public-agenda-items";
import { agendaKindLabels, agendaStatusLabels } from "@/lib/format";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const stadsdeel = await getStadsdeel((await params).slug);
  if (!stadsdeel) return new Response("Onbekend stadsdeel", { status: 404 });
  const items = await listPublicAgendaItems(stadsdeel.id);
  const origin = publicBaseUrl();
  const calendar = ical({ name: `Stadsdeelagenda ${stadsdeel.name} — ${(await getGemeente()).name}`, timezone: "Europe/Amsterdam", ttl: 3600 });
  for (const item of items) {
    const end = new Date(item.periodEnd.getTime() + 86_400_000); // all-day end is exclusive
    const scope =
      item.areas
        .map((a) => a.buurt?.name ?? a.wijk?.name)
        .filter(Boolean)
        .sort((a, b) => a!.localeCompare(b!, "nl"))
        .join(", ") || `heel ${stadsdeel.name}`;
    calendar.createEvent({
      id: `agenda-${item.id}@stadsdeelportaal`,
      start: item.periodStart,
      end,
      allDay: true,
      summary: item.title,
      description: `${agendaKindLabels[item.kind]} · ${agendaStatusLabels[item.status]}${item.status === "LOOPT" ? ` (${item.progress}%)` : ""}\nGebied: ${scope}${item.department ? `\nAfdeling: ${item.department.name}` : ""}\n\n${item.description}`,
      url: `${origin}/stadsdelen/${stadsdeel.slug}/agenda`,
      categories: [{ name: agendaKindLabels[item.kind] }],
      lastModified: item.updatedAt,
    });
  }
  return new Response(calendar.toString(), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="stadsdeelagenda-${stadsdeel.slug}.ics"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
