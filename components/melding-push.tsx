// The melding page's "Meldingensysteem" section for a melding made from
// inbreng: its SIG number once it is there, the push on its way (with the
// last failure and that it is retried), a push that failed for good with
// why and "Opnieuw doorzetten", or — for the regisseur — the button, or why
// it cannot be pushed yet (no connection, category not mapped, no point).
import { PushMeldingForm } from "@/components/forms/push-melding-form";
import { pushMelding } from "@/lib/actions/melding/push-melding";

type Props = {
  melding: { id: string; externalId: string | null; externalReference: string | null; lat: number | null; closedAt: Date | null };
  push: { connected: boolean; signalenCategory: string | null; message: { status: string; lastError: string | null } | null };
  canPush: boolean;
};

export function MeldingPush({ melding, push, canPush }: Props) {
  const m = push.message;
  let text: string;
  if (melding.externalId)
    text = `Doorgezet naar het meldingensysteem als ${melding.externalReference}. Daar wordt de melding behandeld; de status en het antwoord komen vanzelf hierheen.`;
  else if (m && m.status !== "FAILED") text = `Wordt doorgezet naar het meldingensysteem.${m.lastError ? ` Laatste poging: ${m.lastError}` : ""}`;
  else if (m) text = `Doorzetten is mislukt: ${m.lastError ?? "onbekende fout"}`;
  else if (!canPush) return null;
  else if (!push.connected) text = "Er is nog geen meldingensysteem gekoppeld; de beheerder doet dat onder Beheer → Meldingensysteem.";
  else if (!push.signalenCategory)
    text = "De categorie van deze melding is nog niet aan een categorie in het meldingensysteem gekoppeld (Beheer → Meldingensysteem).";
  else if (melding.lat === null) text = "Deze melding heeft geen plek op de kaart; het meldingensysteem vraagt een punt.";
  else if (melding.closedAt) return null;
  else
    text = `Zet de melding door naar het meldingensysteem (Signalen), als ${push.signalenCategory}. Zonder gegevens van de bewoner; de datum is die van de bijeenkomst.`;
  const button =
    canPush && !melding.externalId && !melding.closedAt && push.signalenCategory && push.connected && melding.lat !== null && (!m || m.status === "FAILED");
  return (
    <section aria-labelledby="systeem-kop" className="space-y-3">
      <h2 id="systeem-kop" className="text-xl font-semibold">
        Meldingensysteem
      </h2>
      <p data-testid="doorzetten">{text}</p>
      {button && <PushMeldingForm action={pushMelding} meldingId={melding.id} again={m !== null} />}
    </section>
  );
}
