// The categories of personal data the portal holds (AVG art. 30), with
// purpose, legal basis, retention and who may see them — the text of the
// verwerkingsregister. Which columns belong to each category is marked in
// prisma/schema.prisma (`/// @avg <category>`), read by schema-markers.ts.
export type Category = { label: string; purpose: string; basis: string; retention: string; access: string; erasedWithPerson: boolean };

export const categories: Record<string, Category> = {
  "bewoner.contact": {
    label: "Naam, e-mailadres en postcode van bewoners",
    purpose:
      "Aanmelden voor bijeenkomsten, bevestiging, herinnering, verslag en evaluatie sturen; uitnodigingen voor wie vaker wil meepraten; agenda en besluitenlijst voor bewoners die lid zijn van een overleg (stadsdeeltafel, procesteam, kerngroep).",
    basis:
      "Toestemming (art. 6 lid 1a AVG), vastgelegd bij de aanmelding; voor de groep van mee-praters en voor het lidmaatschap van een overleg na bevestiging door de bewoner zelf via de e-mail.",
    retention:
      "Tot de bewoner de gegevens verwijdert, anders tot RETENTION_MONTHS (standaard 24) maanden na de laatste bijeenkomst of het einde van het lidmaatschap, zolang niet in de groep van mee-praters of lid van een overleg. Een niet binnen 14 dagen beantwoorde uitnodiging voor een overleg vervalt; wie verder niets bij ons heeft, wordt dan meteen verwijderd.",
    access:
      'De stadsdeelregisseur van de bijeenkomst en de beheerder; bij een overleg wie het leidt (voorzitter, secretaris, regisseur). Nooit wethouders, afdelingen of partners (die zien "bewoner").',
    erasedWithPerson: true,
  },
  "bewoner.vrije-tekst": {
    label: "Vrije tekst van bewoners: bijzondere wensen, evaluatieopmerkingen, reacties op het verslag",
    purpose: "De bijeenkomst toegankelijk maken, de bijeenkomsten verbeteren, het verslag corrigeren.",
    basis: "Toestemming (art. 6 lid 1a AVG).",
    retention: "Samen met naam en e-mailadres verwijderd.",
    access: "De stadsdeelregisseur van de bijeenkomst en de beheerder.",
    erasedWithPerson: true,
  },
  "bewoner.behoeften": {
    label: "Gekozen voorzieningen bij een aanmelding (rolstoel, ringleiding, tolk …)",
    purpose: "De bijeenkomst toegankelijk inrichten.",
    basis: "Toestemming (art. 6 lid 1a AVG).",
    retention: "Na verwijdering van de persoon blijven alleen aantallen, niet te herleiden.",
    access: "De stadsdeelregisseur van de bijeenkomst en de beheerder per persoon; anderen alleen als aantallen.",
    erasedWithPerson: false,
  },
  "bewoner.statistiek": {
    label: "Leeftijdsgroep (en buurt) van deelnemers",
    purpose: "Nagaan wie de gemeente bereikt en wie niet (participatiebereik).",
    basis: "Toestemming (art. 6 lid 1a AVG); optioneel.",
    retention: "Blijft na verwijdering van naam en e-mailadres, zonder te herleiden persoon.",
    access: "Alleen als aantallen, voor regisseurs, wethouders en beheerder.",
    erasedWithPerson: false,
  },
  "bewoner.berichten": {
    label: "Inhoud van e-mails aan bewoners (met hun naam en persoonlijke links)",
    purpose: "E-mails betrouwbaar versturen, ook als de mailserver even niet werkt.",
    basis: "Toestemming (art. 6 lid 1a AVG) voor de aanmelding waar de e-mail bij hoort.",
    retention: "Tot OUTBOX_BODY_DAYS (standaard 7) dagen na verzending; daarna blijven alleen soort, status en datum.",
    access: "De beheerder, zonder werkende links.",
    erasedWithPerson: true,
  },
  "bewoner.links": {
    label: "Persoonlijke links in e-mails (alleen een hash van de willekeurige code)",
    purpose: "Bewoners zonder account hun aanmeldingen en gegevens laten beheren.",
    basis: "Toestemming (art. 6 lid 1a AVG).",
    retention: "Tot de link verloopt (30 tot 365 dagen), wordt ingetrokken, of de persoon wordt verwijderd.",
    access: "Niemand: de code staat alleen in de e-mail aan de bewoner.",
    erasedWithPerson: true,
  },
  beveiliging: {
    label: "Tellers tegen misbruik (hash van IP-adres of e-mailadres)",
    purpose: "Te veel aanmeldingen of inlogpogingen tegenhouden.",
    basis: "Gerechtvaardigd belang (art. 6 lid 1f AVG): de dienst beschermen.",
    retention: "Tot het venster verloopt (10 minuten tot 1 uur); verlopen tellers worden dagelijks verwijderd.",
    access: "Niemand.",
    erasedWithPerson: true,
  },
  medewerker: {
    label: "Naam, e-mailadres, wachtwoordhash en SSO-koppeling van medewerkers; namen van tafelhosts",
    purpose: "Inloggen, rechten, en vastleggen wie wat deed.",
    basis: "Publieke taak (art. 6 lid 1e AVG) en de arbeidsrelatie.",
    retention: "Zolang het account bestaat; handelingen in het logboek blijven.",
    access: "De beheerder; collega's zien namen bij meldingen en tafels.",
    erasedWithPerson: false,
  },
  "gemeente.contact": {
    label: "Naam en e-mailadres van de functionaris gegevensbescherming (FG)",
    purpose: "Bewoners laten weten bij wie ze terechtkunnen met vragen en klachten over hun gegevens.",
    basis: "Wettelijke plicht (art. 6 lid 1c, art. 37 lid 7 AVG: de contactgegevens van de FG zijn openbaar).",
    retention: "Tot de beheerder ze wijzigt.",
    access: "Iedereen (openbaar, op de privacypagina).",
    erasedWithPerson: false,
  },
  bestuurder: {
    label: "Naam van de wethouder per stadsdeel",
    purpose: "Bewoners laten zien wie bestuurlijk verantwoordelijk is.",
    basis: "Publieke taak (art. 6 lid 1e AVG); openbaar ambt.",
    retention: "Zolang de wethouder het stadsdeel heeft.",
    access: "Iedereen (openbaar).",
    erasedWithPerson: false,
  },
  "melding.extern": {
    label: "Tekst van meldingen uit het gemeentelijke meldingensysteem (Signalen), zonder gegevens van de melder",
    purpose: "Meldingen per stadsdeel en buurt volgen en bespreken naast de inbreng van bewoners.",
    basis: "Publieke taak (art. 6 lid 1e AVG).",
    retention: "Zolang de melding in het meldingensysteem bestaat; e-mailadres en telefoonnummer van de melder worden nooit overgenomen.",
    access: "Medewerkers van het stadsdeel en de afdeling; de beheerder voor meldingen die op een categorie wachten.",
    erasedWithPerson: false,
  },
};
