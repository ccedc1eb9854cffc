// The invitation to sit at an overleg as a resident, through the link in
// the mail: what the overleg is, what we keep of you and who sees it, and
// yes or no. Dynamic (a personal link), never indexed.
import type { Metadata } from "next";
import Link from "next/link";
import { InvitationAnswerForm } from "@/components/forms/manage-forms";
import { answerInvitation } from "@/lib/actions/overleg/answer-invitation";
import { getOverlegInvitation } from "@/lib/data/residents/get-overleg-invitation";
import { formatDate, overlegKindLabels } from "@/lib/format";
import { describeCadence } from "@/lib/overleg/cadence";

export const metadata: Metadata = { title: "Uitnodiging voor een overleg", robots: { index: false } };

export default async function OverlegInvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const inv = await getOverlegInvitation(token);
  if (!inv) {
    return (
      <div className="max-w-2xl space-y-3">
        <h1 className="text-3xl font-bold">Uitnodiging verlopen of al beantwoord</h1>
        <p>
          Deze link werkt niet (meer): de uitnodiging is al beantwoord, ingetrokken of ouder dan 14 dagen. Wilt u toch meedoen? Neem contact op met de
          stadsdeelregisseur. Uw gegevens bekijken kan via <Link href="/mijn">een nieuwe link</Link>.
        </p>
      </div>
    );
  }
  const o = inv.overleg;
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">Uitnodiging: lid worden van {o.name}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">Soort overleg</dt>
        <dd>{overlegKindLabels[o.kind]}</dd>
        <dt className="font-semibold">Gebied</dt>
        <dd>{o.stadsdeel ? `Stadsdeel ${o.stadsdeel.name}` : "De hele stad"}</dd>
        <dt className="font-semibold">Hoe vaak</dt>
        <dd>
          {describeCadence(o.rrule)}, {o.startTime} uur{o.location ? `, ${o.location}` : ""}
        </dd>
        <dt className="font-semibold">Uitgenodigd op</dt>
        <dd>{formatDate(inv.invitedAt!)}</dd>
      </dl>
      <section aria-labelledby="gegevens-kop" className="space-y-2">
        <h2 id="gegevens-kop" className="text-xl font-semibold">
          Wat we van u bewaren, en wie het ziet
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            Uw naam zoals de regisseur die noteerde: <strong>{inv.residentName}</strong>, en uw e-mailadres: <strong>{inv.participant?.email}</strong>.
          </li>
          <li>Waarvoor: de agenda vóór elke bijeenkomst en de besluiten- en actielijst erna per e-mail sturen, en bijhouden wie er was.</li>
          <li>
            Wie uw naam ziet: alleen wie het overleg leidt (voorzitter, secretaris, de stadsdeelregisseur). Collega&apos;s van afdelingen, wethouders en
            partners zoals politie of corporaties zien &ldquo;bewoner&rdquo;.
          </li>
          <li>
            Hoe lang: zolang u lid bent. Stopt u, dan gelden de gewone bewaartermijnen en kunt u uw gegevens altijd zelf verwijderen. Zegt u nee, dan
            verwijderen we uw naam en e-mailadres meteen als we niets anders van u hebben.
          </li>
        </ul>
        <p>
          Meer in de <Link href="/privacy">privacyverklaring</Link>.
        </p>
      </section>
      <InvitationAnswerForm action={answerInvitation} token={token} overleg={o.name} />
    </div>
  );
}
