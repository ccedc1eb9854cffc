// The e-mails staff get from the portal: an invitation and a new password
// link, both with a one-time set-password link. Plain Dutch, text and HTML.
import { mailPlaceholders } from "../gemeente.ts";
import { escapeHtml } from "../html.ts";
import { baseUrl } from "./messages.ts";

function staffMail(subject: string, greetingName: string, paragraphs: string[], link: { label: string; url: string }) {
  const text = [
    `Beste ${greetingName},`,
    "",
    ...paragraphs.flatMap((p) => [p, ""]),
    `${link.label}: ${link.url}`,
    "",
    "Met vriendelijke groet,",
    `${mailPlaceholders.name} — Stadsdeelportaal`,
  ].join("\n");
  const html = `<!doctype html><html lang="nl"><body style="font-family:system-ui,Arial,sans-serif;line-height:1.5;color:#1a1f24">
<p>Beste ${escapeHtml(greetingName)},</p>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>
<p>Met vriendelijke groet,<br>${mailPlaceholders.name} — Stadsdeelportaal</p></body></html>`;
  return { subject, text, html };
}

export const staffMessages = {
  invitation: (name: string, roleLabel: string, token: string) =>
    staffMail(
      "Uitnodiging voor het Stadsdeelportaal",
      name,
      [
        `U bent uitgenodigd voor het Stadsdeelportaal van ${mailPlaceholders.name}, als ${roleLabel.toLowerCase()}.`,
        "Kies via de link een wachtwoord; daarna logt u in met uw e-mailadres. De link werkt één keer en is zeven dagen geldig.",
      ],
      { label: "Wachtwoord kiezen", url: `${baseUrl()}/wachtwoord/${token}` },
    ),
  passwordLink: (name: string, token: string) =>
    staffMail(
      "Nieuw wachtwoord voor het Stadsdeelportaal",
      name,
      [
        "De beheerder heeft een link gestuurd om (opnieuw) een wachtwoord te kiezen. Eerdere links werken niet meer. Vroeg u hier niet om, neem dan contact op met de beheerder.",
      ],
      { label: "Wachtwoord kiezen", url: `${baseUrl()}/wachtwoord/${token}` },
    ),
  sessieLists: (greetingName: string, s: { overleg: string; date: string; url: string; besluiten: string[]; acties: string[] }) =>
    staffMail(
      `Besluiten- en actielijst: ${s.overleg}, ${s.date}`,
      greetingName,
      [
        `Hierbij de besluiten en acties van ${s.overleg} op ${s.date}.`,
        "Besluiten:",
        ...(s.besluiten.length ? s.besluiten : ["(geen besluiten)"]),
        "Acties:",
        ...(s.acties.length ? s.acties : ["(geen acties)"]),
      ],
      { label: "De lijst in het portaal (ook om af te drukken)", url: s.url },
    ),
  actieDigest: (greetingName: string, lines: string[]) =>
    staffMail(
      `Acties die bijna of al verlopen zijn (${lines.length})`,
      greetingName,
      [
        "Deze acties van de stadsdeeltafels staan op uw naam of die van uw organisatie en zijn binnen twee werkdagen of al verlopen:",
        ...lines,
        "Zet een actie op gereed of vervallen (met een toelichting) als hij klaar is of niet meer nodig.",
      ],
      { label: "Naar uw acties", url: `${baseUrl()}/medewerker/acties` },
    ),
  sessieAgenda: (greetingName: string, s: { overleg: string; when: string; location: string; punten: string[]; previous: string[]; url: string }) =>
    staffMail(
      `Agenda ${s.overleg}, ${s.when}`,
      greetingName,
      [
        `${s.overleg} komt bijeen op ${s.when}${s.location ? `, ${s.location}` : ""}.`,
        "Agenda:",
        ...(s.punten.length ? s.punten : ["(nog geen punten; de voorzitter vult de agenda aan)"]),
        ...(s.previous.length ? ["Besluiten van de vorige keer:", ...s.previous] : []),
      ],
      { label: "De sessie in het portaal", url: s.url },
    ),
};
