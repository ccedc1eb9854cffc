// iCal file of the signed-in member's sessies (every overleg they sit at),
// to import into their calendar. Behind the login like every staff page.
import { publicBaseUrl } from "@/lib/config";
import ical from "ical-generator";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listMySessies } from "@/lib/data/overleggen/list-my-sessies";

export async function GET() {
  const user = await getCurrentUser();
  if (!user) return new Response("Log eerst in.", { status: 401 });
  const sessies = await listMySessies(user);
  const origin = publicBaseUrl();
  const calendar = ical({ name: `Mijn overleggen — ${user.name}`, timezone: "Europe/Amsterdam" });
  for (const s of sessies) {
    calendar.createEvent({
      id: `sessie-${s.id}@stadsdeelportaal`,
      start: s.startsAt,
      end: s.endsAt,
      summary: s.overleg.name,
      location: s.location || undefined,
      url: `${origin}/medewerker/overleggen/${s.overleg.id}/sessies/${s.id}`,
    });
  }
  return new Response(calendar.toString(), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="mijn-overleggen.ics"',
      "Cache-Control": "private, no-store",
    },
  });
}
