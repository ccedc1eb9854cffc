// Privacy statement in plain Dutch (B1): what the portal keeps about
// residents, why, who sees it, for how long, and the residents' rights under
// the AVG — written to match what the code does (lib/privacy/categories.ts,
// lib/registration/erase-person.ts, lib/jobs/apply-retention.ts).
import type { Metadata } from "next";
import Link from "next/link";
import { getGemeente } from "@/lib/data/gemeente/get-gemeente";

export const metadata: Metadata = { title: "Privacy" };

export default async function PrivacyPage() {
  const gemeente = await getGemeente();
  const months = Number(process.env.RETENTION_MONTHS ?? 24);
  const mailDays = Number(process.env.OUTBOX_BODY_DAYS ?? 7);
  return (
    <article className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">Privacy</h1>
      <p>
        {gemeente.name} is verantwoordelijk voor de gegevens in het Stadsdeelportaal. We gebruiken alleen wat nodig is om bijeenkomsten te organiseren en u te
        laten weten wat er met uw inbreng is gebeurd. Dat regelt de wet: de Algemene verordening gegevensbescherming (AVG).
      </p>

      <h2 className="text-xl font-semibold">Welke gegevens en waarom</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>Uw naam en e-mailadres: om uw aanmelding te bevestigen, u te herinneren, en u het verslag en een korte evaluatie te sturen.</li>
        <li>
          Uw buurt of postcode, en als u wilt uw leeftijdsgroep: om te zien of we alle buurten en leeftijden bereiken. Dat tonen we alleen als aantallen, nooit
          per persoon.
        </li>
        <li>Wat u nodig heeft (bijvoorbeeld een rolstoelplek of een tolk) en wat u zelf opschrijft: zodat de bijeenkomst voor u goed te doen is.</li>
        <li>Wat u aan tafel inbrengt, leggen we vast zonder uw naam. Dat is openbaar, samen met wat de gemeente ermee doet.</li>
        <li>Wilt u vaker meepraten? Dat zetten we pas aan als u het bevestigt via de link in een e-mail. We bewaren dan uw toestemming, met datum.</li>
      </ul>

      <h2 className="text-xl font-semibold">Niemand kan u zomaar aanmelden of wijzigen</h2>
      <p>
        Meldt iemand anders zich aan met uw e-mailadres, dan veranderen uw naam en andere gegevens niet. U krijgt een e-mail, met de knop &quot;Dit was ik
        niet&quot;. Daarmee maakt u de aanmelding ongedaan en verwijderen we wat erbij was ingevuld.
      </p>

      <h2 className="text-xl font-semibold">Wie ziet uw gegevens</h2>
      <p>
        Alleen de stadsdeelregisseur die de bijeenkomst organiseert, en de beheerder van het portaal. Wethouders en afdelingen zien alleen aantallen. Als een
        medewerker namen bekijkt of een deelnemerslijst downloadt, leggen we dat vast.
      </p>

      <h2 className="text-xl font-semibold">Uw persoonlijke link</h2>
      <p>
        In elke e-mail staat een persoonlijke link. Die bevat geen e-mailadres, alleen een willekeurige code, en werkt een beperkte tijd. Kwijt, of bang dat
        iemand anders de link heeft? <Link href="/mijn">Vraag een nieuwe link aan</Link>; de oude werken dan niet meer.
      </p>

      <h2 className="text-xl font-semibold">Hoe lang we gegevens bewaren</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          {months} maanden na uw laatste bijeenkomst verwijderen we uw naam, e-mailadres, postcode, wat u zelf schreef en uw links. Zit u in de groep van
          mee-praters, dan pas als u zich afmeldt.
        </li>
        <li>Verstuurde e-mails bewaren we {mailDays} dagen; daarna alleen nog de soort en de datum.</li>
        <li>
          Om misbruik tegen te gaan tellen we kort hoe vaak er vanaf een internetadres wordt aangemeld. Dat slaan we onleesbaar op (als hash) en verwijderen we
          binnen een dag.
        </li>
        <li>Wat blijft: uw buurt en leeftijdsgroep, zonder dat ze nog bij u horen.</li>
      </ul>

      <h2 className="text-xl font-semibold">Uw rechten</h2>
      <p>
        Via uw persoonlijke link ziet u al uw gegevens, kunt u ze downloaden en kunt u ze laten verwijderen. Dat verwijderen gebeurt meteen en overal. Geen
        uitnodigingen meer? Gebruik de afmeldlink in de e-mail en kies de knop. Vragen of een klacht? Neem contact op met de functionaris gegevensbescherming
        van de gemeente{gemeente.privacyOfficerName ? `, ${gemeente.privacyOfficerName}` : ""}:{" "}
        <a href={`mailto:${gemeente.privacyOfficerEmail}`}>{gemeente.privacyOfficerEmail}</a>. U kunt ook een klacht indienen bij de{" "}
        <a href="https://autoriteitpersoonsgegevens.nl">Autoriteit Persoonsgegevens</a>.
      </p>
      <h2 className="text-xl font-semibold">Contact</h2>
      <p>
        {gemeente.name}: <a href={`mailto:${gemeente.contactEmail}`}>{gemeente.contactEmail}</a>
        {gemeente.contactPhone ? `, telefoon ${gemeente.contactPhone}` : ""}
        {gemeente.postalAddress ? `; post: ${gemeente.postalAddress}` : ""}.
      </p>
    </article>
  );
}
