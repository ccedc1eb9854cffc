// Dashboard: meldingen per buurt in the period, and per 1,000 inhabitants
// where the buurt's CBS figures are imported — the highest rates first, so
// a buurt that stands out is at the top. Each count links to its meldingen.
import Link from "next/link";
import { ScrollTable } from "@/components/scroll-table";
import { TableHead } from "@/components/table-head";
import type { Dashboard } from "@/lib/data/dashboard/get-dashboard";
import { ExportLinks } from "./export-links";
import type { DashboardLinks } from "./links";

const SHOWN = 15;
const rate = (v: number | null) => (v === null ? "geen cijfers" : v.toFixed(1).replace(".", ","));

export function MeldingenPerBuurt({ d, links, exportQuery }: { d: Dashboard; links: DashboardLinks; exportQuery: URLSearchParams }) {
  const { year, rows } = d.meldingen.perBuurt;
  const shown = rows.slice(0, SHOWN);
  return (
    <>
      <ScrollTable label="Meldingen per buurt">
        <table className="w-full border-collapse text-left">
          <caption className="text-left font-semibold">
            Per buurt{year ? `, per 1.000 inwoners (CBS ${year})` : ""}
            {rows.length > SHOWN ? ` — de ${SHOWN} hoogste van ${rows.length} buurten; alle in de export` : ""}
          </caption>
          <TableHead
            columns={["Buurt", { label: "Meldingen", right: true }, { label: "Inwoners", right: true }, { label: "Per 1.000 inwoners", right: true }]}
          />
          <tbody>
            {shown.map((b) => (
              <tr key={b.code} className="border-b border-gray-200">
                <th scope="row" className="py-1 pr-3 font-normal">
                  {b.name}
                </th>
                <td className="py-1 pr-3 text-right">
                  <Link href={links.meldingen({ buurt: b.code })}>{b.n}</Link>
                </td>
                <td className="py-1 pr-3 text-right">{b.inhabitants?.toLocaleString("nl-NL") ?? "—"}</td>
                <td className="py-1 text-right">{rate(b.perThousand)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      {!year && <p className="text-sm text-muted">Er zijn geen inwonertallen per buurt ingelezen (Beheer → Referentiecijfers); daarom alleen aantallen.</p>}
      <ExportLinks blok="meldingen-buurt" query={exportQuery} />
    </>
  );
}
