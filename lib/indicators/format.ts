// How an indicator value reads: in Dutch notation with its unit, and the
// words for a gap (no figure, or hidden because n is below the minimum).
import type { Figure } from "../data/indicators/get-analyse.ts";

const nl = (v: number, digits: number) => v.toLocaleString("nl-NL", { maximumFractionDigits: digits });

export function formatValue(value: number, unit: string): string {
  switch (unit) {
    case "PERCENTAGE":
      return `${nl(value, 1)} %`;
    case "AANTAL":
      return nl(value, 1);
    case "PER_1000_INWONERS":
      return `${nl(value, 1)} per 1.000`;
    case "EURO_1000":
      return `€ ${nl(Math.round(value * 1000), 0)}`;
    default:
      return nl(value, 1);
  }
}

/** The value in the unit's words, or why there is none. */
export function formatFigure(f: Figure | null, unit: string, minN: number): string {
  if (!f || (f.value === null && !f.suppressed)) return "geen cijfer";
  if (f.suppressed) return `verborgen (n < ${minN})`;
  return formatValue(f.value!, unit);
}

export function formatDifference(d: number | null, unit: string): string {
  if (d === null) return "—";
  if (d === 0) return "gelijk";
  const sign = d > 0 ? "+" : "−";
  const abs = formatValue(Math.abs(d), unit).replace(" per 1.000", "");
  return `${sign}${abs}${unit === "PERCENTAGE" ? "-punt" : ""}`;
}

/** A period as people say it: "2024", or "nov 2018 – dec 2018". */
export function formatIndicatorPeriod(start: Date, end: Date): string {
  const s = start.toISOString().slice(0, 10);
  const e = end.toISOString().slice(0, 10);
  if (s.slice(0, 4) === e.slice(0, 4) && s.endsWith("-01-01") && (e.endsWith("-12-31") || e.slice(0, 4) === String(new Date().getUTCFullYear()))) {
    return e.endsWith("-12-31")
      ? s.slice(0, 4)
      : `${s.slice(0, 4)} (tot ${end.toLocaleDateString("nl-NL", { day: "numeric", month: "long", timeZone: "UTC" })})`;
  }
  const f = (d: Date) => d.toLocaleDateString("nl-NL", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  return `${f(start)} – ${f(end)}`;
}
