// The stadsdeelanalyse as a table — the alternative to the map: per buurt
// the value, the city's value of the same period, the difference, n, the
// period and the source; the stadsdeel and the city as the last rows.
import { ScrollTable } from "@/components/scroll-table";
import { TableHead } from "@/components/table-head";
import type { Analyse } from "@/lib/data/indicators/get-analyse";
import { formatDifference, formatFigure, formatIndicatorPeriod } from "@/lib/indicators/format";

export function AnalyseTable({ analyse }: { analyse: Analyse & { indicator: NonNullable<Analyse["indicator"]> } }) {
  const { indicator, rows, city, own, minN, period, stadsdeel } = analyse;
  const unit = indicator.unit;
  const periodText = period ? formatIndicatorPeriod(period.start, period.end) : "—";
  const nText = (n: number | null) => (n === null ? "—" : n.toLocaleString("nl-NL"));
  return (
    <ScrollTable label={`${indicator.name} per buurt`}>
      <table className="w-full border-collapse text-left" data-testid="analysetabel">
        <caption className="mb-2 text-left font-semibold">
          {indicator.name} per buurt in {stadsdeel.name}, {periodText}
        </caption>
        <TableHead
          columns={[
            "Buurt",
            { label: "Waarde", right: true },
            { label: "Stad", right: true },
            { label: "Verschil met de stad", right: true },
            { label: "n", right: true },
            "Periode",
          ]}
        />
        <tbody>
          {rows.map((r) => (
            <tr key={r.code} className="border-b border-gray-200">
              <th scope="row" className="py-2 pr-3 font-normal">
                {r.name}
              </th>
              <td className="py-2 pr-3 text-right">{formatFigure(r, unit, minN)}</td>
              <td className="py-2 pr-3 text-right">{formatFigure(city, unit, minN)}</td>
              <td className="py-2 pr-3 text-right">{formatDifference(r.difference, unit)}</td>
              <td className="py-2 pr-3 text-right">{nText(r.n)}</td>
              <td className="py-2">{r.value === null && !r.suppressed ? "—" : periodText}</td>
            </tr>
          ))}
          <tr className="border-b border-gray-400 font-semibold">
            <th scope="row" className="py-2 pr-3">
              Stadsdeel {stadsdeel.name}
            </th>
            <td className="py-2 pr-3 text-right">{formatFigure(own, unit, minN)}</td>
            <td className="py-2 pr-3 text-right">{formatFigure(city, unit, minN)}</td>
            <td className="py-2 pr-3 text-right">
              {formatDifference(own?.value != null && city?.value != null ? Math.round((own.value - city.value) * 10) / 10 : null, unit)}
            </td>
            <td className="py-2 pr-3 text-right">{nText(own?.n ?? null)}</td>
            <td className="py-2">{own?.value != null ? periodText : "—"}</td>
          </tr>
        </tbody>
      </table>
    </ScrollTable>
  );
}
