// The accessibility statement (toegankelijkheidsverklaring), required for
// Dutch government websites.
import type { Metadata } from "next";
import { config } from "@/lib/config";

export const metadata: Metadata = { title: "Toegankelijkheid" };

export default function ToegankelijkheidPage() {
  return (
    <article className="prose max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">Toegankelijkheid</h1>
      <p>
        {config.municipalityName} wil dat iedereen het Stadsdeelportaal kan gebruiken. Overheidswebsites moeten voldoen aan de
        Europese norm EN 301 549, die verwijst naar de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau AA.
      </p>
      <h2 className="text-xl font-semibold">Status</h2>
      <p>
        Het portaal is in ontwikkeling en is nog niet door een onafhankelijke partij onderzocht. Wat wij zelf doen: elke pagina wordt bij
        elke wijziging automatisch getoetst met axe-core (nul overtredingen is de eis), alle functies werken met het toetsenbord, en elke
        kaart heeft een lijst of formulier met dezelfde informatie en handelingen.
      </p>
      <h2 className="text-xl font-semibold">Bekende beperkingen</h2>
      <ul className="list-disc pl-6">
        <li>De achtergrondkaart (PDOK) is een afbeelding; de gebieden op de kaart staan daarom ook altijd in een lijst op dezelfde pagina.</li>
        <li>Een onafhankelijk toegankelijkheidsonderzoek en de officiële verklaring in het register van DigiToegankelijk volgen.</li>
      </ul>
      <h2 className="text-xl font-semibold">Iets niet bruikbaar?</h2>
      <p>
        Laat het ons weten via het algemene contactformulier of telefoonnummer 14 043 van de gemeente. We reageren binnen vijf werkdagen
        en zoeken samen met u een oplossing.
      </p>
    </article>
  );
}
