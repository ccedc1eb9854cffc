// One bijeenkomst for staff: publish a concept, edit it (regisseur of the
// stadsdeel), cancel it with a reason, and go to logging its inbreng.
import type { Metadata } from "next";
import Link from "next/link";
import { BijeenkomstForm } from "@/components/forms/bijeenkomst-form";
import { CancelBijeenkomstForm } from "@/components/forms/cancel-bijeenkomst-form";
import { updateBijeenkomst } from "@/lib/actions/bijeenkomst/update-bijeenkomst";
import { cancelBijeenkomst } from "@/lib/actions/bijeenkomst/cancel-bijeenkomst";
import { publishBijeenkomst } from "@/lib/actions/bijeenkomst/publish-bijeenkomst";
import { PublishBijeenkomstForm } from "@/components/forms/publish-bijeenkomst-form";
import { requireUser } from "@/lib/auth/current-user";
import { orRefuse } from "@/lib/auth/refuse";
import { canManageStadsdeel } from "@/lib/auth/permissions";
import { getBijeenkomst } from "@/lib/data/bijeenkomsten/get-bijeenkomst";
import { toLocalInput } from "@/lib/datetime";
import { bijeenkomstKindLabels, facilityLabels, formatDate, formatTime } from "@/lib/format";

export const metadata: Metadata = { title: "Bijeenkomst" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ aangemaakt?: string; gepubliceerd?: string }> };

export default async function BijeenkomstPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const b = await orRefuse(getBijeenkomst(user, (await params).id));
  const { aangemaakt, gepubliceerd } = await searchParams;
  const canManage = canManageStadsdeel(user, b.stadsdeelId) && b.status !== "CANCELLED";

  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href={`/medewerker/stadsdelen/${b.stadsdeel.slug}`}>← Stadsdeel {b.stadsdeel.name}</Link>
      </p>
      <h1 className="text-3xl font-bold">{b.title}</h1>
      {aangemaakt && (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
          De bijeenkomst is aangemaakt als concept.
        </p>
      )}
      {gepubliceerd && b.publishedAt && (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
          De bijeenkomst is gepubliceerd: bewoners zien haar nu en kunnen zich aanmelden.
        </p>
      )}
      {!b.publishedAt && b.status === "PLANNED" && (
        <section aria-labelledby="concept-kop" className="space-y-2 rounded border-l-4 border-amber-700 bg-amber-50 p-4" data-testid="concept">
          <h2 id="concept-kop" className="text-xl font-semibold">
            Concept: nog niet zichtbaar voor bewoners
          </h2>
          <p>Controleer de gegevens en tafels hieronder. Na publiceren staat de bijeenkomst op het portaal en kunnen bewoners zich aanmelden.</p>
          {canManage && <PublishBijeenkomstForm action={publishBijeenkomst} bijeenkomstId={b.id} />}
        </section>
      )}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">Soort</dt>
        <dd>{bijeenkomstKindLabels[b.kind]}</dd>
        <dt className="font-semibold">Wanneer</dt>
        <dd>
          {formatDate(b.startsAt)}, {formatTime(b.startsAt)} – {formatTime(b.endsAt)}
        </dd>
        <dt className="font-semibold">Waar</dt>
        <dd>
          {b.locationName}, {b.address}
        </dd>
        <dt className="font-semibold">Voorzieningen</dt>
        <dd>{b.facilities.map((f) => facilityLabels[f]).join(", ") || "geen opgegeven"}</dd>
        <dt className="font-semibold">Status</dt>
        <dd>
          {b.status === "CANCELLED" ? `Geannuleerd: ${b.cancelReason}` : b.status === "HELD" ? "Geweest" : b.publishedAt ? "Gepland (gepubliceerd)" : "Concept"}
        </dd>
        <dt className="font-semibold">Inbreng</dt>
        <dd>{b._count.inbreng} punten</dd>
      </dl>
      <p className="flex flex-wrap gap-3">
        <Link href={`/medewerker/bijeenkomsten/${b.id}/aanmeldingen`} className="inline-block rounded border border-brand px-4 py-2 font-semibold">
          Aanmeldingen, inchecken en evaluatie
        </Link>
        <Link href={`/medewerker/bijeenkomsten/${b.id}/verslag`} className="inline-block rounded border border-brand px-4 py-2 font-semibold">
          Verslag
        </Link>
        <Link
          href={`/medewerker/bijeenkomsten/${b.id}/inbreng`}
          className="inline-block rounded bg-brand px-4 py-2 font-semibold text-white no-underline hover:text-white"
        >
          {canManage ? "Inbreng vastleggen op de kaart" : "Inbreng bekijken"}
        </Link>
      </p>
      {canManage && (
        <>
          <section aria-labelledby="wijzigen-kop" className="space-y-3">
            <h2 id="wijzigen-kop" className="text-xl font-semibold">
              Wijzigen
            </h2>
            <BijeenkomstForm
              action={updateBijeenkomst}
              hidden={{ bijeenkomstId: b.id }}
              submitLabel="Wijzigingen opslaan"
              initial={{
                kind: b.kind,
                title: b.title,
                description: b.description,
                startsAt: toLocalInput(b.startsAt),
                endsAt: toLocalInput(b.endsAt),
                locationName: b.locationName,
                address: b.address,
                capacity: String(b.capacity),
                facilities: b.facilities,
                registrationOpensAt: b.registrationOpensAt ? toLocalInput(b.registrationOpensAt) : "",
                registrationClosesAt: b.registrationClosesAt ? toLocalInput(b.registrationClosesAt) : "",
                tafels: b.tafels.map((t) => ({ id: t.id, name: t.name, hostName: t.hostName ?? "" })),
              }}
            />
          </section>
          {b.status === "PLANNED" && (
            <section aria-labelledby="annuleren-kop" className="space-y-3">
              <h2 id="annuleren-kop" className="text-xl font-semibold">
                Annuleren
              </h2>
              <p>Iedereen die zich heeft aangemeld krijgt bericht per e-mail, met de reden.</p>
              <CancelBijeenkomstForm action={cancelBijeenkomst} bijeenkomstId={b.id} />
            </section>
          )}
        </>
      )}
    </div>
  );
}
