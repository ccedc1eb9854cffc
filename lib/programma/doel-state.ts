// The state of a doel in words, for the stadsdeelmonitor: op koers, achter
// or geen gegevens, with the reason. Two sources:
// - its indicator: the latest measurement after the baseline, as the share
//   of the way from baseline to target, against the share of the time from
//   baseline year to target year (10 points' slack); no measurement after
//   the baseline is no data;
// - its activities (agenda items) in the plan year: their progress against
//   how far their period has run (15 points' slack); a postponed one is
//   behind.
// Either one behind is behind; neither with data is geen gegevens.

export type DoelState = "OP_KOERS" | "ACHTER" | "GEEN_GEGEVENS";
export const doelStateLabels: Record<DoelState, { label: string; icon: string }> = {
  OP_KOERS: { label: "Op koers", icon: "✓" },
  ACHTER: { label: "Achter", icon: "!" },
  GEEN_GEGEVENS: { label: "Geen gegevens", icon: "?" },
};

export type DoelStateInput = {
  measure: { baselineValue: number; baselineYear: number; targetValue: number; targetYear: number } | null;
  latest: { value: number; year: number } | null;
  activities: { title: string; progress: number; status: string; periodStart: Date; periodEnd: Date }[];
  today: Date;
};

const clamp = (v: number) => Math.max(0, Math.min(1, v));
const pct = (v: number) => `${Math.round(v * 100)} %`;

export function doelState({ measure, latest, activities, today }: DoelStateInput): { state: DoelState; reasons: string[] } {
  const reasons: string[] = [];
  let behind = false;
  let known = false;
  if (measure) {
    if (!latest || latest.year <= measure.baselineYear) reasons.push(`nog geen meting na de nulmeting van ${measure.baselineYear}`);
    else {
      known = true;
      const span = measure.targetValue - measure.baselineValue;
      const way = span === 0 ? (latest.value === measure.targetValue ? 1 : 0) : (latest.value - measure.baselineValue) / span;
      const time = clamp((latest.year - measure.baselineYear) / (measure.targetYear - measure.baselineYear));
      const late = way < time - 0.1;
      behind ||= late;
      reasons.push(`meting ${latest.year}: ${pct(Math.max(way, -9.99))} van de weg naar het doel, bij ${pct(time)} van de tijd`);
    }
  }
  if (activities.length > 0) {
    known = true;
    const expected = (a: DoelStateInput["activities"][number]) => {
      const span = a.periodEnd.getTime() - a.periodStart.getTime();
      return span <= 0 ? (today >= a.periodEnd ? 100 : 0) : clamp((today.getTime() - a.periodStart.getTime()) / span) * 100;
    };
    const late = activities.filter((a) => a.status === "UITGESTELD" || (a.status !== "AFGEROND" && a.progress < expected(a) - 15));
    behind ||= late.length > 0;
    reasons.push(
      late.length
        ? `${late.length} van ${activities.length} activiteiten lopen achter (${late.map((a) => a.title).join(", ")})`
        : `${activities.length} ${activities.length === 1 ? "activiteit loopt" : "activiteiten lopen"} volgens plan`,
    );
  } else reasons.push("geen activiteiten in het plan");
  return { state: !known ? "GEEN_GEGEVENS" : behind ? "ACHTER" : "OP_KOERS", reasons };
}
