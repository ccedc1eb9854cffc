// The verslag of a bijeenkomst for the regisseur: the 14-day deadline,
// the editor with preview, sending versions, and the reactions per version.
import type { Metadata } from "next";
import Link from "next/link";
import { VerslagEditor } from "@/components/forms/verslag-editor";
import { generateVerslagDraft } from "@/lib/actions/verslag/generate-verslag-draft";
import { publishVerslag } from "@/lib/actions/verslag/publish-verslag";
import { saveVerslagDraft } from "@/lib/actions/verslag/save-verslag-draft";
import { requireUser } from "@/lib/auth/current-user";
import { orRefuse } from "@/lib/auth/refuse";
import { canManageStadsdeel } from "@/lib/auth/permissions";
import { getBijeenkomst } from "@/lib/data/bijeenkomsten/get-bijeenkomst";
import { getGemeente } from "@/lib/data/gemeente/get-gemeente";
import { countVerslagRecipients, getStaffVerslag } from "@/lib/data/verslag/get-staff-verslag";
import { fillGemeente } from "@/lib/gemeente";
import { baseUrl, messages } from "@/lib/mail/messages";
import { formatDate, formatTime } from "@/lib/format";

export const metadata: Metadata = { title: "Verslag" };
const DAY = 86_400_000;

export default async function VerslagStaffPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const b = await orRefuse(getBijeenkomst(user, (await params).id));
  const [verslag, recipients, gemeente] = await Promise.all([getStaffVerslag(user, b.id), countVerslagRecipients(user, b.id), getGemeente()]);
  const nextVersion = (verslag?.versions.length ?? 0) + 1;
  // the mail as a resident will get it, with placeholders for the name and the personal links
  const sample = messages.verslag(
    { name: "[naam deelnemer]", urls: { manage: `${baseUrl()}/mijn/[persoonlijke code]`, unsubscribe: `${baseUrl()}/afmelden/[persoonlijke code]` } },
    b,
    `${baseUrl()}/verslagen/${b.id}?versie=${nextVersion}&t=[persoonlijke code]`,
    nextVersion,
    nextVersion > 1 ? "[wat er veranderde]" : null,
  );
  const mailPreview = { subject: sample.subject, text: fillGemeente(sample.text, gemeente) };
  const now = new Date();
  const deadline = verslag?.deadlineAt ?? new Date(b.startsAt.getTime() + 14 * DAY);
  const first = verslag?.versions[0];
  const status = first?.sentAt
    ? `Verstuurd op dag ${Math.round((first.sentAt.getTime() - b.startsAt.getTime()) / DAY)} (termijn: ${formatDate(deadline)}).`
    : deadline < now
      ? `${Math.ceil((now.getTime() - deadline.getTime()) / DAY)} dagen te laat (termijn was ${formatDate(deadline)}).`
      : `Nog ${Math.ceil((deadline.getTime() - now.getTime()) / DAY)} dagen (termijn: ${formatDate(deadline)}).`;
  const canManage = canManageStadsdeel(user, b.stadsdeelId);
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/medewerker/bijeenkomsten/${b.id}`}>← {b.title}</Link>
      </p>
      <h1 className="text-3xl font-bold">Verslag: {b.title}</h1>
      <p data-testid="verslag-termijn">{status}</p>
      {canManage && b.startsAt <= now && (
        <VerslagEditor
          bijeenkomstId={b.id}
          initialBody={verslag?.draftBody ?? ""}
          nextVersion={nextVersion}
          recipients={recipients}
          mailPreview={mailPreview}
          canPublish
          actions={{ generate: generateVerslagDraft, save: saveVerslagDraft, publish: publishVerslag }}
        />
      )}
      {b.startsAt > now && <p>Het verslag kan na de bijeenkomst worden geschreven.</p>}
      <section aria-labelledby="versies-kop" className="space-y-2">
        <h2 id="versies-kop" className="text-xl font-semibold">
          Verstuurde versies
        </h2>
        {!verslag?.versions.length && <p>Nog geen versie verstuurd.</p>}
        <ul className="space-y-3">
          {verslag?.versions.map((v) => (
            <li key={v.id} className="rounded border border-gray-300 p-3">
              <p className="font-semibold">
                <Link href={`/verslagen/${b.id}?versie=${v.number}`}>Versie {v.number}</Link>
                {v.sentAt ? `, verstuurd ${formatDate(v.sentAt)} ${formatTime(v.sentAt)}` : ""}
              </p>
              {v.changeNote && <p>Wat veranderde: {v.changeNote}</p>}
              <p className="text-sm">{v._count.reacties} reacties</p>
              {v.reacties.length > 0 && (
                <ul className="list-disc pl-6">
                  {v.reacties.map((r) => (
                    <li key={r.id}>{r.text}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
