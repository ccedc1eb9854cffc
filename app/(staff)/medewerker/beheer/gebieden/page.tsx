// Beheer: the gebiedsindeling — the stadsdelen and buurten now, and a
// GeoJSON upload with a preview of every change before it is applied.
import type { Metadata } from "next";
import Link from "next/link";
import { AreaImportForm } from "@/components/forms/area-import-form";
import { LastImport } from "@/components/last-import";
import { TableHead } from "@/components/table-head";
import { importAreaFile } from "@/lib/actions/beheer/import-area-file";
import { requireUser } from "@/lib/auth/current-user";
import { orRefuse } from "@/lib/auth/refuse";
import { getAreaOverview } from "@/lib/data/beheer/get-reference-data";
import { ScrollTable } from "@/components/scroll-table";

export const metadata: Metadata = { title: "Gebiedsindeling" };

export default async function AreasPage() {
  const user = await requireUser();
  const overview = await orRefuse(getAreaOverview(user));
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">Gebiedsindeling</h1>
      <section aria-labelledby="nu-kop" className="space-y-2">
        <h2 id="nu-kop" className="text-xl font-semibold">
          Nu in gebruik
        </h2>
        {overview.stadsdelen.length === 0 ? (
          <p>Er is nog geen gebiedsindeling. Importeer hieronder de buurten van uw gemeente met hun stadsdeel.</p>
        ) : (
          <>
            <p>
              {overview.stadsdelen.length} stadsdelen, {overview.wijken} wijken en {overview.buurten} buurten.
            </p>
            <ScrollTable label="Stadsdelen">
              <table className="w-full max-w-xl border-collapse text-left">
                <TableHead columns={["Stadsdeel", { label: "Buurten", right: true }]} />
                <tbody>
                  {overview.stadsdelen.map((s) => (
                    <tr key={s.id} className="border-b border-gray-200">
                      <td className="py-2 pr-3">
                        <Link href={`/stadsdelen/${s.slug}`}>{s.name}</Link>
                      </td>
                      <td className="py-2 pr-3 text-right">{s._count.buurten}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          </>
        )}
        <LastImport last={overview.last} />
      </section>
      <section aria-labelledby="import-kop" className="space-y-3">
        <h2 id="import-kop" className="text-xl font-semibold">
          Indeling importeren of bijwerken
        </h2>
        <p>
          Gebruik de buurtgrenzen van het CBS (<em>Wijk- en buurtkaart</em>) met per buurt het stadsdeel waartoe hij hoort. U ziet eerst wat er verandert; pas
          na &lsquo;Indeling toepassen&rsquo; wordt alles in één keer opgeslagen. Een buurt of stadsdeel waar nog inbreng, bewoners, meldingen, agendapunten of
          bijeenkomsten naar verwijzen, kan niet verdwijnen.
        </p>
        <AreaImportForm action={importAreaFile} />
      </section>
    </div>
  );
}
