// The doel's state in words: by its indicator (share of the way against
// share of the time), by its activities (progress against elapsed period),
// behind when either is, and no data when neither has any.
import { describe, expect, it } from "vitest";
import { doelState } from "../../lib/programma/doel-state.ts";

const measure = { baselineValue: 50, baselineYear: 2024, targetValue: 70, targetYear: 2028 };
const today = new Date("2026-07-01T00:00:00Z");
const activity = (progress: number, status = "LOOPT") => ({
  title: "Buurtkamer",
  progress,
  status,
  periodStart: new Date("2026-01-01"),
  periodEnd: new Date("2026-12-31"),
});

describe("doelState", () => {
  it("op koers when the measurement has come as far as the time", () => {
    expect(doelState({ measure, latest: { value: 60, year: 2026 }, activities: [], today }).state).toBe("OP_KOERS");
  });
  it("achter when the measurement lags the time by more than 10 points", () => {
    const r = doelState({ measure, latest: { value: 55, year: 2026 }, activities: [], today });
    expect(r).toEqual({ state: "ACHTER", reasons: ["meting 2026: 25 % van de weg naar het doel, bij 50 % van de tijd", "geen activiteiten in het plan"] });
  });
  it("works for a goal that should go down", () => {
    expect(doelState({ measure: { ...measure, baselineValue: 40, targetValue: 20 }, latest: { value: 29, year: 2026 }, activities: [], today }).state).toBe(
      "OP_KOERS",
    );
    expect(doelState({ measure: { ...measure, baselineValue: 40, targetValue: 20 }, latest: { value: 42, year: 2026 }, activities: [], today }).state).toBe(
      "ACHTER",
    );
  });
  it("geen gegevens without a measurement after the baseline and without activities", () => {
    expect(doelState({ measure, latest: { value: 50, year: 2024 }, activities: [], today }).state).toBe("GEEN_GEGEVENS");
    expect(doelState({ measure: null, latest: null, activities: [], today }).state).toBe("GEEN_GEGEVENS");
  });
  it("activities: behind when progress lags the elapsed period or one is postponed", () => {
    expect(doelState({ measure: null, latest: null, activities: [activity(45)], today }).state).toBe("OP_KOERS");
    expect(doelState({ measure: null, latest: null, activities: [activity(20)], today }).state).toBe("ACHTER");
    expect(doelState({ measure: null, latest: null, activities: [activity(90, "UITGESTELD")], today }).state).toBe("ACHTER");
    expect(doelState({ measure, latest: { value: 62, year: 2026 }, activities: [activity(10)], today }).state).toBe("ACHTER");
  });
});
