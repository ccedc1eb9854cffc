// The dashboard's figures, each named and defined once: the headline tiles,
// the stadsdeel map and its table, the definitions list ("Zo tellen we")
// and the CSV/Excel headers all read their words from here, so a figure
// never appears under two names or with two meanings on one page.

/** Figures per stadsdeel that the map can be coloured by (keys of the comparison rows). */
export const stadsdeelFigures = {
  held: { label: "Bijeenkomsten gehouden", short: "gehouden", definition: "Bijeenkomsten in de periode die hebben plaatsgevonden (niet geannuleerd)." },
  attended: {
    label: "Bezoeken",
    short: "bezoeken",
    definition: "Keren dat een bewoner aanwezig was op een bijeenkomst in de periode; wie twee keer kwam, telt twee keer.",
  },
  inbreng: {
    label: "Inbreng",
    short: "inbreng",
    definition: "Punten die bewoners inbrachten op bijeenkomsten in de periode (ideeën, zorgen, vragen en meldingen).",
  },
  meldingenOpen: {
    label: "Open meldingen",
    short: "open",
    definition: "Meldingen die nu nog niet zijn afgehandeld of afgewezen, wanneer ze ook binnenkwamen.",
  },
  meldingenOverdue: { label: "Meldingen over de termijn", short: "te laat", definition: "Open meldingen waarvan de afhandeltermijn nu voorbij is." },
  pool: { label: "Mee-praters", short: "mee-praters", definition: "Bewoners die nu in de groep zitten die vaker mee wil praten (alle periodes)." },
} as const;

export type StadsdeelFigure = keyof typeof stadsdeelFigures;
export const stadsdeelFigureKeys = Object.keys(stadsdeelFigures) as StadsdeelFigure[];
export const isStadsdeelFigure = (v: string | undefined): v is StadsdeelFigure => !!v && v in stadsdeelFigures;

/** Figures for the whole selection (the headline tiles and the detail blocks). */
export const totalFigures = {
  participants: {
    label: "Deelnemers",
    definition: "Verschillende bewoners die zich aanmeldden voor minstens één bijeenkomst in de periode, ook wie niet kwam.",
  },
  attendedPeople: { label: "Aanwezig geweest", definition: "Verschillende bewoners die minstens één keer aanwezig waren." },
  repeatPeople: { label: "Vaker aanwezig", definition: "Verschillende bewoners die meer dan één keer aanwezig waren." },
  registrations: {
    label: "Aanmeldingen",
    definition: "Aanmeldingen voor bijeenkomsten in de periode; wie zich voor twee bijeenkomsten aanmeldde, telt twee keer.",
  },
  verslagenOnTime: {
    label: "Verslagen op tijd",
    definition: "Verslagen die binnen 14 dagen na de bijeenkomst naar de deelnemers gingen, van de gehouden bijeenkomsten in de periode.",
  },
  verslagenOverdue: { label: "Verslagen over de termijn", definition: "Gehouden bijeenkomsten waarvan het verslag nu meer dan 14 dagen uitblijft." },
  agendaStale: {
    label: "Agendapunten zonder update",
    definition: "Lopende, geplande of uitgestelde agendapunten waarvan de voortgang 90 dagen niet is bijgewerkt.",
  },
} as const;
