// Public stadsdeel page: meldingen from its buurten over the last twelve
// months (from the portal and the municipal meldingen system alike): one
// line, then per month and per buurt folded open — counts only.
import { ScrollTable } from "@/components/scroll-table";
import { TableHead } from "@/components/table-head";
import type { getPublicMeldingen } from "@/lib/data/public/get-public-meldingen";
import { formatMonth } from "@/lib/format";

type Figures = Awaited<ReturnType<typeof getPublicMeldingen>>;
const cell = "py-1 pr-3 text-right";

export function PublicMeldingenSection({ stadsdeelName, figures }: { stadsdeelName: string; figures: Figures }) {
  const { total, closed, trend, perBuurt } = figures;
  const rated = perBuurt.rows.some((b) => b.perThousand !== null);
  return (
    <section aria-labelledby="meldingen-kop" className="space-y-2">
      <h2 id="meldingen-kop" className="text-xl font-semibold">
        Meldingen
      </h2>
      <p data-testid="openbare-meldingen">
        {total === 0
          ? `In de afgelopen twaalf maanden zijn er geen meldingen over de openbare ruimte in ${stadsdeelName} binnengekomen.`
          : `In de afgelopen twaalf maanden kwamen er ${total} meldingen over de openbare ruimte in ${stadsdeelName} binnen (via dit portaal en het meldingensysteem van de gemeente); ${closed} daarvan zijn inmiddels afgehandeld.`}
      </p>
      {total > 0 && (
        <details className="rounded border border-gray-300 p-3">
          <summary className="cursor-pointer text-brand underline">Per maand en per buurt</summary>
          <div className="mt-3 grid gap-6 md:grid-cols-2">
            <ScrollTable label="Meldingen per maand">
              <table className="w-full border-collapse text-left">
                <caption className="text-left font-semibold">Per maand</caption>
                <TableHead columns={["Maand", { label: "Binnengekomen", right: true }, { label: "Inmiddels afgehandeld", right: true }]} />
                <tbody>
                  {trend.map((r) => (
                    <tr key={r.month.toISOString()} className="border-b border-gray-200">
                      <th scope="row" className="py-1 pr-3 font-normal">
                        {formatMonth(r.month)}
                      </th>
                      <td className={cell}>{r.n}</td>
                      <td className={cell}>{r.closed}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
            <ScrollTable label="Meldingen per buurt">
              <table className="w-full border-collapse text-left">
                <caption className="text-left font-semibold">Per buurt{rated && perBuurt.year ? ` (per 1.000 inwoners: CBS ${perBuurt.year})` : ""}</caption>
                <TableHead columns={["Buurt", { label: "Meldingen", right: true }, ...(rated ? [{ label: "Per 1.000 inwoners", right: true }] : [])]} />
                <tbody>
                  {perBuurt.rows.map((b) => (
                    <tr key={b.code} className="border-b border-gray-200">
                      <th scope="row" className="py-1 pr-3 font-normal">
                        {b.name}
                      </th>
                      <td className={cell}>{b.n}</td>
                      {rated && <td className={cell}>{b.perThousand === null ? "—" : b.perThousand.toFixed(1).replace(".", ",")}</td>}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          </div>
        </details>
      )}
    </section>
  );
}
