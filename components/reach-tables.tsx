// Reach tables: participants per buurt and per age band, with the share of
// inhabitants where reference figures exist (and saying so where they don't).
import type { Reach } from "@/lib/data/reach/build-reach";
import { TableHead } from "@/components/table-head";
import { ageBandShortLabels } from "@/lib/format";
import { ScrollTable } from "@/components/scroll-table";

const pct = (v: number | null) => (v === null ? "—" : `${Math.round(v * 100)}%`);
const ageLabels = ageBandShortLabels;

export function ReachTables({ reach }: { reach: Reach }) {
  return (
    <div className="space-y-4">
      <p>
        {reach.total} deelnemers (verschillende bewoners), van wie {reach.repeat} vaker dan één keer aanwezig waren
        {reach.pool !== null ? `; ${reach.pool} bewoners in de groep die vaker mee wil praten` : ""}.
      </p>
      <ScrollTable label="Deelnemers per buurt">
        <table className="w-full border-collapse text-left">
          <caption className="text-left font-semibold">Per buurt</caption>
          <TableHead
            columns={[
              "Buurt",
              { label: "Deelnemers", right: true },
              { label: "Aandeel", right: true },
              { label: reach.buurtYear ? `Aandeel inwoners (CBS ${reach.buurtYear})` : "Aandeel inwoners", right: true },
            ]}
          />
          <tbody>
            {reach.byBuurt.map((b) => (
              <tr key={b.name} className="border-b border-gray-200">
                <th scope="row" className="py-1 pr-3 font-normal">
                  {b.name}
                </th>
                <td className="py-1 pr-3 text-right">{b.n}</td>
                <td className="py-1 pr-3 text-right">{pct(b.share)}</td>
                <td className="py-1 text-right">{pct(b.populationShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      {!reach.hasBuurtPopulation && (
        <p className="text-sm text-muted">
          Geen referentiecijfers per buurt geïmporteerd (CBS Kerncijfers wijken en buurten); daarom staat bij aandeel inwoners een streepje.
        </p>
      )}
      <ScrollTable label="Deelnemers per leeftijdsgroep">
        <table className="w-full border-collapse text-left">
          <caption className="text-left font-semibold">Per leeftijdsgroep</caption>
          <TableHead
            columns={[
              "Leeftijd",
              { label: "Deelnemers", right: true },
              { label: "Aandeel", right: true },
              { label: "Aandeel inwoners (gemeente)", right: true },
            ]}
          />
          <tbody>
            {reach.byAge.map((a) => (
              <tr key={a.band} className="border-b border-gray-200">
                <th scope="row" className="py-1 pr-3 font-normal">
                  {ageLabels[a.band]}
                </th>
                <td className="py-1 pr-3 text-right">{a.n}</td>
                <td className="py-1 pr-3 text-right">{pct(a.share)}</td>
                <td className="py-1 text-right">{pct(a.populationShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      {(reach.biggestGaps.age || reach.biggestGaps.buurt) && (
        <p data-testid="grootste-gat">
          Grootste achterstand in bereik:{" "}
          {reach.biggestGaps.age &&
            `leeftijd ${ageLabels[reach.biggestGaps.age.band]} (${pct(reach.biggestGaps.age.share)} van de deelnemers tegen ${pct(reach.biggestGaps.age.populationShare)} van de inwoners)`}
          {reach.biggestGaps.age && reach.biggestGaps.buurt ? "; " : ""}
          {reach.biggestGaps.buurt &&
            `buurt ${reach.biggestGaps.buurt.name} (${pct(reach.biggestGaps.buurt.share)} tegen ${pct(reach.biggestGaps.buurt.populationShare)})`}
          .
        </p>
      )}
      <p className="text-sm text-muted">
        {reach.unknownAge} deelnemers gaven geen leeftijd op. Bron inwoners per leeftijd: {reach.ageSource ?? "geen referentiecijfers geïmporteerd"}.
      </p>
    </div>
  );
}
