// An overleg's cadence: an RFC 5545 RRULE (the `rrule` package) from its first
// day at a wall-clock time in Amsterdam. The form offers two shapes — every
// N weeks on a weekday, or monthly on the 1st–4th or last weekday — and this
// module turns them into the rule, back into Dutch words, and into the
// instants of the sessions in a period (summer time handled: 19:30 stays
// 19:30 on both sides of the change).
import * as rrule from "rrule";
import { fromLocalInput } from "../datetime.ts";

// Node loads the package's CommonJS build (everything under `default`), the bundler its ES module build
const { RRule } = (rrule as unknown as { default?: typeof rrule }).default ?? rrule;

export const weekdays = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export type Weekday = (typeof weekdays)[number];
export const weekdayLabels: Record<Weekday, string> = {
  MO: "maandag",
  TU: "dinsdag",
  WE: "woensdag",
  TH: "donderdag",
  FR: "vrijdag",
  SA: "zaterdag",
  SU: "zondag",
};
const nthLabels: Record<string, string> = { "1": "eerste", "2": "tweede", "3": "derde", "4": "vierde", "-1": "laatste" };

export type CadenceInput = { every: "weeks"; interval: number; weekday: Weekday } | { every: "month"; nth: 1 | 2 | 3 | 4 | -1; weekday: Weekday };

/** The RRULE text for a cadence from the form. */
export function cadenceRule(c: CadenceInput): string {
  return c.every === "weeks" ? `FREQ=WEEKLY;INTERVAL=${c.interval};BYDAY=${c.weekday}` : `FREQ=MONTHLY;BYDAY=${c.nth}${c.weekday}`;
}

/** The cadence in words, e.g. "elke 4 weken op dinsdag" or "elke laatste donderdag van de maand". */
export function describeCadence(rule: string): string {
  const weekly = /^FREQ=WEEKLY;INTERVAL=(\d+);BYDAY=(MO|TU|WE|TH|FR|SA|SU)$/.exec(rule);
  if (weekly) return +weekly[1] === 1 ? `elke ${weekdayLabels[weekly[2] as Weekday]}` : `elke ${weekly[1]} weken op ${weekdayLabels[weekly[2] as Weekday]}`;
  const monthly = /^FREQ=MONTHLY;BYDAY=(-1|[1-4])(MO|TU|WE|TH|FR|SA|SU)$/.exec(rule);
  if (monthly) return `elke ${nthLabels[monthly[1]]} ${weekdayLabels[monthly[2] as Weekday]} van de maand`;
  return rule;
}

/** A wall-clock moment written as if it were UTC: how `rrule` is fed local times without a time-zone library. */
const floating = (day: string, time: string) => new Date(`${day}T${time}:00Z`);

/**
 * The start instants of the sessions from `from` up to `until` (both
 * instants): the rule's days from `firstOn` (yyyy-mm-dd) at `startTime`
 * ("19:30") in Amsterdam.
 */
export function sessionStarts(o: { rrule: string; firstOn: string; startTime: string }, from: Date, until: Date): Date[] {
  const rule = new RRule({ ...RRule.parseString(o.rrule), dtstart: floating(o.firstOn, o.startTime) });
  // a day's margin either way on the floating clock, then the exact bounds on real instants
  const days = rule.between(new Date(from.getTime() - 86_400_000), new Date(until.getTime() + 86_400_000), true);
  return days.map((d) => fromLocalInput(d.toISOString().slice(0, 16))).filter((d): d is Date => d !== null && d >= from && d <= until);
}
