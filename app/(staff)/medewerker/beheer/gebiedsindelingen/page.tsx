// Beheer: afwijkende gebiedsindelingen — how departments and partners divide
// the city themselves (sociale-teams deelgebieden, police districts, a
// corporation's working area), each as units of buurten with an owner and
// validity, and the CSV upload with preview. The staff stadsdeel page shows
// the units that overlap it under "Valt ook onder".
import type { Metadata } from "next";
import { GebiedsindelingForm } from "@/components/forms/gebiedsindeling-form";
import { importGebiedsindeling } from "@/lib/actions/beheer/import-gebiedsindeling";
import { requireUser } from "@/lib/auth/current-user";
import { orRefuse } from "@/lib/auth/refuse";
import { listGebiedsindelingen } from "@/lib/data/beheer/list-gebiedsindelingen";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Afwijkende gebiedsindelingen" };

export default async function GebiedsindelingenPage() {
  const user = await requireUser();
  const { indelingen, owners } = await orRefuse(listGebiedsindelingen(user));
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">Afwijkende gebiedsindelingen</h1>
      <p className="max-w-3xl">
        Afdelingen en partners werken vaak met hun eigen indeling van de stad. Zet die hier als eenheden van buurten; op de pagina van elk stadsdeel staat dan
        onder ‘Valt ook onder’ welke eenheden en eigenaren erbij horen — wie u aan de stadsdeeltafel uitnodigt.
      </p>
      <section aria-labelledby="indelingen-kop" className="space-y-3">
        <h2 id="indelingen-kop" className="text-xl font-semibold">
          Indelingen
        </h2>
        {indelingen.length === 0 ? (
          <p>Er zijn nog geen afwijkende gebiedsindelingen.</p>
        ) : (
          <ul className="space-y-3">
            {indelingen.map((i) => (
              <li key={i.id} className="rounded border border-gray-300 p-3">
                <h3 className="font-semibold">{i.name}</h3>
                <p>
                  Van {i.ownerDepartment?.name ?? i.ownerOrganisation?.name}; geldig vanaf {formatDate(i.validFrom)}
                  {i.validTo ? ` tot en met ${formatDate(i.validTo)}` : ""}.
                </p>
                <p>
                  {i.eenheden.length} eenheden:{" "}
                  {i.eenheden.map((e) => `${e.name} (${e._count.buurten} ${e._count.buurten === 1 ? "buurt" : "buurten"})`).join(", ")}.
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="upload-kop" className="space-y-3">
        <h2 id="upload-kop" className="text-xl font-semibold">
          Indeling toevoegen of vervangen
        </h2>
        <GebiedsindelingForm action={importGebiedsindeling} owners={owners} />
      </section>
    </div>
  );
}
