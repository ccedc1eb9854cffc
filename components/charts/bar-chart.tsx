// A bar chart that everyone can read: the figure with a text summary for
// screen readers and a caption are rendered on the server; the drawing
// (values printed on the bars, a legend in words, colours with enough
// contrast) in the browser. The page always shows the same numbers as a
// table as well.
import { BarChartClient } from "./bar-chart-client";
import type { Series } from "./bar-chart-canvas";

const palette = ["#00507a", "#b3261e", "#1b6e2a", "#5b3a9c"]; // ≥ 4.5:1 on white

export function BarChart({
  title,
  data,
  series,
  height = 260,
}: {
  title: string;
  data: Record<string, string | number>[];
  series: Series[] | string[];
  height?: number;
}) {
  const s: Series[] = series.map((x, i) => (typeof x === "string" ? { key: x, name: x, colour: palette[i % palette.length] } : x));
  const summary = `${title}: ${data.map((d) => `${d.label} ${s.map((x) => `${s.length > 1 ? `${x.name} ` : ""}${d[x.key]}`).join(", ")}`).join("; ")}.`;
  return (
    <figure className="dashboard-chart">
      <div role="img" aria-label={summary} style={{ width: "100%", height }}>
        <BarChartClient data={data} series={s} />
      </div>
      <figcaption className="text-sm text-muted">{title}. Dezelfde cijfers staan in de tabel hieronder.</figcaption>
    </figure>
  );
}
