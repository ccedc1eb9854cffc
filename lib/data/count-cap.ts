// Staff lists count their rows up to a cap: counting millions of rows for a
// "4.123.456 meldingen" line costs seconds at national scale, and beyond ten
// thousand the number only says "narrow the filters" (the dashboard has the
// exact figures).
export const COUNT_CAP = 10_000;

/** The count as a list shows it: the number, or "meer dan 10.000" beyond the cap. */
export function countLabel(n: number): string {
  return n > COUNT_CAP ? `meer dan ${COUNT_CAP.toLocaleString("nl-NL")}` : String(n);
}
