"use client";
// A bar chart that everyone can read: values printed on the bars, a legend
// in words, colours with enough contrast, and a text summary for screen
// readers. The page always shows the same numbers as a table as well.
import { Bar, BarChart as RBarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type Series = { key: string; name: string; colour: string };

const palette = ["#00507a", "#b3261e", "#1b6e2a", "#5b3a9c"]; // ≥ 4.5:1 on white

export function BarChart({ title, data, series, height = 260 }: { title: string; data: Record<string, string | number>[]; series: Series[] | string[]; height?: number }) {
  const s: Series[] = series.map((x, i) => (typeof x === "string" ? { key: x, name: x, colour: palette[i % palette.length] } : x));
  const summary = `${title}: ${data.map((d) => `${d.label} ${s.map((x) => `${s.length > 1 ? `${x.name} ` : ""}${d[x.key]}`).join(", ")}`).join("; ")}.`;
  return (
    <figure className="dashboard-chart">
      <div role="img" aria-label={summary} style={{ width: "100%", height }}>
        <ResponsiveContainer width="100%" height="100%">
          <RBarChart data={data} margin={{ top: 18, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#c8ccd0" />
            <XAxis dataKey="label" tick={{ fill: "#1a1f24", fontSize: 12 }} interval={0} angle={data.length > 6 ? -30 : 0} textAnchor={data.length > 6 ? "end" : "middle"} height={data.length > 6 ? 70 : 30} />
            <YAxis allowDecimals={false} tick={{ fill: "#1a1f24", fontSize: 12 }} />
            <Tooltip />
            {s.length > 1 && <Legend wrapperStyle={{ color: "#1a1f24" }} />}
            {s.map((x) => (
              <Bar key={x.key} dataKey={x.key} name={x.name} fill={x.colour} isAnimationActive={false}>
                <LabelList dataKey={x.key} position="top" fill="#1a1f24" fontSize={11} />
              </Bar>
            ))}
          </RBarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="text-sm text-muted">{title}. Dezelfde cijfers staan in de tabel hieronder.</figcaption>
    </figure>
  );
}
