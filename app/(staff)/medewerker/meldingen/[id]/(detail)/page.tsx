// One melding: what, where, term, the full status history, and the next
// step this user may take (forward, take, answer and close).
import type { Metadata } from "next";
import Link from "next/link";
import { MeldingStatusForm } from "@/components/forms/melding-status-form";
import { MeldingPush } from "@/components/melding-push";
import { PlaceDetails } from "@/components/place-details";
import { allowedSteps, changeMeldingStatus } from "@/lib/actions/melding/change-melding-status";
import { requireUser } from "@/lib/auth/current-user";
import { orRefuse } from "@/lib/auth/refuse";
import { canManageStadsdeel } from "@/lib/auth/permissions";
import { getMelding } from "@/lib/data/meldingen/get-melding";
import { getMeldingPush } from "@/lib/data/meldingen/get-melding-push";
import { getSignalenLinkTemplate } from "@/lib/data/meldingen/get-signalen-link-template";
import { signalenLink } from "@/lib/signalen/signalen-link";
import { formatDate, formatTime, meldingStatusLabels } from "@/lib/format";

export const metadata: Metadata = { title: "Melding" };

export default async function MeldingPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const m = await orRefuse(getMelding(user, id));
  const [push, template] = await Promise.all([m.inbreng && m.origin === "PORTAAL" ? getMeldingPush(user, id) : null, getSignalenLinkTemplate(user)]);
  const link = signalenLink(template, m.origin === "CSV" ? null : m.externalId);
  const steps = m.origin === "PORTAAL" && !m.externalId ? allowedSteps(user, m) : []; // a melding in Signalen is worked there
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href="/medewerker/meldingen">← Meldingen</Link>
      </p>
      <h1 className="text-3xl font-bold">Melding: {m.description}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">Status</dt>
        <dd>{meldingStatusLabels[m.status]}</dd>
        <dt className="font-semibold">Categorie</dt>
        <dd>{m.category.name}</dd>
        <dt className="font-semibold">Afdeling</dt>
        <dd>
          {m.department.name}
          {m.assignee ? ` (${m.assignee.name})` : ""}
        </dd>
        <dt className="font-semibold">Buurt</dt>
        <dd>{m.buurt ? `${m.buurt.name}, ${m.buurt.stadsdeel.name}` : "—"}</dd>
        <dt className="font-semibold">Termijn</dt>
        <dd>
          {formatDate(m.dueAt)}
          {!m.closedAt && m.dueAt < new Date() ? " (te laat)" : ""}
        </dd>
        <dt className="font-semibold">Meldingensysteem</dt>
        <dd>
          {link && m.externalReference ? (
            <a href={link} target="_blank" rel="noreferrer">
              {m.externalReference} <span className="sr-only">(opent Signalen in een nieuw tabblad)</span>
            </a>
          ) : (
            (m.externalReference ?? "nog geen nummer")
          )}
        </dd>
        {m.inbreng && (
          <>
            <dt className="font-semibold">Inbreng</dt>
            <dd>
              <Link href={`/medewerker/inbreng/${m.inbreng.id}`}>Uit {m.inbreng.bijeenkomst.title}</Link>
            </dd>
          </>
        )}
        {m.publicAnswer && (
          <>
            <dt className="font-semibold">Openbaar antwoord</dt>
            <dd>{m.publicAnswer}</dd>
          </>
        )}
      </dl>
      <section aria-labelledby="plek-kop" className="space-y-2">
        <h2 id="plek-kop" className="text-xl font-semibold">
          Plek
        </h2>
        <PlaceDetails lat={m.lat} lng={m.lng} buurt={m.buurt} label="de melding" />
      </section>
      <section aria-labelledby="historie-kop">
        <h2 id="historie-kop" className="text-xl font-semibold">
          Historie
        </h2>
        <ol className="mt-2 space-y-1">
          {m.history.map((h) => (
            <li key={h.id}>
              {formatDate(h.changedAt)} {formatTime(h.changedAt)}: {h.fromStatus ? `${meldingStatusLabels[h.fromStatus]} → ` : ""}
              {meldingStatusLabels[h.toStatus]}
              {h.changedBy ? ` door ${h.changedBy.name}` : ""}
              {h.note ? ` — ${h.note}` : ""}
            </li>
          ))}
        </ol>
      </section>
      {m.origin !== "PORTAAL" && (
        <p className="rounded border border-gray-400 bg-gray-50 p-3" data-testid="extern">
          Deze melding komt uit het meldingensysteem{m.externalReference ? ` (${m.externalReference})` : ""} en wordt daar behandeld; hier is zij alleen te
          lezen.
        </p>
      )}
      {canManageStadsdeel(user, m.stadsdeelId) && (
        <p>
          <Link href={`/medewerker/dossiers/nieuw?melding=${m.id}`}>Dossier openen over deze melding</Link> (voor de stadsdeeltafel)
        </p>
      )}
      {push && <MeldingPush melding={m} push={push} canPush={canManageStadsdeel(user, m.stadsdeelId)} />}
      {steps.length > 0 && (
        <section aria-labelledby="stap-kop" className="space-y-3">
          <h2 id="stap-kop" className="text-xl font-semibold">
            Volgende stap
          </h2>
          <MeldingStatusForm action={changeMeldingStatus} meldingId={m.id} steps={steps} externalReference={m.externalReference ?? ""} />
        </section>
      )}
    </div>
  );
}
