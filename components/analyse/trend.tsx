// The trend of one indicator per buurt over every period with a figure:
// a small SVG line chart (each line named at its end, the city dashed) and
// the table with the same numbers, which is what a screen reader reads.
import { ScrollTable } from "@/components/scroll-table";
import { TableHead } from "@/components/table-head";
import type { Analyse } from "@/lib/data/indicators/get-analyse";
import { formatFigure, formatIndicatorPeriod, formatValue } from "@/lib/indicators/format";

const colours = ["#1f6696", "#b3541e", "#2e7d32", "#6a1b9a", "#ad1457", "#00695c", "#5d4037", "#37474f", "#9e7700", "#283593"];

export function Trend({ analyse }: { analyse: Analyse & { indicator: NonNullable<Analyse["indicator"]> } }) {
  const { trend, indicator, minN } = analyse;
  if (trend.periods.length < 2) return <p>Er is nog maar één periode met cijfers; een verloop volgt zodra er een tweede is.</p>;
  const labels = trend.periods.map((p) => formatIndicatorPeriod(p.start, p.end));
  const series = [
    ...trend.rows.map((r) => ({ name: r.name, values: r.values.map((v) => v.value), dashed: false })),
    { name: "Stad", values: trend.city.map((v) => v.value), dashed: true },
  ];
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const [lo, hi] = [Math.min(...all, 0), Math.max(...all)];
  const [w, h, left, right, top, bottom] = [640, 260, 56, 130, 12, 28];
  const x = (i: number) => left + (i * (w - left - right)) / (labels.length - 1);
  const y = (v: number) => top + (h - top - bottom) * (1 - (v - lo) / (hi - lo || 1));
  return (
    <div className="space-y-3">
      <svg viewBox={`0 0 ${w} ${h}`} className="h-auto w-full max-w-2xl" aria-hidden="true" data-testid="trendgrafiek">
        <line x1={left} x2={w - right} y1={y(lo)} y2={y(lo)} stroke="#555" />
        <text x={left - 6} y={y(hi)} textAnchor="end" fontSize="11">
          {formatValue(hi, indicator.unit)}
        </text>
        <text x={left - 6} y={y(lo)} textAnchor="end" fontSize="11">
          {formatValue(lo, indicator.unit)}
        </text>
        {labels.map((l, i) => (
          <text key={l} x={x(i)} y={h - 8} textAnchor="middle" fontSize="11">
            {l.slice(0, 12)}
          </text>
        ))}
        {series.map((s, k) => {
          const points = s.values.flatMap((v, i) => (v === null ? [] : [`${x(i)},${y(v)}`]));
          const lastIndex = s.values.findLastIndex((v) => v !== null);
          if (points.length === 0) return null;
          const colour = s.dashed ? "#1a1f24" : colours[k % colours.length];
          return (
            <g key={s.name}>
              <polyline points={points.join(" ")} fill="none" stroke={colour} strokeWidth={2} strokeDasharray={s.dashed ? "6 4" : undefined} />
              <text x={x(lastIndex) + 6} y={y(s.values[lastIndex]!) + 4} fontSize="11" fill={colour}>
                {s.name}
              </text>
            </g>
          );
        })}
      </svg>
      <ScrollTable label={`Verloop van ${indicator.name}`}>
        <table className="w-full border-collapse text-left" data-testid="trendtabel">
          <caption className="mb-2 text-left font-semibold">Verloop van {indicator.name} per buurt</caption>
          <TableHead columns={["Buurt", ...labels.map((l) => ({ label: l, right: true }))]} />
          <tbody>
            {trend.rows.map((r) => (
              <tr key={r.code} className="border-b border-gray-200">
                <th scope="row" className="py-2 pr-3 font-normal">
                  {r.name}
                </th>
                {r.values.map((v, i) => (
                  <td key={i} className="py-2 pr-3 text-right">
                    {formatFigure(v, indicator.unit, minN)}
                  </td>
                ))}
              </tr>
            ))}
            <tr className="font-semibold">
              <th scope="row" className="py-2 pr-3">
                Stad
              </th>
              {trend.city.map((v, i) => (
                <td key={i} className="py-2 pr-3 text-right">
                  {formatFigure(v, indicator.unit, minN)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </ScrollTable>
    </div>
  );
}
