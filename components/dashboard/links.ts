// Links from a dashboard figure to the list behind it, opened with the same
// period, stadsdeel, theme and meldingen origin the dashboard shows (so the list counts the
// same rows as the figure).
import { amsterdamMonthKey } from "@/lib/datetime";

export type DashboardQuery = {
  periode?: string;
  van?: string;
  tot?: string;
  stadsdeel?: string;
  thema?: string;
  herkomst?: string;
  kaart?: string;
  open?: string;
  afdrukken?: string;
};
type Extra = Record<string, string | undefined>;

const qs = (o: Extra) => new URLSearchParams(Object.entries(o).filter(([, v]) => v) as [string, string][]).toString();

export function dashboardLinks(sp: DashboardQuery, period: { from: Date; to: Date }) {
  const scope = { stadsdeel: sp.stadsdeel, van: amsterdamMonthKey(period.from), tot: amsterdamMonthKey(new Date(period.to.getTime() - 1)) };
  const thema = sp.thema || undefined;
  const scoped = (path: string, extra: Extra = {}) => `${path}?${qs({ ...scope, ...extra })}`;
  return {
    scoped,
    meetings: (extra: Extra = {}) => scoped("/medewerker/bijeenkomsten", extra),
    /** Meldingen that came in during the period. */
    meldingen: (extra: Extra = {}) => scoped("/medewerker/meldingen", { alle: "1", thema, herkomst: sp.herkomst, ...extra }),
    /** Meldingen as they stand now, whenever they came in (open, over the deadline). */
    meldingenNow: (extra: Extra = {}) => `/medewerker/meldingen?${qs({ stadsdeel: sp.stadsdeel, herkomst: sp.herkomst, ...extra })}`,
    inbreng: (extra: Extra = {}) => scoped("/medewerker/inbreng", { thema, ...extra }),
    agenda: (extra: Extra = {}) => scoped("/medewerker/agenda", { thema, ...extra }),
    /** The dashboard itself with one parameter changed (the map's figure). */
    self: (extra: Extra) => `/medewerker/dashboard?${qs({ ...sp, ...extra })}`,
  };
}

export type DashboardLinks = ReturnType<typeof dashboardLinks>;
