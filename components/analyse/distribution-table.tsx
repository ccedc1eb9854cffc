// For a survey item: how the answers were spread per buurt and in the city
// (in per cent), for the latest period — the figure in the table above is
// one of these categories. Hidden values stay hidden.
import { ScrollTable } from "@/components/scroll-table";
import { TableHead } from "@/components/table-head";
import type { Analyse } from "@/lib/data/indicators/get-analyse";

const pct = (v: number | undefined) => (v === undefined ? "—" : `${v.toLocaleString("nl-NL", { maximumFractionDigits: 1 })} %`);

export function DistributionTable({ analyse }: { analyse: Analyse }) {
  const rows = [...analyse.rows.map((r) => ({ name: r.name, d: r.distribution })), { name: "Stad", d: analyse.city?.distribution }];
  const categories = [...new Set(rows.flatMap((r) => Object.keys(r.d ?? {})))];
  if (categories.length === 0) return null;
  return (
    <ScrollTable label="Verdeling van de antwoorden">
      <table className="w-full border-collapse text-left" data-testid="verdeling">
        <caption className="mb-2 text-left font-semibold">Verdeling van de antwoorden</caption>
        <TableHead columns={["Gebied", ...categories.map((c) => ({ label: c, right: true }))]} />
        <tbody>
          {rows
            .filter((r) => r.d)
            .map((r) => (
              <tr key={r.name} className="border-b border-gray-200">
                <th scope="row" className="py-2 pr-3 font-normal">
                  {r.name}
                </th>
                {categories.map((c) => (
                  <td key={c} className="py-2 pr-3 text-right">
                    {pct(r.d?.[c])}
                  </td>
                ))}
              </tr>
            ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
