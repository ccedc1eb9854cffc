// An iCalendar file for one bijeenkomst ("add to calendar", and the
// attachment of the confirmation mail).
import ical from "ical-generator";

export function bijeenkomstIcs(
  b: { id: string; title: string; description: string; startsAt: Date; endsAt: Date; locationName: string; address: string },
  url: string,
): string {
  const calendar = ical({ name: b.title, timezone: "Europe/Amsterdam" });
  calendar.createEvent({
    id: `bijeenkomst-${b.id}@stadsdeelportaal`,
    start: b.startsAt,
    end: b.endsAt,
    summary: b.title,
    description: `${b.description}\n\n${url}`.trim(),
    location: `${b.locationName}, ${b.address}`,
    url,
  });
  return calendar.toString();
}
