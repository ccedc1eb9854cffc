// Fixed catalogues for the demo: departments, themes, melding categories and
// the wording residents use. Everything here is fictional demo content.
export const departments = [
  { slug: "openbare-ruimte", name: "Beheer Openbare Ruimte" },
  { slug: "verkeer", name: "Verkeer en Mobiliteit" },
  { slug: "veiligheid", name: "Openbare Orde en Veiligheid" },
  { slug: "afval", name: "Afval en Reiniging" },
  { slug: "wonen", name: "Wonen en Ruimtelijke Ontwikkeling" },
  { slug: "sociaal-domein", name: "Sociaal Domein" },
  { slug: "jeugd", name: "Jeugd en Onderwijs" },
  { slug: "participatie", name: "Communicatie en Participatie" },
] as const;

export const themes = [
  { slug: "groen-openbare-ruimte", name: "Groen en openbare ruimte", department: "openbare-ruimte" },
  { slug: "verkeer-parkeren", name: "Verkeer en parkeren", department: "verkeer" },
  { slug: "veiligheid", name: "Veiligheid", department: "veiligheid" },
  { slug: "schoon-afval", name: "Schoon en afval", department: "afval" },
  { slug: "wonen", name: "Wonen", department: "wonen" },
  { slug: "zorg-welzijn", name: "Zorg en welzijn", department: "sociaal-domein" },
  { slug: "jeugd", name: "Jeugd", department: "jeugd" },
  { slug: "voorzieningen-ontmoeting", name: "Voorzieningen en ontmoeting", department: "sociaal-domein" },
  { slug: "participatie-communicatie", name: "Participatie en communicatie", department: "participatie" },
  { slug: "overig", name: "Overig", department: "participatie" },
] as const;

export const meldingCategories = [
  { slug: "straatverlichting", name: "Straatverlichting", dueDays: 10, department: "openbare-ruimte" },
  { slug: "bestrating", name: "Bestrating en losliggende tegels", dueDays: 21, department: "openbare-ruimte" },
  { slug: "groenonderhoud", name: "Groenonderhoud", dueDays: 28, department: "openbare-ruimte" },
  { slug: "zwerfafval", name: "Zwerfafval en dumpingen", dueDays: 5, department: "afval" },
  { slug: "verkeersveiligheid", name: "Verkeersveiligheid", dueDays: 42, department: "verkeer" },
  { slug: "parkeren", name: "Parkeren", dueDays: 28, department: "verkeer" },
  { slug: "overlast", name: "Overlast", dueDays: 14, department: "veiligheid" },
  { slug: "speelvoorzieningen", name: "Speelvoorzieningen", dueDays: 28, department: "jeugd" },
] as const;

/** What residents raise, per theme: [kind, text, category for a melding or null]. */
export const inbrengTexts: Record<string, ["GAAT_GOED" | "KAN_BETER" | "IDEE" | "VRAAG", string, string | null][]> = {
  "groen-openbare-ruimte": [
    ["GAAT_GOED", "Het nieuwe plantsoen bij het speelveld wordt goed onderhouden.", null],
    ["KAN_BETER", "Boomwortels drukken de stoep omhoog, gevaarlijk voor rollators.", "bestrating"],
    ["KAN_BETER", "Het gras langs het fietspad wordt te laat gemaaid.", "groenonderhoud"],
    ["IDEE", "Maak van het braakliggende stuk grond een buurtmoestuin.", null],
    ["VRAAG", "Komen er nieuwe bomen terug voor de gekapte kastanjes?", null],
  ],
  "verkeer-parkeren": [
    ["KAN_BETER", "Er wordt hard gereden in de straat, vooral 's avonds.", "verkeersveiligheid"],
    ["KAN_BETER", "Oversteekplaats bij de school is onoverzichtelijk door geparkeerde busjes.", "verkeersveiligheid"],
    ["KAN_BETER", "Bewoners vinden 's avonds geen parkeerplek door bezoekers.", "parkeren"],
    ["GAAT_GOED", "De nieuwe fietsenstalling bij de halte wordt veel gebruikt.", null],
    ["IDEE", "Een schoolstraat invoeren tijdens haal- en brengtijden.", null],
  ],
  veiligheid: [
    ["KAN_BETER", "Het tunneltje onder het spoor is slecht verlicht.", "straatverlichting"],
    ["KAN_BETER", "Jongeren hangen 's nachts rond bij het winkelcentrum met geluidsoverlast.", "overlast"],
    ["GAAT_GOED", "De wijkagent is goed bereikbaar en kent de buurt.", null],
    ["VRAAG", "Wanneer komt er weer een buurtpreventie-overleg?", null],
  ],
  "schoon-afval": [
    ["KAN_BETER", "Bij de ondergrondse containers staat vaak afval naast de bak.", "zwerfafval"],
    ["KAN_BETER", "Grofvuil wordt gedumpt in het steegje achter de huizen.", "zwerfafval"],
    ["GAAT_GOED", "De opschoonactie van de buurtvereniging werkte goed.", null],
    ["IDEE", "Meer afvalbakken langs de route naar de school.", null],
  ],
  wonen: [
    ["KAN_BETER", "Te weinig betaalbare woningen voor starters in de buurt.", null],
    ["VRAAG", "Wat gebeurt er met het leegstaande schoolgebouw?", null],
    ["GAAT_GOED", "De renovatie van de flats is netjes verlopen.", null],
    ["IDEE", "Woningen voor ouderen bouwen zodat zij in de buurt kunnen blijven wonen.", null],
  ],
  "zorg-welzijn": [
    ["KAN_BETER", "Ouderen weten niet waar ze terechtkunnen met vragen over zorg.", null],
    ["GAAT_GOED", "Het buurtsteunpunt is een fijne plek om binnen te lopen.", null],
    ["IDEE", "Een maandelijkse koffieochtend tegen eenzaamheid.", null],
  ],
  jeugd: [
    ["KAN_BETER", "Het speeltoestel op het pleintje is kapot.", "speelvoorzieningen"],
    ["KAN_BETER", "Er is niets te doen voor tieners in de buurt.", null],
    ["IDEE", "Een trapveldje met verlichting tot negen uur 's avonds.", null],
    ["GAAT_GOED", "De zomeractiviteiten voor kinderen waren een succes.", null],
  ],
  "voorzieningen-ontmoeting": [
    ["KAN_BETER", "Het buurthuis is te vaak dicht in het weekend.", null],
    ["GAAT_GOED", "De bibliotheek in het wijkcentrum is druk bezocht.", null],
    ["IDEE", "Bankjes langs de wandelroute, zodat ouderen kunnen uitrusten.", null],
    ["VRAAG", "Blijft de pinautomaat bij de supermarkt?", null],
  ],
  "participatie-communicatie": [
    ["KAN_BETER", "Bewoners horen te laat over werkzaamheden in de straat.", null],
    ["GAAT_GOED", "Fijn dat de gemeente terugkoppelt wat er met onze punten gebeurt.", null],
    ["IDEE", "Een wijkkrant op papier voor wie niet online is.", null],
  ],
  overig: [
    ["VRAAG", "Hoe kan ik meedoen aan het stadsdeelpanel?", null],
    ["GAAT_GOED", "Goede sfeer aan tafel, iedereen kwam aan het woord.", null],
  ],
};

export const meldingAnswers = {
  AFGEHANDELD: [
    "De aannemer heeft het probleem verholpen. Dank voor het melden.",
    "Hersteld tijdens de reguliere onderhoudsronde.",
    "Er is extra handhaving ingezet; de situatie wordt gevolgd.",
  ],
  AFGEWEZEN: ["Dit valt niet onder de gemeente; het is doorgegeven aan de woningcorporatie.", "Na inspectie bleek de situatie veilig; er is geen actie nodig."],
} as const;

export const firstNames = [
  "Anouk",
  "Bram",
  "Chantal",
  "Daan",
  "Eline",
  "Fleur",
  "Guus",
  "Hanneke",
  "Ilse",
  "Jeroen",
  "Karin",
  "Luc",
  "Marieke",
  "Niels",
  "Olga",
  "Pieter",
  "Quirine",
  "Roel",
  "Sanne",
  "Thijs",
  "Ursula",
  "Vincent",
  "Wendy",
  "Yasmin",
  "Zeynep",
  "Mohamed",
  "Fatima",
  "Joep",
  "Mia",
  "Sjef",
];
export const lastNames = [
  "Janssen",
  "Smeets",
  "Peeters",
  "Hermans",
  "Claessens",
  "Lemmens",
  "Willems",
  "Vossen",
  "Bemelmans",
  "Dassen",
  "Frijns",
  "Habets",
  "Kusters",
  "Meijers",
  "Nijsten",
  "Ramakers",
  "Schols",
  "Vranken",
  "Wetzels",
  "Ypma",
  "El Amrani",
  "Yilmaz",
  "de Vries",
  "Bakker",
];

export const venues = ["Buurtcentrum", "Wijkcentrum", "Gemeenschapshuis", "Basisschool (aula)", "Sporthal (kantine)", "Bibliotheek (zaal)"];
