// The e-mails residents get, in plain Dutch: text and a simple HTML version
// of the same content. Every mail carries the personal manage link and the
// one-click unsubscribe link.
import { escapeHtml } from "../html.ts";
import { formatDate, formatTime } from "../format.ts";
import type { Tx } from "../actions/define-action.ts";
import type { PrismaClient } from "../prisma-client.ts";
import { mailPlaceholders } from "../gemeente.ts";
import { issueToken } from "../tokens.ts";
import { publicBaseUrl } from "../config.ts";

export type MailBijeenkomst = { id: string; title: string; startsAt: Date; endsAt: Date; locationName: string; address: string };
/** A person to write to, with their links (issued by residentLinks; mail templates use placeholders there). */
export type MailPerson = { name: string | null; urls: ResidentLinks };
export type ResidentLinks = { manage: string; unsubscribe: string };
export type Mail = { subject: string; text: string; html: string };

export const baseUrl = publicBaseUrl;

/** Fresh manage and unsubscribe links for a person's mail (opaque tokens, see lib/tokens.ts). */
export async function residentLinks(db: Tx | PrismaClient, participantId: string): Promise<ResidentLinks> {
  const manage = await issueToken(db, "manage", { participantId });
  const unsubscribe = await issueToken(db, "unsubscribe", { participantId });
  return { manage: `${baseUrl()}/mijn/${manage}`, unsubscribe: `${baseUrl()}/afmelden/${unsubscribe}` };
}

export { escapeHtml };

const personManage = (p: MailPerson): string => p.urls.manage;
const personUnsubscribe = (p: MailPerson): string => p.urls.unsubscribe;

function compose(person: MailPerson, subject: string, paragraphs: string[], links: { label: string; url: string }[] = []): Mail {
  const greeting = `Beste ${person.name ?? "bewoner"},`;
  const footer = [
    `Uw aanmeldingen en gegevens beheren: ${personManage(person)}`,
    `Geen uitnodigingen meer voor nieuwe bijeenkomsten (berichten over uw eigen aanmeldingen blijven komen): ${personUnsubscribe(person)}`,
  ];
  const text = [
    greeting,
    "",
    ...paragraphs.flatMap((p) => [p, ""]),
    ...links.map((l) => `${l.label}: ${l.url}`),
    links.length ? "" : null,
    "Met vriendelijke groet,",
    `${mailPlaceholders.name} — Stadsdeelportaal`,
    `Vragen? ${mailPlaceholders.contact}`,
    "",
    ...footer,
  ]
    .filter((l) => l !== null)
    .join("\n");
  const html = `<!doctype html><html lang="nl"><body style="font-family:system-ui,Arial,sans-serif;line-height:1.5;color:#1a1f24">
<p>${escapeHtml(greeting)}</p>
${paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`).join("\n")}
${links.map((l) => `<p><a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a></p>`).join("\n")}
<p>Met vriendelijke groet,<br>${mailPlaceholders.name} — Stadsdeelportaal<br>Vragen? ${mailPlaceholders.contact}</p>
<hr><p style="font-size:14px"><a href="${escapeHtml(personManage(person))}">Uw aanmeldingen en gegevens beheren</a> · <a href="${escapeHtml(personUnsubscribe(person))}">Geen uitnodigingen meer voor nieuwe bijeenkomsten</a> (berichten over uw eigen aanmeldingen blijven komen)</p>
</body></html>`;
  return { subject, text, html };
}

const when = (b: MailBijeenkomst) => `${formatDate(b.startsAt)} van ${formatTime(b.startsAt)} tot ${formatTime(b.endsAt)}`;
const where = (b: MailBijeenkomst) => `${b.locationName}, ${b.address}`;

const NOT_ME_TEXT =
  'Heeft u zich niet zelf aangemeld? Kies dan "Dit was ik niet": dan maken we de aanmelding ongedaan en verwijderen we de gegevens die erbij zijn ingevuld.';

export const messages = {
  /** partySize may be a placeholder string in a template. */
  confirmation: (p: MailPerson, b: MailBijeenkomst, partySize: number | string) =>
    compose(
      p,
      `Bevestiging: ${b.title}`,
      [
        `U bent aangemeld voor "${b.title}"${typeof partySize === "string" ? partySize : partySize > 1 ? ` met ${partySize} personen` : ""}.`,
        `Wanneer: ${when(b)}\nWaar: ${where(b)}`,
        "In de bijlage zit een agenda-afspraak. Kunt u toch niet? Meld u dan af via de link hieronder, dan kan iemand van de wachtlijst komen.",
        NOT_ME_TEXT,
      ],
      [
        { label: "Aanmelding bekijken, wijzigen of afmelden", url: personManage(p) },
        { label: "Dit was ik niet", url: "{{NOTME}}" },
      ],
    ),
  waitlisted: (p: MailPerson, b: MailBijeenkomst) =>
    compose(
      p,
      `Wachtlijst: ${b.title}`,
      [
        `"${b.title}" is vol. U staat op de wachtlijst.`,
        `Zodra er een plek vrijkomt, schuift u automatisch door en krijgt u een e-mail.\nWanneer: ${when(b)}\nWaar: ${where(b)}`,
        NOT_ME_TEXT,
      ],
      [
        { label: "Aanmelding bekijken of afmelden", url: personManage(p) },
        { label: "Dit was ik niet", url: "{{NOTME}}" },
      ],
    ),
  /** To the address's owner when a registration is made again with it: nothing changed. */
  duplicate: (p: MailPerson, b: MailBijeenkomst) =>
    compose(
      p,
      `Opnieuw aangemeld? ${b.title}`,
      [
        `Met uw e-mailadres is opnieuw een aanmelding gedaan voor "${b.title}". U was al aangemeld; er is niets veranderd.`,
        "Was u dit niet? Dan hoeft u niets te doen. Uw gegevens zijn niet gewijzigd.",
      ],
      [{ label: "Uw aanmelding bekijken", url: personManage(p) }],
    ),
  /** A fresh manage link on request; the old ones no longer work. */
  newLink: (p: MailPerson) =>
    compose(
      p,
      "Uw nieuwe link voor uw aanmeldingen en gegevens",
      [
        "U vroeg om een nieuwe link. Daarmee bekijkt of wijzigt u uw aanmeldingen en gegevens. De links in eerdere e-mails werken niet meer.",
        "Vroeg u dit niet? Dan hoeft u niets te doen.",
      ],
      [{ label: "Mijn aanmeldingen en gegevens", url: personManage(p) }],
    ),
  /** Double opt-in: the pool is joined only when the resident confirms on the manage page. */
  poolConfirm: (p: MailPerson) =>
    compose(
      p,
      "Bevestig: vaker meepraten over uw stadsdeel",
      [
        "Bij een aanmelding is aangegeven dat u vaker wilt meepraten. Dan nodigen we u af en toe uit voor bijeenkomsten in uw stadsdeel.",
        'Dat zetten we pas aan als u het zelf bevestigt: open de link en kies "Ja, ik doe mee". Deed u dit niet? Dan hoeft u niets te doen.',
      ],
      [{ label: "Bevestigen dat ik vaker wil meepraten", url: `${personManage(p)}#vaker-meepraten` }],
    ),
  promoted: (p: MailPerson, b: MailBijeenkomst) =>
    compose(
      p,
      `Er is plek: u bent aangemeld voor ${b.title}`,
      [`Goed nieuws: er is een plek vrijgekomen. U bent nu aangemeld voor "${b.title}".`, `Wanneer: ${when(b)}\nWaar: ${where(b)}`],
      [{ label: "Aanmelding bekijken of afmelden", url: personManage(p) }],
    ),
  reminder: (p: MailPerson, b: MailBijeenkomst) =>
    compose(p, `Herinnering: ${b.title} over twee dagen`, [`Over twee dagen is "${b.title}". We zien u graag.`, `Wanneer: ${when(b)}\nWaar: ${where(b)}`]),
  cancelledByOrganiser: (p: MailPerson, b: MailBijeenkomst, reason: string) =>
    compose(p, `Geannuleerd: ${b.title} op ${formatDate(b.startsAt)}`, [
      `De bijeenkomst "${b.title}" op ${formatDate(b.startsAt)} om ${formatTime(b.startsAt)} in ${b.locationName} gaat helaas niet door.`,
      `Reden: ${reason}`,
      "U hoeft niets te doen; uw aanmelding is vervallen. Onze excuses voor het ongemak.",
    ]),
  cancelledByResident: (p: MailPerson, b: MailBijeenkomst) =>
    compose(p, `Afgemeld: ${b.title}`, [`U bent afgemeld voor "${b.title}" op ${formatDate(b.startsAt)}. Jammer dat u er niet bij kunt zijn.`]),
  evaluation: (p: MailPerson, b: MailBijeenkomst, url: string) =>
    compose(
      p,
      `Hoe was ${b.title}?`,
      [`Bedankt dat u er gisteren bij was. Wilt u in een minuut drie vragen beantwoorden? Zo maken we de volgende bijeenkomst beter.`],
      [{ label: "Naar de korte evaluatie", url }],
    ),
  verslag: (p: MailPerson, b: MailBijeenkomst, url: string, version: number, changeNote: string | null) =>
    compose(
      p,
      version === 1 ? `Verslag: ${b.title}` : `Aangepast verslag (versie ${version}): ${b.title}`,
      [
        version === 1
          ? `Bedankt voor uw komst naar "${b.title}". Hier is het verslag, met de kaart van alle punten die aan tafel zijn ingebracht.`
          : `Het verslag van "${b.title}" is aangepast. Wat er veranderde: ${changeNote ?? ""}`,
        "Klopt er iets niet, of mist u iets? U kunt via dezelfde link reageren.",
      ],
      [{ label: "Verslag lezen en reageren", url }],
    ),
  poolInvitation: (p: MailPerson, b: MailBijeenkomst, url: string) =>
    compose(
      p,
      `Uitnodiging: ${b.title}`,
      [`U gaf aan vaker mee te willen praten. Daarom nodigen we u uit voor "${b.title}".`, `Wanneer: ${when(b)}\nWaar: ${where(b)}`],
      [{ label: "Aanmelden", url }],
    ),
  /** A regisseur invited the resident to sit at an overleg: a member only once they say yes through the link. */
  overlegInvitation: (p: MailPerson, o: { overleg: string; area: string; url: string }) =>
    compose(
      p,
      `Uitnodiging: lid worden van ${o.overleg}`,
      [
        `U bent uitgenodigd om als bewoner mee te doen aan "${o.overleg}" (${o.area}), een vast overleg van de gemeente met afdelingen en partners.`,
        'Als lid krijgt u voor elke bijeenkomst de agenda en daarna de besluiten- en actielijst per e-mail. Uw naam ziet alleen wie het overleg leidt; partners zoals politie en corporaties zien "bewoner".',
        'U wordt pas lid als u het zelf bevestigt via de link hieronder (14 dagen geldig). Wilt u niet, of kent u dit niet? Kies dan "Nee" of doe niets: dan verwijderen we uw naam en e-mailadres.',
      ],
      [{ label: "Uitnodiging bekijken en antwoorden", url: o.url }],
    ),
  overlegAgenda: (p: MailPerson, s: { overleg: string; when: string; location: string; punten: string[]; previous: string[] }) =>
    compose(p, `Agenda ${s.overleg}, ${s.when}`, [
      `${s.overleg} komt bijeen op ${s.when}${s.location ? `, ${s.location}` : ""}.`,
      ["Agenda:", ...(s.punten.length ? s.punten : ["(nog geen punten; de voorzitter vult de agenda aan)"])].join("\n"),
      ...(s.previous.length ? [["Besluiten van de vorige keer:", ...s.previous].join("\n")] : []),
      "Wilt u geen lid meer zijn? Dat kan bij uw gegevens, via de link onderaan.",
    ]),
  overlegLists: (p: MailPerson, s: { overleg: string; date: string; besluiten: string[]; acties: string[] }) =>
    compose(p, `Besluiten- en actielijst: ${s.overleg}, ${s.date}`, [
      `Hierbij de besluiten en acties van ${s.overleg} op ${s.date}.`,
      ["Besluiten:", ...(s.besluiten.length ? s.besluiten : ["(geen besluiten)"])].join("\n"),
      ["Acties:", ...(s.acties.length ? s.acties : ["(geen acties)"])].join("\n"),
      "Wilt u geen lid meer zijn? Dat kan bij uw gegevens, via de link onderaan.",
    ]),
};
