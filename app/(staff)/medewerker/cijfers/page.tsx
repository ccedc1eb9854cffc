// Cijfers en indicatoren: the catalogue of the stadsdeelanalyse (what each
// indicator is, its source and how many values it has), the way to each
// stadsdeel's analyse, and — for those who may — a peiling import
// (regisseur for their stadsdelen, beheerder), the CBS Kerncijfers import
// and a new indicator (beheerder).
import type { Metadata } from "next";
import Link from "next/link";
import { CbsKerncijfersForm, IndicatorForm, PeilingImportForm } from "@/components/forms/indicator-forms";
import { ScrollTable } from "@/components/scroll-table";
import { TableHead } from "@/components/table-head";
import { importCbsKerncijfers } from "@/lib/actions/indicator/import-cbs-kerncijfers";
import { importPeiling } from "@/lib/actions/indicator/import-peiling";
import { saveIndicator } from "@/lib/actions/indicator/save-indicator";
import { requireUser } from "@/lib/auth/current-user";
import { orRefuse } from "@/lib/auth/refuse";
import { listReadableStadsdelen } from "@/lib/data/areas/list-readable-stadsdelen";
import { listIndicators } from "@/lib/data/indicators/list-indicators";
import { formatDate } from "@/lib/format";
import { kindLabels, unitLabels } from "@/lib/validation/indicator";

export const metadata: Metadata = { title: "Cijfers en indicatoren" };

export default async function CijfersPage() {
  const user = await requireUser();
  const [indicators, stadsdelen] = await Promise.all([orRefuse(listIndicators(user)), listReadableStadsdelen(user)]);
  const beheerder = user.role === "BEHEERDER";
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">Cijfers en indicatoren</h1>
      {stadsdelen.length > 0 && (
        <nav aria-label="Stadsdeelanalyse per stadsdeel">
          <p className="font-semibold">Stadsdeelanalyse:</p>
          <ul className="flex flex-wrap gap-x-4">
            {stadsdelen.map((s) => (
              <li key={s.id}>
                <Link href={`/medewerker/stadsdelen/${s.slug}/analyse`}>{s.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {(beheerder || user.role === "STADSDEELREGISSEUR") && (
        <section aria-labelledby="peiling-kop" className="space-y-3">
          <h2 id="peiling-kop" className="text-xl font-semibold">
            Peiling of andere cijfers importeren
          </h2>
          <p className="max-w-3xl">
            {beheerder ? "Voor alle gebieden." : "Voor de buurten, wijken en stadsdelen waar u regisseur bent, en het cijfer van de hele stad."} Dezelfde
            indicator, hetzelfde gebied en dezelfde periode nog eens vervangt de waarde.
          </p>
          <PeilingImportForm action={importPeiling} />
        </section>
      )}
      <section aria-labelledby="catalogus-kop" className="space-y-3">
        <h2 id="catalogus-kop" className="text-xl font-semibold">
          Indicatoren ({indicators.length})
        </h2>
        <ScrollTable label="Indicatoren">
          <table className="w-full border-collapse text-left" data-testid="indicatoren">
            <TableHead columns={["Indicator", "Code", "Eenheid", "Soort", "Bron", { label: "Waarden", right: true }, "Laatste periode tot"]} />
            <tbody>
              {indicators.map((i) => (
                <tr key={i.id} className="border-b border-gray-200">
                  <td className="py-2 pr-3">
                    {i.name}
                    {i.derived ? " (berekend door het portaal)" : ""}
                  </td>
                  <td className="py-2 pr-3">{i.code}</td>
                  <td className="py-2 pr-3">{unitLabels[i.unit]}</td>
                  <td className="py-2 pr-3">{kindLabels[i.kind].split(" (")[0]}</td>
                  <td className="py-2 pr-3">
                    {i.source}
                    {i.cbsKey ? ` (${i.cbsKey})` : ""}
                  </td>
                  <td className="py-2 pr-3 text-right">{i.values}</td>
                  <td className="py-2">{i.latest ? formatDate(i.latest) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </section>
      {beheerder && (
        <>
          <section aria-labelledby="kwb-kop" className="space-y-3">
            <h2 id="kwb-kop" className="text-xl font-semibold">
              CBS Kerncijfers wijken en buurten importeren
            </h2>
            <CbsKerncijfersForm action={importCbsKerncijfers} defaultYear={new Date().getFullYear() - 2} />
          </section>
          <section aria-labelledby="nieuw-kop" className="space-y-3">
            <h2 id="nieuw-kop" className="text-xl font-semibold">
              Indicator toevoegen of wijzigen
            </h2>
            <IndicatorForm action={saveIndicator} />
          </section>
        </>
      )}
    </div>
  );
}
