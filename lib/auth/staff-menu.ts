// The staff menu per role: only what the permission module lets this user
// open (the e2e crawl in tests/e2e/links-per-role.spec.ts checks that every
// offered link answers), the work sections first, beheer apart.
import { canAdminister, canViewDashboard, type SessionUser } from "./permissions.ts";

export type MenuItem = { href: string; label: string };

export function staffMenu(user: SessionUser): { work: MenuItem[]; beheer: MenuItem[] } {
  // A partner works at the stadsdeeltafel only: the overleggen they sit at, their organisation's dossiers and acties.
  if (user.role === "PARTNER") {
    return {
      work: [
        { href: "/medewerker", label: "Start" },
        { href: "/medewerker/overleggen", label: "Overleggen" },
        { href: "/medewerker/dossiers", label: "Dossiers" },
        { href: "/medewerker/acties", label: "Acties van mijn organisatie" },
      ],
      beheer: [],
    };
  }
  const department = user.role === "AFDELINGSMEDEWERKER";
  const work: MenuItem[] = [
    { href: "/medewerker", label: "Start" },
    ...(canViewDashboard(user) ? [{ href: "/medewerker/dashboard", label: "Dashboard" }] : []),
    ...(department ? [] : [{ href: "/medewerker/bijeenkomsten", label: "Bijeenkomsten" }]),
    ...(department ? [] : [{ href: "/medewerker/inbreng", label: "Inbreng" }]),
    { href: "/medewerker/meldingen", label: "Meldingen" },
    { href: "/medewerker/agenda", label: "Stadsdeelagenda" },
    { href: "/medewerker/overleggen", label: "Overleggen" },
    { href: "/medewerker/dossiers", label: "Dossiers" },
    { href: "/medewerker/cijfers", label: "Cijfers" },
    ...(department ? [] : [{ href: "/medewerker/programmas", label: "Programma's" }]),
    ...(user.role === "WETHOUDER" ? [] : [{ href: "/medewerker/acties", label: "Mijn acties" }]),
  ];
  const beheer: MenuItem[] = canAdminister(user)
    ? [
        { href: "/medewerker/beheer/medewerkers", label: "Medewerkers" },
        { href: "/medewerker/beheer/gemeente", label: "Gemeente: naam, contact, privacy en toegankelijkheid" },
        { href: "/medewerker/beheer/gebieden", label: "Gebiedsindeling" },
        { href: "/medewerker/beheer/gebiedsindelingen", label: "Afwijkende gebiedsindelingen" },
        { href: "/medewerker/beheer/referentiecijfers", label: "Referentiecijfers (CBS)" },
        { href: "/medewerker/beheer/indeling", label: "Afdelingen, thema's en categorieën" },
        { href: "/medewerker/beheer/meldingensysteem", label: "Meldingensysteem (Signalen)" },
        { href: "/medewerker/beheer/organisaties", label: "Partnerorganisaties" },
        { href: "/medewerker/outbox", label: "Uitgaande e-mail" },
        { href: "/medewerker/beheer/verwerkingsregister", label: "Verwerkingsregister (AVG)" },
      ]
    : [];
  return { work, beheer };
}
