// Wall-clock time in the municipality's time zone (Europe/Amsterdam) to and
// from instants, for <input type="datetime-local"> fields. No library needed.
const TZ = "Europe/Amsterdam";
// made once (building an Intl.DateTimeFormat per call is what costs)
const wallClock = new Intl.DateTimeFormat("en-GB", {
  timeZone: TZ,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

function offsetMs(instant: number): number {
  const parts = Object.fromEntries(wallClock.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return wall - Math.floor(instant / 1000) * 1000;
}

/** "2026-12-01T19:30" (Amsterdam time) → Date, or null when malformed. */
export function fromLocalInput(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const wall = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
  // strict: 2026-02-31 or 25:00 is refused, not rolled over into March or the next day
  const check = new Date(wall);
  if (check.getUTCFullYear() !== +m[1] || check.getUTCMonth() !== +m[2] - 1 || check.getUTCDate() !== +m[3] || +m[4] > 23 || +m[5] > 59) return null;
  let t = wall - offsetMs(wall);
  t = wall - offsetMs(t);
  const d = new Date(t);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Date → "2026-12-01T19:30" in Amsterdam time, for a datetime-local input. */
export function toLocalInput(date: Date): string {
  const local = new Date(date.getTime() + offsetMs(date.getTime()));
  return local.toISOString().slice(0, 16);
}

/** The instant a calendar month starts in Amsterdam (month 0–11; overflow rolls into the next year). */
export function amsterdamMonthStart(year: number, month: number): Date {
  const y = year + Math.floor(month / 12);
  const m = ((month % 12) + 12) % 12;
  return fromLocalInput(`${String(y).padStart(4, "0")}-${String(m + 1).padStart(2, "0")}-01T00:00`)!;
}

/** Year and month (0–11) of an instant on the Amsterdam calendar. */
export function amsterdamYearMonth(date: Date): { y: number; m: number } {
  const local = new Date(date.getTime() + offsetMs(date.getTime()));
  return { y: local.getUTCFullYear(), m: local.getUTCMonth() };
}

/** "2026-03": the Amsterdam calendar month of an instant (the lists' van/tot filters). */
export function amsterdamMonthKey(date: Date): string {
  const { y, m } = amsterdamYearMonth(date);
  return `${y}-${String(m + 1).padStart(2, "0")}`;
}

/**
 * Every month of the period up to the current one, as the rollups label them
 * (midnight UTC on the first, the way the month column reads back), so the
 * trend has no gaps where nothing happened.
 */
export function continuousMonths(from: Date, to: Date, now = new Date()): Date[] {
  const first = amsterdamYearMonth(from);
  const last = amsterdamYearMonth(new Date(Math.min(to.getTime() - 1, now.getTime())));
  const out: Date[] = [];
  for (let y = first.y, m = first.m; y < last.y || (y === last.y && m <= last.m); m === 11 ? (y++, (m = 0)) : m++) out.push(new Date(Date.UTC(y, m, 1)));
  return out;
}

const dayKey = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today on the Amsterdam calendar as yyyy-mm-dd. */
export function todayKey(now = new Date()): string {
  return dayKey.format(now);
}

/** A date-only due day (stored as midnight UTC) that lies before today on the Amsterdam calendar. */
export function isPastDue(dueOn: Date, today = todayKey()): boolean {
  return dueOn.toISOString().slice(0, 10) < today;
}

/** A yyyy-mm-dd day plus n working days (Monday to Friday; public holidays are not known here). */
export function addWorkingDays(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  for (let left = n; left > 0;) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) left--;
  }
  return d.toISOString().slice(0, 10);
}
