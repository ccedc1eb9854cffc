// Beheer: the municipality's own details, shown in the header, mails, the
// privacy statement and the accessibility statement.
import type { Metadata } from "next";
import { GemeenteForm } from "@/components/forms/gemeente-form";
import { saveGemeente } from "@/lib/actions/beheer/save-gemeente";
import { requireUser } from "@/lib/auth/current-user";
import { orRefuse } from "@/lib/auth/refuse";
import { getGemeenteForBeheer } from "@/lib/data/gemeente/get-gemeente";

export const metadata: Metadata = { title: "Gemeente" };

export default async function GemeentePage() {
  const user = await requireUser();
  const gemeente = await orRefuse(getGemeenteForBeheer(user));
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Gemeente</h1>
      <p>Deze gegevens staan bovenaan elke pagina, onder elke e-mail, op de privacypagina en in de toegankelijkheidsverklaring.</p>
      {!gemeente.saved && (
        <p className="rounded border border-brand bg-blue-50 p-3">
          Nog niet opgeslagen: hieronder staan de standaardwaarden uit de instellingen van de server (MUNICIPALITY_NAME en verwante). Controleer ze en sla ze
          op.
        </p>
      )}
      <GemeenteForm action={saveGemeente} initial={gemeente} />
    </div>
  );
}
