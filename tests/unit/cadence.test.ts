// The overleg cadence: the RRULE the form makes, its Dutch words, and the
// session instants — 19:30 in Amsterdam on both sides of the change to and
// from summer time, the last Thursday of a month, and only within the period.
import { describe, expect, it } from "vitest";
import { cadenceRule, describeCadence, sessionStarts } from "../../lib/overleg/cadence.ts";

describe("cadence", () => {
  it("makes the rule from the form and says it in Dutch", () => {
    expect(cadenceRule({ every: "weeks", interval: 4, weekday: "TU" })).toBe("FREQ=WEEKLY;INTERVAL=4;BYDAY=TU");
    expect(describeCadence("FREQ=WEEKLY;INTERVAL=4;BYDAY=TU")).toBe("elke 4 weken op dinsdag");
    expect(describeCadence("FREQ=WEEKLY;INTERVAL=1;BYDAY=MO")).toBe("elke maandag");
    expect(describeCadence(cadenceRule({ every: "month", nth: -1, weekday: "TH" }))).toBe("elke laatste donderdag van de maand");
  });

  it("keeps the wall-clock time across summer time", () => {
    const starts = sessionStarts(
      { rrule: "FREQ=WEEKLY;INTERVAL=4;BYDAY=TU", firstOn: "2026-03-03", startTime: "19:30" },
      new Date("2026-01-01T00:00:00Z"),
      new Date("2026-11-30T00:00:00Z"),
    );
    expect(starts.slice(0, 2).map((d) => d.toISOString())).toEqual(["2026-03-03T18:30:00.000Z", "2026-03-31T17:30:00.000Z"]);
    const wall = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    expect(new Set(starts.map((d) => wall.format(d)))).toEqual(new Set(["Tue 19:30"]));
    expect(starts.at(-1)!.toISOString()).toBe("2026-11-10T18:30:00.000Z");
  });

  it("the last Thursday of the month, within the period only", () => {
    const starts = sessionStarts(
      { rrule: "FREQ=MONTHLY;BYDAY=-1TH", firstOn: "2026-01-29", startTime: "10:00" },
      new Date("2026-02-01T00:00:00Z"),
      new Date("2026-05-01T00:00:00Z"),
    );
    expect(starts.map((d) => d.toISOString().slice(0, 10))).toEqual(["2026-02-26", "2026-03-26", "2026-04-30"]);
  });
});
