// The dashboard's filters: a period (year, quarter or custom dates) and
// optionally stadsdelen and a theme, narrowed to what the user may read.
import type { SessionUser } from "../../auth/permissions.ts";
import { readableStadsdeelIds } from "../../auth/permissions.ts";

export type DashboardFilters = { from: Date; to: Date; stadsdeelIds: string[] | null; themeId: string | null };

/** "2026" → the year; "2026-Q3" → the quarter; else from/to dates; default: the current year. */
export function periodFrom(input: { periode?: string; van?: string; tot?: string }, now = new Date()): { from: Date; to: Date; label: string } {
  const p = input.periode ?? String(now.getUTCFullYear());
  let m = /^(\d{4})$/.exec(p);
  if (m) return { from: new Date(Date.UTC(+m[1], 0, 1)), to: new Date(Date.UTC(+m[1] + 1, 0, 1)), label: m[1] };
  m = /^(\d{4})-Q([1-4])$/.exec(p);
  if (m) return { from: new Date(Date.UTC(+m[1], (+m[2] - 1) * 3, 1)), to: new Date(Date.UTC(+m[1], +m[2] * 3, 1)), label: `${m[1]} kwartaal ${m[2]}` };
  const from = input.van && /^\d{4}-\d{2}-\d{2}$/.test(input.van) ? new Date(`${input.van}T00:00:00Z`) : new Date(Date.UTC(now.getUTCFullYear(), 0, 1));
  const to = input.tot && /^\d{4}-\d{2}-\d{2}$/.test(input.tot) ? new Date(new Date(`${input.tot}T00:00:00Z`).getTime() + 86_400_000) : new Date(Date.UTC(now.getUTCFullYear() + 1, 0, 1));
  return { from, to, label: `${input.van ?? ""} – ${input.tot ?? ""}` };
}

/** Stadsdelen the figures cover: the chosen ones within what the user may read (null = all). */
export function scopedStadsdelen(user: SessionUser, chosen: string[]): string[] | null {
  const readable = readableStadsdeelIds(user);
  if (readable === undefined) return chosen.length ? chosen : null;
  return chosen.length ? chosen.filter((id) => readable.includes(id)) : readable;
}
