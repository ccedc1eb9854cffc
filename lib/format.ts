// Dutch formatting of dates, periods and domain labels, in the municipality's
// time zone. The formatters are made once: toLocaleDateString with options
// builds a new Intl.DateTimeFormat on every call, which showed in profiles
// of pages with hundreds of dates.
const tz = "Europe/Amsterdam";
const dateFormat = new Intl.DateTimeFormat("nl-NL", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: tz });
const timeFormat = new Intl.DateTimeFormat("nl-NL", { hour: "2-digit", minute: "2-digit", timeZone: tz });
const monthFormat = new Intl.DateTimeFormat("nl-NL", { month: "long", year: "numeric", timeZone: tz });

export function formatDate(d: Date): string {
  return dateFormat.format(d);
}

export function formatTime(d: Date): string {
  return timeFormat.format(d);
}

export function formatMonth(d: Date): string {
  return monthFormat.format(d);
}

export function formatPeriod(start: Date, end: Date): string {
  const a = formatMonth(start);
  const b = formatMonth(end);
  return a === b ? a : `${a} – ${b}`;
}

export const bijeenkomstKindLabels: Record<string, string> = {
  STADSDEELAVOND: "Stadsdeelavond",
  WIJKGESPREK: "Wijkgesprek",
  KENNISMAKINGSBEZOEK: "Kennismakingsbezoek",
  STADSDEELTAFEL: "Stadsdeeltafel",
  OVERIG: "Bijeenkomst",
};

export const ageBandShortLabels: Record<string, string> = { AGE_0_14: "0–14", AGE_15_24: "15–24", AGE_25_44: "25–44", AGE_45_64: "45–64", AGE_65_PLUS: "65+" };

export const agendaKindLabels: Record<string, string> = { BELEID: "Beleid", UITVOERING: "Uitvoering", PARTICIPATIE: "Participatie" };

export const agendaStatusLabels: Record<string, string> = {
  GEPLAND: "Gepland",
  LOOPT: "Loopt",
  AFGEROND: "Afgerond",
  UITGESTELD: "Uitgesteld",
  VERVALLEN: "Vervallen",
};

export const meldingStatusLabels: Record<string, string> = {
  NIEUW: "Nieuw",
  DOORGEZET: "Doorgezet",
  IN_BEHANDELING: "In behandeling",
  AFGEHANDELD: "Afgehandeld",
  AFGEWEZEN: "Afgewezen",
};

export const dossierStatusLabels: Record<string, string> = {
  AANGEMELD: "Aangemeld",
  IN_BESPREKING: "In bespreking",
  DUIDELIJKHEID: "Duidelijkheid",
  IN_UITVOERING: "In uitvoering",
  AFGESLOTEN: "Afgesloten",
};

export const actieStatusLabels: Record<string, string> = { OPEN: "Open", GEREED: "Gereed", VERVALLEN: "Vervallen" };

export const organisationKindLabels: Record<string, string> = {
  POLITIE: "Politie",
  WONINGCORPORATIE: "Woningcorporatie",
  WELZIJN: "Welzijn en opbouwwerk",
  ZORG: "Zorg",
  GGD: "GGD",
  ONDERWIJS: "Onderwijs",
  BEWONERSORGANISATIE: "Bewonersorganisatie",
  OVERIG: "Overig",
};

export const facilityLabels: Record<string, string> = {
  WHEELCHAIR_ACCESS: "Rolstoeltoegankelijk",
  HEARING_LOOP: "Ringleiding",
  CHILDCARE: "Kinderopvang",
  INTERPRETER: "Tolk",
  SIGN_LANGUAGE: "Gebarentolk",
  PARKING: "Parkeren",
  PUBLIC_TRANSPORT: "Bereikbaar met ov",
};

export const inbrengKindLabels: Record<string, string> = { GAAT_GOED: "Gaat goed", KAN_BETER: "Kan beter", IDEE: "Idee", VRAAG: "Vraag" };

export const followUpLabels: Record<string, string> = {
  OPEN: "Nog geen reactie",
  IN_BEHANDELING: "In behandeling",
  MELDING: "Doorgegeven als melding",
  AGENDA: "Op de stadsdeelagenda",
  AFGEROND: "Afgerond",
  NIET_OPGEPAKT: "Wordt niet opgepakt",
};

export const overlegKindLabels: Record<string, string> = {
  STADSDEELTAFEL: "Stadsdeeltafel",
  PROCESTEAM: "Procesteam",
  KERNGROEP: "Kerngroep",
  TASKFORCE: "Taskforce",
  OVERIG: "Ander overleg",
};

export const sessieStatusLabels: Record<string, string> = { GEPLAND: "Gepland", GEHOUDEN: "Gehouden", VERVALLEN: "Vervallen" };

export const programmaStatusLabels: Record<string, string> = {
  CONCEPT: "Concept",
  VASTGESTELD: "Vastgesteld",
  VERVALLEN: "Vervallen (vervangen door een nieuwere versie)",
};
export const focusgebiedFaseLabels: Record<string, string> = {
  PROCESPLAN: "Procesplan",
  LUISTEREN: "Luisteren naar bewoners en partners",
  BEELD_EN_ANALYSE: "Beeld en analyse",
  PERSPECTIEF: "Perspectief",
  GEBIEDSAGENDA: "Gebiedsagenda opstellen",
  ACTIE: "Actie",
};
