// The accessibility statement (toegankelijkheidsverklaring), required for
// Dutch government websites: the status, evaluation date and register link
// the beheerder keeps under Beheer → Gemeente, what the portal itself does,
// and whom to tell when something does not work.
import type { Metadata } from "next";
import { getGemeente } from "@/lib/data/gemeente/get-gemeente";
import { formatDate } from "@/lib/format";
import { accessibilityStatuses } from "@/lib/gemeente";

export const metadata: Metadata = { title: "Toegankelijkheid" };

export default async function ToegankelijkheidPage() {
  const gemeente = await getGemeente();
  return (
    <article className="prose max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">Toegankelijkheid</h1>
      <p>
        {gemeente.name} wil dat iedereen het Stadsdeelportaal kan gebruiken. Overheidswebsites moeten voldoen aan de Europese norm EN 301 549, die verwijst naar
        de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau AA.
      </p>
      <h2 className="text-xl font-semibold">Status</h2>
      <p>
        Status van de toegankelijkheidsverklaring:{" "}
        <strong>
          {gemeente.accessibilityStatus} — {accessibilityStatuses[gemeente.accessibilityStatus].toLowerCase()}
        </strong>
        .
        {gemeente.accessibilityEvaluatedOn
          ? ` Laatst onderzocht op ${formatDate(gemeente.accessibilityEvaluatedOn)}.`
          : " Er is nog geen onafhankelijk onderzoek gedaan."}
        {gemeente.accessibilityReportUrl && (
          <>
            {" "}
            De verklaring staat in het <a href={gemeente.accessibilityReportUrl}>register van DigiToegankelijk</a>.
          </>
        )}
      </p>
      <p>
        Wat het portaal zelf doet: elke pagina wordt bij elke wijziging automatisch getoetst met axe-core (nul overtredingen is de eis), alle functies werken
        met het toetsenbord, en elke kaart heeft een lijst of formulier met dezelfde informatie en handelingen.
      </p>
      <h2 className="text-xl font-semibold">Bekende beperkingen</h2>
      <ul className="list-disc pl-6">
        <li>De achtergrondkaart (PDOK) is een afbeelding; de gebieden op de kaart staan daarom ook altijd in een lijst op dezelfde pagina.</li>
      </ul>
      <h2 className="text-xl font-semibold">Iets niet bruikbaar?</h2>
      <p>
        Laat het ons weten via <a href={`mailto:${gemeente.contactEmail}`}>{gemeente.contactEmail}</a>
        {gemeente.contactPhone ? ` of telefoon ${gemeente.contactPhone}` : ""}. We reageren binnen vijf werkdagen en zoeken samen met u een oplossing.
      </p>
    </article>
  );
}
