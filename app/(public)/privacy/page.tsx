// Privacy statement: what the portal keeps about residents and staff, why,
// for how long, and the rights residents have under the AVG (GDPR).
import type { Metadata } from "next";
import { config } from "@/lib/config";

export const metadata: Metadata = { title: "Privacy" };

export default function PrivacyPage() {
  const months = Number(process.env.RETENTION_MONTHS ?? 24);
  return (
    <article className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">Privacy</h1>
      <p>
        {config.municipalityName} is verantwoordelijk voor de gegevens in het Stadsdeelportaal. Wij verwerken alleen wat nodig is om
        bijeenkomsten te organiseren en u te laten weten wat er met uw inbreng is gebeurd (Algemene verordening gegevensbescherming, AVG).
      </p>
      <h2 className="text-xl font-semibold">Welke gegevens en waarom</h2>
      <ul className="list-disc pl-6">
        <li>Naam en e-mailadres: om uw aanmelding te bevestigen, u te herinneren en u het verslag en de evaluatie te sturen.</li>
        <li>Buurt of postcode en, als u dat wilt, uw leeftijdsgroep: alleen om te zien of we alle buurten en leeftijden bereiken. Dit wordt nooit per persoon getoond.</li>
        <li>Wat u aan tafel inbrengt wordt zonder uw naam vastgelegd en openbaar getoond met wat de gemeente ermee doet.</li>
        <li>Als u zich aanmeldt voor de groep bewoners die vaker mee wil praten, bewaren we uw toestemming met datum en tekstversie.</li>
      </ul>
      <h2 className="text-xl font-semibold">Hoe lang</h2>
      <p>
        {months} maanden na uw laatste bijeenkomst worden uw naam en e-mailadres verwijderd, tenzij u in de groep van mee-praters zit.
        Alleen de buurt en leeftijdsgroep blijven over, zonder dat ze tot u te herleiden zijn.
      </p>
      <h2 className="text-xl font-semibold">Uw rechten</h2>
      <p>
        Via de persoonlijke link in elke e-mail kunt u uw gegevens inzien, downloaden en laten verwijderen. U kunt ook altijd contact
        opnemen met de functionaris gegevensbescherming van de gemeente. Inzage door medewerkers in persoonsgegevens wordt vastgelegd.
      </p>
    </article>
  );
}
