// Beheer: the partner organisations of the stadsdeeltafels (police, housing
// corporations, welzijn, …) — they can own acties and be involved in
// dossiers. Adding one here; log-ins for partners come with the overleggen.
import type { Metadata } from "next";
import { OrganisationForm } from "@/components/forms/dossier-forms";
import { ScrollTable } from "@/components/scroll-table";
import { TableHead } from "@/components/table-head";
import { saveOrganisation } from "@/lib/actions/beheer/save-organisation";
import { requireUser } from "@/lib/auth/current-user";
import { orRefuse } from "@/lib/auth/refuse";
import { listOrganisations } from "@/lib/data/dossiers/list-dossier-choices";
import { organisationKindLabels } from "@/lib/format";

export const metadata: Metadata = { title: "Partnerorganisaties" };

export default async function OrganisatiesPage() {
  const user = await requireUser();
  const organisations = await orRefuse(listOrganisations(user));
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Partnerorganisaties</h1>
      <p className="max-w-3xl">
        Organisaties buiten de gemeente die aan de stadsdeeltafels meedoen. Ze kunnen eigenaar zijn van een actie en betrokken zijn bij een dossier.
      </p>
      <OrganisationForm action={saveOrganisation} kinds={Object.entries(organisationKindLabels).map(([value, label]) => ({ value, label }))} />
      {organisations.length === 0 ? (
        <p>Nog geen organisaties.</p>
      ) : (
        <ScrollTable label="Partnerorganisaties">
          <table className="w-full border-collapse text-left">
            <TableHead columns={["Naam", "Soort", { label: "Dossiers", right: true }, { label: "Acties", right: true }]} />
            <tbody>
              {organisations.map((o) => (
                <tr key={o.id} className="border-b border-gray-200">
                  <td className="py-2 pr-3">{o.name}</td>
                  <td className="py-2 pr-3">{organisationKindLabels[o.kind]}</td>
                  <td className="py-2 pr-3 text-right">{o._count.dossiers}</td>
                  <td className="py-2 text-right">{o._count.acties}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </div>
  );
}
