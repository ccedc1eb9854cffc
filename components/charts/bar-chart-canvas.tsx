"use client";
// The drawing of a BarChart (recharts): values printed on the bars, a legend
// in words, colours with enough contrast. Rendered in the browser only — it
// needs the width of its container — so the server spends nothing on it.
import { Bar, BarChart as RBarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type Series = { key: string; name: string; colour: string };

export default function BarChartCanvas({ data, series }: { data: Record<string, string | number>[]; series: Series[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <RBarChart data={data} margin={{ top: 18, right: 8, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#c8ccd0" />
        <XAxis
          dataKey="label"
          tick={{ fill: "#1a1f24", fontSize: 12 }}
          interval={0}
          angle={data.length > 6 ? -30 : 0}
          textAnchor={data.length > 6 ? "end" : "middle"}
          height={data.length > 6 ? 70 : 30}
        />
        <YAxis allowDecimals={false} tick={{ fill: "#1a1f24", fontSize: 12 }} />
        <Tooltip />
        {series.length > 1 && <Legend wrapperStyle={{ color: "#1a1f24" }} />}
        {series.map((x) => (
          <Bar key={x.key} dataKey={x.key} name={x.name} fill={x.colour} isAnimationActive={false}>
            <LabelList dataKey={x.key} position="top" fill="#1a1f24" fontSize={11} />
          </Bar>
        ))}
      </RBarChart>
    </ResponsiveContainer>
  );
}
