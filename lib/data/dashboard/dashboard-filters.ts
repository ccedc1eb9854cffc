// The dashboard's filters: a period (year, quarter or custom months) and
// optionally stadsdelen and a theme, narrowed to what the user may read.
import type { SessionUser } from "../../auth/permissions.ts";
import { readableStadsdeelIds } from "../../auth/permissions.ts";
import { amsterdamMonthStart as start, amsterdamYearMonth } from "../../datetime.ts";

export type MeldingOriginValue = "PORTAAL" | "SIGNALEN" | "CSV";
export type DashboardFilters = { from: Date; to: Date; stadsdeelIds: string[] | null; themeId: string | null; origin?: MeldingOriginValue | null };

/** The meldingen list's "herkomst" values (portaal, signalen, csv) → the origin; anything else: every origin. */
export const originParam: Record<string, MeldingOriginValue> = { portaal: "PORTAAL", signalen: "SIGNALEN", csv: "CSV" };
export const originFrom = (v: string | undefined): MeldingOriginValue | null => (v ? (originParam[v] ?? null) : null);

const monthNames = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
const monthOf = (v: string | undefined) => {
  const m = v ? /^(\d{4})-(\d{2})/.exec(v) : null;
  return m && +m[2] >= 1 && +m[2] <= 12 ? { y: +m[1], m: +m[2] - 1 } : null;
};

/** Months "2026-03" … "2026-06" (both included) as a period, for the lists the dashboard links to; null without either. */
export function monthRange(input: { van?: string; tot?: string }, now = new Date()): { from: Date; to: Date; label: string } | null {
  if (!monthOf(input.van) && !monthOf(input.tot)) return null;
  return periodFrom({ van: input.van, tot: input.tot }, now);
}

/**
 * Periods are whole months on the Amsterdam calendar (the rollups count per
 * Dutch month; from/to are the instants those months start): "2026" → the year;
 * "2026-Q3" → the quarter; otherwise van/tot as "2026-03" … "2026-06", both
 * months included. Default: the current year.
 */
export function periodFrom(input: { periode?: string; van?: string; tot?: string }, now = new Date()): { from: Date; to: Date; label: string } {
  const year = amsterdamYearMonth(now).y;
  let m = /^(\d{4})$/.exec(input.periode ?? "");
  if (m) return { from: start(+m[1], 0), to: start(+m[1] + 1, 0), label: m[1] };
  m = /^(\d{4})-Q([1-4])$/.exec(input.periode ?? "");
  if (m) return { from: start(+m[1], (+m[2] - 1) * 3), to: start(+m[1], +m[2] * 3), label: `${m[1]} kwartaal ${m[2]}` };
  const van = monthOf(input.van);
  const tot = monthOf(input.tot);
  if (!van && !tot) return { from: start(year, 0), to: start(year + 1, 0), label: String(year) };
  const a = van ?? { y: year, m: 0 };
  const b = tot && (tot.y > a.y || (tot.y === a.y && tot.m >= a.m)) ? tot : { y: a.y, m: 11 };
  return {
    from: start(a.y, a.m),
    to: start(b.y, b.m + 1),
    label: `${monthNames[a.m]} ${a.y} t/m ${monthNames[b.m]} ${b.y}`,
  };
}

/** Stadsdelen the figures cover: the chosen ones within what the user may read (null = all). */
export function scopedStadsdelen(user: SessionUser, chosen: string[]): string[] | null {
  const readable = readableStadsdeelIds(user);
  if (readable === undefined) return chosen.length ? chosen : null;
  return chosen.length ? chosen.filter((id) => readable.includes(id)) : readable;
}
