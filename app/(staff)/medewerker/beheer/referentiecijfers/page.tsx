// Beheer: the CBS reference figures reach is set against — which years are
// in, for how many buurten — and an upload of CBS Kerncijfers per year.
import type { Metadata } from "next";
import { PopulationImportForm } from "@/components/forms/population-import-form";
import { LastImport } from "@/components/last-import";
import { TableHead } from "@/components/table-head";
import { importPopulationFile } from "@/lib/actions/beheer/import-population-file";
import { requireUser } from "@/lib/auth/current-user";
import { orRefuse } from "@/lib/auth/refuse";
import { getPopulationOverview } from "@/lib/data/beheer/get-reference-data";
import { amsterdamYearMonth } from "@/lib/datetime";
import { ScrollTable } from "@/components/scroll-table";

export const metadata: Metadata = { title: "Referentiecijfers (CBS)" };

const levelLabels = { BUURT: "Buurten", WIJK: "Wijken", GEMEENTE: "Gemeente" } as const;

export default async function ReferenceFiguresPage() {
  const user = await requireUser();
  const overview = await orRefuse(getPopulationOverview(user));
  const latestBuurtYear = overview.years.find((y) => y.level === "BUURT")?.year;
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">Referentiecijfers (CBS)</h1>
      <p>
        Het bereik van bijeenkomsten wordt vergeleken met het aantal inwoners per buurt en per leeftijdsgroep. Het portaal gebruikt steeds het laatste jaar dat
        hier staat{latestBuurtYear ? ` (nu ${latestBuurtYear})` : ""}; de schermen noemen dat jaar.
      </p>
      <section aria-labelledby="jaren-kop" className="space-y-2">
        <h2 id="jaren-kop" className="text-xl font-semibold">
          Aanwezige cijfers
        </h2>
        {overview.years.length === 0 ? (
          <p>Er zijn nog geen referentiecijfers. Zonder cijfers toont het portaal het bereik zonder vergelijking met de inwoners.</p>
        ) : (
          <ScrollTable label="Aanwezige cijfers">
            <table className="w-full max-w-2xl border-collapse text-left">
              <TableHead columns={["Jaar", "Niveau", { label: "Gebieden", right: true }, { label: "Inwoners", right: true }]} />
              <tbody>
                {overview.years.map((y) => (
                  <tr key={`${y.level}-${y.year}`} className="border-b border-gray-200">
                    <td className="py-2 pr-3">{y.year}</td>
                    <td className="py-2 pr-3">{levelLabels[y.level]}</td>
                    <td className="py-2 pr-3 text-right">{y.level === "BUURT" ? `${y.areas} van ${overview.buurten}` : y.areas}</td>
                    <td className="py-2 pr-3 text-right">{y.inhabitants.toLocaleString("nl-NL")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )}
        <LastImport last={overview.last} />
      </section>
      <section aria-labelledby="cbs-kop" className="space-y-3">
        <h2 id="cbs-kop" className="text-xl font-semibold">
          Cijfers importeren
        </h2>
        {overview.buurten === 0 ? (
          <p>Importeer eerst de gebiedsindeling: cijfers horen bij buurten die het portaal kent.</p>
        ) : (
          <PopulationImportForm action={importPopulationFile} defaultYear={amsterdamYearMonth(new Date()).y - 1} />
        )}
      </section>
    </div>
  );
}
