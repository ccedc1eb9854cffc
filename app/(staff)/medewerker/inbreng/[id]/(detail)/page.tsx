// One inbreng for staff: where it came from, "wat is ermee gedaan" (status
// and public answer), and turning it into a melding in one step.
import type { Metadata } from "next";
import Link from "next/link";
import { InbrengAnswerForm } from "@/components/forms/inbreng-answer-form";
import { MeldingForm } from "@/components/forms/melding-form";
import { PlaceDetails } from "@/components/place-details";
import { answerInbreng } from "@/lib/actions/inbreng/answer-inbreng";
import { createMeldingFromInbreng } from "@/lib/actions/melding/create-melding-from-inbreng";
import { requireUser } from "@/lib/auth/current-user";
import { orRefuse } from "@/lib/auth/refuse";
import { canManageStadsdeel, canViewStadsdeel } from "@/lib/auth/permissions";
import { listRoutingOptions } from "@/lib/data/catalog/list-routing-options";
import { getInbreng } from "@/lib/data/inbreng/get-inbreng";
import { dossierStatusLabels, followUpLabels, formatDate, inbrengKindLabels, meldingStatusLabels } from "@/lib/format";

export const metadata: Metadata = { title: "Inbreng" };

export default async function InbrengDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const inbreng = await orRefuse(getInbreng(user, (await params).id));
  const canManage = canManageStadsdeel(user, inbreng.bijeenkomst.stadsdeelId);
  const routing = canManage && !inbreng.melding ? await listRoutingOptions() : null;
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        {canViewStadsdeel(user, inbreng.bijeenkomst.stadsdeelId) ? (
          <Link href={`/medewerker/bijeenkomsten/${inbreng.bijeenkomst.id}/inbreng`}>← Inbreng van {inbreng.bijeenkomst.title}</Link>
        ) : inbreng.melding ? (
          <Link href={`/medewerker/meldingen/${inbreng.melding.id}`}>← Melding bij {inbreng.melding.department.name}</Link>
        ) : null}
      </p>
      <h1 className="text-3xl font-bold">
        {inbrengKindLabels[inbreng.kind]}: {inbreng.text}
      </h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">Thema</dt>
        <dd>{inbreng.theme.name}</dd>
        <dt className="font-semibold">Buurt</dt>
        <dd>
          {inbreng.buurt?.name ?? "—"} ({inbreng.bijeenkomst.stadsdeel.name})
        </dd>
        <dt className="font-semibold">Bijeenkomst</dt>
        <dd>
          {inbreng.bijeenkomst.title}, {formatDate(inbreng.bijeenkomst.startsAt)}
        </dd>
        <dt className="font-semibold">Tafel</dt>
        <dd>{inbreng.tafel ? `${inbreng.tafel.name}${inbreng.tafel.hostName ? ` (${inbreng.tafel.hostName})` : ""}` : "—"}</dd>
        <dt className="font-semibold">Opvolging</dt>
        <dd>{followUpLabels[inbreng.followUpStatus]}</dd>
        <dt className="font-semibold">Openbaar antwoord</dt>
        <dd>{inbreng.publicAnswer ?? "nog geen"}</dd>
        {inbreng.agendaLinks.length > 0 && (
          <>
            <dt className="font-semibold">Stadsdeelagenda</dt>
            <dd>{inbreng.agendaLinks.map((l) => l.agendaItem.title).join(", ")}</dd>
          </>
        )}
      </dl>
      <section aria-labelledby="plek-kop" className="space-y-2">
        <h2 id="plek-kop" className="text-xl font-semibold">
          Plek
        </h2>
        <PlaceDetails lat={inbreng.lat} lng={inbreng.lng} buurt={inbreng.buurt} label="de inbreng" />
      </section>
      <section aria-labelledby="melding-kop" className="space-y-3">
        <h2 id="melding-kop" className="text-xl font-semibold">
          Melding
        </h2>
        {inbreng.melding ? (
          <p>
            <Link href={`/medewerker/meldingen/${inbreng.melding.id}`}>Melding bij {inbreng.melding.department.name}</Link>:{" "}
            {meldingStatusLabels[inbreng.melding.status].toLowerCase()}.
          </p>
        ) : routing ? (
          <MeldingForm action={createMeldingFromInbreng} hidden={{ inbrengId: inbreng.id }} categories={routing.categories} departments={routing.departments} />
        ) : (
          <p>Er is geen melding van gemaakt.</p>
        )}
      </section>
      {canViewStadsdeel(user, inbreng.bijeenkomst.stadsdeelId) && (
        <section aria-labelledby="dossier-kop" className="space-y-2">
          <h2 id="dossier-kop" className="text-xl font-semibold">
            Stadsdeeltafel
          </h2>
          {inbreng.dossiers.length > 0 && (
            <ul className="list-disc pl-6">
              {inbreng.dossiers.map(({ dossier: d }) => (
                <li key={d.id}>
                  <Link href={`/medewerker/dossiers/${d.id}`}>Dossier: {d.title}</Link> ({dossierStatusLabels[d.status].toLowerCase()})
                </li>
              ))}
            </ul>
          )}
          {canManage ? (
            <p>
              <Link href={`/medewerker/dossiers/nieuw?inbreng=${inbreng.id}`}>Dossier openen over deze inbreng</Link> (voor de stadsdeeltafel, als meerdere
              afdelingen of partners nodig zijn)
            </p>
          ) : (
            inbreng.dossiers.length === 0 && <p>Nog niet op de stadsdeeltafel.</p>
          )}
        </section>
      )}
      {canManage && (
        <section aria-labelledby="antwoord-kop" className="space-y-3">
          <h2 id="antwoord-kop" className="text-xl font-semibold">
            Wat is ermee gedaan?
          </h2>
          {inbreng.proposedAnswer ? (
            <p className="rounded border-l-4 border-brand bg-gray-50 p-3" data-testid="voorstel">
              Voorstel uit het meldingensysteem{inbreng.proposedAt ? ` (${formatDate(inbreng.proposedAt)})` : ""}: de melding is daar afgesloten met de tekst
              hieronder. Controleer of pas haar aan en sla op; tot dan ziet de bewoner haar niet.
            </p>
          ) : (
            <p className="text-sm text-muted">Wordt automatisch ingevuld wanneer de melding wordt afgesloten; uit het meldingensysteem komt een voorstel.</p>
          )}
          <InbrengAnswerForm
            action={answerInbreng}
            inbrengId={inbreng.id}
            status={inbreng.proposedAnswer ? "AFGEROND" : inbreng.followUpStatus}
            answer={inbreng.proposedAnswer ?? inbreng.publicAnswer ?? ""}
          />
        </section>
      )}
    </div>
  );
}
